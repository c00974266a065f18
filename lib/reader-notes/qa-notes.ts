// QA reads the reviewers' notes on a case (read only): an administrator with the case file.
// The notes are the reviewer's working papers, not part of the letter; the read is audited.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import { noteView, readerNoteSelect, type ReaderNoteView } from "./reader-notes.ts";

export type QaNoteView = ReaderNoteView & { documentTitle: string; authorName: string };

export async function listCaseNotesForQa({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: string;
}): Promise<QaNoteView[]> {
  const reader = requirePermission(actor, "notes.read_qa");
  if (!isUuid(caseId)) throw notFound("Case");
  return db().$transaction(async (tx) => {
    const kase = await tx.case.findFirst({
      where: { id: caseId, ...caseFileWhereForActor(reader) },
      select: { id: true },
    });
    if (!kase) throw notFound("Case");
    const notes = await tx.readerNote.findMany({
      where: { caseId },
      select: { ...readerNoteSelect, document: { select: { title: true } }, author: { select: { name: true } } },
      orderBy: [
        { document: { documentDate: "asc" } },
        { documentId: "asc" },
        { pageNumber: "asc" },
        { createdAt: "asc" },
      ],
    });
    await recordAudit(tx, reader, {
      action: "notes.read",
      entityType: "Case",
      entityId: caseId,
      caseId,
      payload: { notes: notes.length },
    });
    return notes.map(({ document, author, ...n }) => ({
      ...noteView(n),
      documentTitle: document.title,
      authorName: author.name,
    }));
  });
}
