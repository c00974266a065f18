// A reviewer's private notes pinned to a page of a case document. Written only by the
// reviewer with the case open to them (an ACTIVE assignment: openReviewWhereForActor), on a
// document of that case; edited and deleted only by their author; read by their author and by
// QA (lib/reader-notes/qa-notes.ts), never by intake or another reviewer. Each change is
// audited in its transaction; a note out of reach is "not found".
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor, StaffActor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor, openReviewWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import { deleteNoteInput, editNoteInput, newNoteInput } from "./note-input.ts";

export const readerNoteSelect = {
  id: true,
  documentId: true,
  pageNumber: true,
  body: true,
  quote: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ReaderNoteView = {
  id: string;
  documentId: string;
  pageNumber: number;
  body: string;
  quote: string | null;
  createdAt: string;
  updatedAt: string;
};

type NoteRow = { id: string; documentId: string; pageNumber: number; body: string; quote: string | null } & {
  createdAt: Date;
  updatedAt: Date;
};

export const noteView = (n: NoteRow): ReaderNoteView => ({
  ...n,
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
});

export async function createReaderNote({ actor, input }: { actor: Actor | null; input: unknown }) {
  const reviewer = requirePermission(actor, "notes.write");
  const data = newNoteInput.parse(input);
  return db().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: data.documentId, kind: { not: "DETERMINATION_LETTER" }, case: openReviewWhereForActor(reviewer) },
      select: { id: true, caseId: true, pageCount: true },
    });
    if (!doc || (doc.pageCount !== null && data.pageNumber > doc.pageCount)) throw notFound("Document");
    const note = await tx.readerNote.create({
      data: {
        caseId: doc.caseId,
        documentId: doc.id,
        pageNumber: data.pageNumber,
        authorId: reviewer.userId,
        body: data.body,
        quote: data.quote,
      },
      select: readerNoteSelect,
    });
    await recordAudit(tx, reviewer, {
      action: "note.created",
      entityType: "ReaderNote",
      entityId: note.id,
      caseId: doc.caseId,
      payload: { noteId: note.id, documentId: doc.id, pageNumber: note.pageNumber, quoted: note.quote !== null },
    });
    return noteView(note);
  });
}

/** The author's own note on a case still open to them. */
function ownNoteWhere(reviewer: StaffActor, noteId: string) {
  return { id: noteId, authorId: reviewer.userId, case: openReviewWhereForActor(reviewer) };
}

export async function editReaderNote({ actor, input }: { actor: Actor | null; input: unknown }) {
  const reviewer = requirePermission(actor, "notes.write");
  const data = editNoteInput.parse(input);
  return db().$transaction(async (tx) => {
    const found = await tx.readerNote.findFirst({ where: ownNoteWhere(reviewer, data.noteId), select: { id: true } });
    if (!found) throw notFound("Note");
    const note = await tx.readerNote.update({
      where: { id: found.id },
      data: { body: data.body },
      select: { ...readerNoteSelect, caseId: true },
    });
    await recordAudit(tx, reviewer, {
      action: "note.updated",
      entityType: "ReaderNote",
      entityId: note.id,
      caseId: note.caseId,
      payload: { noteId: note.id, documentId: note.documentId, pageNumber: note.pageNumber },
    });
    return noteView(note);
  });
}

export async function deleteReaderNote({ actor, input }: { actor: Actor | null; input: unknown }) {
  const reviewer = requirePermission(actor, "notes.write");
  const data = deleteNoteInput.parse(input);
  return db().$transaction(async (tx) => {
    const note = await tx.readerNote.findFirst({
      where: ownNoteWhere(reviewer, data.noteId),
      select: { id: true, caseId: true, documentId: true, pageNumber: true },
    });
    if (!note) throw notFound("Note");
    await tx.readerNote.delete({ where: { id: note.id } });
    await recordAudit(tx, reviewer, {
      action: "note.deleted",
      entityType: "ReaderNote",
      entityId: note.id,
      caseId: note.caseId,
      payload: { noteId: note.id, documentId: note.documentId, pageNumber: note.pageNumber },
    });
    return { noteId: note.id };
  });
}

/** The reviewer's own notes on a case whose file is open to them, by document and page. */
export async function listMyReaderNotes({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: string;
}): Promise<ReaderNoteView[]> {
  const reviewer = requirePermission(actor, "notes.read_own");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({
    where: { id: caseId, ...caseFileWhereForActor(reviewer) },
    select: { id: true },
  });
  if (!kase) throw notFound("Case");
  const notes = await db().readerNote.findMany({
    where: { caseId, authorId: reviewer.userId },
    select: readerNoteSelect,
    orderBy: [{ documentId: "asc" }, { pageNumber: "asc" }, { createdAt: "asc" }],
  });
  return notes.map(noteView);
}
