// What the administrator's case page shows beyond the case facts and the assignment: every
// deadline of the case with where it stands, and which notices have a web version (the
// documents list links them), and how far each document's text has been read. The page has
// read the case through getCase first; all of it comes from that read but the web versions.
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { documentsWithRendition } from "../documents/read-letter-rendition.ts";
import { deadlinesOfCaseFile } from "./case-deadlines-view.ts";
import { textProgressOf } from "../reader/text-progress.ts";
import type { CaseSummary } from "./get-case.ts";

export async function adminCaseView({
  actor,
  kase,
  now = new Date(),
}: {
  actor: Actor | null;
  kase: CaseSummary;
  now?: Date;
}) {
  requirePermission(actor, "cases.assign");
  // notices (the documents list) and issued letters (LetterLinks) in one look-up
  const webVersions = await documentsWithRendition([
    ...kase.documents.filter((d) => d.kind === "NOTICE").map((d) => d.id),
    ...kase.determinations.map((d) => d.letterId),
  ]);
  return {
    deadlines: deadlinesOfCaseFile(kase, now),
    textProgress: textProgressOf(kase.documents),
    webVersions,
    documents: kase.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      documentDate: d.documentDate?.toISOString() ?? null,
      pageCount: d.pageCount,
      mimeType: d.mimeType,
      webVersion: webVersions.has(d.id),
    })),
  };
}
