// What the administrator's case page shows beyond the case facts and the assignment: every
// deadline of the case with where it stands, and which notices have a web version (the
// documents list links them). The page has read the case through getCase first.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { documentsWithRendition } from "../documents/read-letter-rendition.ts";
import { caseDeadlineSelect, deadlinesOf } from "./case-deadlines-view.ts";
import type { CaseDetail } from "./get-case.ts";

export async function adminCaseView({
  actor,
  kase,
  now = new Date(),
}: {
  actor: Actor | null;
  kase: Pick<CaseDetail, "id" | "documents">;
  now?: Date;
}) {
  requirePermission(actor, "cases.assign");
  const [forDeadlines, webVersions] = await Promise.all([
    db().case.findUniqueOrThrow({ where: { id: kase.id }, select: caseDeadlineSelect }),
    documentsWithRendition(kase.documents.filter((d) => d.kind === "NOTICE").map((d) => d.id)),
  ]);
  return {
    deadlines: deadlinesOf(forDeadlines, now),
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
