// What the administrator's case page shows beyond the case facts and the assignment: every
// deadline of the case with where it stands, and which notices have a web version (the
// documents list links them), and how far each document's text has been read. All of it
// comes from the page's one read of the case (getCaseSummaryPage in ./get-case.ts).
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { deadlinesOfCaseFile } from "./case-deadlines-view.ts";
import { textProgressOf } from "../reader/text-progress.ts";
import type { CaseSummary } from "./get-case.ts";

export function adminCaseView({
  actor,
  kase,
  webVersions,
  now = new Date(),
}: {
  actor: Actor | null;
  kase: CaseSummary;
  /** the case's letters and notices with a web version */
  webVersions: Set<string>;
  now?: Date;
}) {
  requirePermission(actor, "cases.assign");
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
