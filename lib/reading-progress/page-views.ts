// Reading progress: the pages of each document a reviewer has opened in the reader. The
// browser sends the pages seen in batches (a debounced POST); each page is recorded once,
// with when it was first seen. Only for a document of a case open to the reviewer; each
// batch that records something new is audited. The documents-reviewed confirmation reads it
// (lib/determinations/submit-determination.ts: a document never opened needs a reason).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor, openReviewWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import { MAX_PAGE_NUMBER } from "../reader-notes/note-input.ts";

export const pageViewsInput = z.object({
  documentId: z.uuid("Unknown document."),
  pages: z
    .array(z.number().int().min(1).max(MAX_PAGE_NUMBER))
    .min(1, "No page.")
    .max(500, "At most 500 pages at once."),
});

export async function recordPageViews({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ recorded: number }> {
  const reviewer = requirePermission(actor, "reader.record_pages");
  const data = pageViewsInput.parse(input);
  return db().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: data.documentId, kind: { not: "DETERMINATION_LETTER" }, case: openReviewWhereForActor(reviewer) },
      select: { id: true, caseId: true, pageCount: true },
    });
    if (!doc) throw notFound("Document");
    const pages = [...new Set(data.pages)]
      .filter((p) => doc.pageCount === null || p <= doc.pageCount)
      .sort((a, b) => a - b);
    const created = await tx.pageView.createMany({
      data: pages.map((pageNumber) => ({ userId: reviewer.userId, documentId: doc.id, pageNumber, firstSeenAt: now })),
      skipDuplicates: true,
    });
    if (created.count > 0)
      await recordAudit(tx, reviewer, {
        action: "document.pages_opened",
        entityType: "Document",
        entityId: doc.id,
        caseId: doc.caseId,
        payload: { documentId: doc.id, pages },
      });
    return { recorded: created.count };
  });
}

/** The pages the reviewer has opened, per document of a case whose file is open to them. */
export async function readingProgress({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: string;
}): Promise<Record<string, number[]>> {
  const reviewer = requirePermission(actor, "reader.record_pages");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({
    where: { id: caseId, ...caseFileWhereForActor(reviewer) },
    select: { id: true },
  });
  if (!kase) throw notFound("Case");
  const views = await db().pageView.findMany({
    where: { userId: reviewer.userId, document: { caseId } },
    select: { documentId: true, pageNumber: true },
    orderBy: [{ documentId: "asc" }, { pageNumber: "asc" }],
  });
  const out: Record<string, number[]> = {};
  for (const v of views) (out[v.documentId] ??= []).push(v.pageNumber);
  return out;
}
