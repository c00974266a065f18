"use client";
// The reviewer's notes on the open document, by page: the highlighted passage (if any), the
// note, and Go to page / Cite / Edit / Delete. A new note is pinned to the page in view, or to
// the page of the passage just highlighted. Private to the reviewer (QA may read them).
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { MAX_NOTE_BODY } from "@/lib/reader-notes/note-input.ts";
import { Button } from "@/components/ui/button.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { inputClass } from "@/components/ui/field.tsx";
import type { ReaderNote } from "./reader-types.ts";

export type NoteActions = {
  create: (input: unknown) => Promise<ActionResult<ReaderNote>>;
  edit: (input: unknown) => Promise<ActionResult<ReaderNote>>;
  remove: (input: unknown) => Promise<ActionResult<{ noteId: string }>>;
};

type Draft = { page: number; quote: string | null };

export function NotesPanel({
  documentId,
  notes,
  draft,
  onDraftDone,
  actions,
  onChange,
  onGoTo,
  onCite,
  readOnly,
}: {
  documentId: string;
  notes: ReaderNote[];
  /** a note being written: on a page, with the highlighted passage */
  draft: Draft | null;
  onDraftDone: () => void;
  actions: NoteActions;
  onChange: (notes: ReaderNote[]) => void;
  onGoTo: (page: number) => void;
  onCite: (page: number) => void;
  readOnly: boolean;
}) {
  const mine = notes.filter((n) => n.documentId === documentId);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);

  async function create() {
    if (!draft) return;
    setPending(true);
    const result = await actions.create({ documentId, pageNumber: draft.page, body, quote: draft.quote ?? undefined });
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.body?.join(" ") ?? result.message);
    onChange([...notes, result.data]);
    setBody("");
    setError(null);
    onDraftDone();
  }

  async function save() {
    if (!editing) return;
    setPending(true);
    const result = await actions.edit({ noteId: editing.id, body: editing.body });
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.body?.join(" ") ?? result.message);
    onChange(notes.map((n) => (n.id === result.data.id ? result.data : n)));
    setEditing(null);
    setError(null);
  }

  async function remove(noteId: string) {
    setPending(true);
    const result = await actions.remove({ noteId });
    setPending(false);
    if (!result.ok) return setError(result.message);
    onChange(notes.filter((n) => n.id !== noteId));
  }

  return (
    <section aria-labelledby="notes-heading" className="space-y-2">
      <h3 id="notes-heading" className="text-sm font-semibold text-slate-900">
        My notes on this document ({mine.length})
      </h3>
      {draft && !readOnly ? (
        <div className="space-y-2 rounded-md bg-yellow-50 p-2 ring-1 ring-yellow-200" data-testid="note-draft">
          <p className="text-sm font-medium text-slate-800">New note on page {draft.page}</p>
          {draft.quote ? (
            <blockquote className="border-l-4 border-yellow-400 pl-2 text-sm italic text-slate-700">
              {draft.quote}
            </blockquote>
          ) : null}
          <label htmlFor="note-body" className="block text-sm font-medium text-slate-800">
            Note
          </label>
          <textarea
            id="note-body"
            rows={3}
            maxLength={MAX_NOTE_BODY}
            className={inputClass}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby={error ? "note-error" : undefined}
            aria-invalid={error ? true : undefined}
            autoFocus
          />
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => void create()} pending={pending} pendingLabel="Saving…">
              Save note
            </Button>
            <Button type="button" variant="secondary" onClick={onDraftDone} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p id="note-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {mine.length === 0 && !draft ? (
        <p className="text-sm text-slate-600">
          No notes yet. Use “Note” on a page, or select text on a page and choose “Highlight”.
        </p>
      ) : (
        <ol className="space-y-2" data-testid="notes-list">
          {[...mine]
            .sort((a, b) => a.pageNumber - b.pageNumber || a.createdAt.localeCompare(b.createdAt))
            .map((note) => (
              <li key={note.id} className="rounded-md p-2 text-sm ring-1 ring-slate-200" data-note={note.id}>
                <p className="text-xs font-medium text-slate-600">Page {note.pageNumber}</p>
                {note.quote ? (
                  <blockquote className="mt-1 border-l-4 border-yellow-400 pl-2 italic text-slate-700">
                    {note.quote}
                  </blockquote>
                ) : null}
                {editing?.id === note.id ? (
                  <div className="mt-1 space-y-2">
                    <label htmlFor={`note-edit-${note.id}`} className="sr-only">
                      Edit the note on page {note.pageNumber}
                    </label>
                    <textarea
                      id={`note-edit-${note.id}`}
                      rows={3}
                      maxLength={MAX_NOTE_BODY}
                      className={inputClass}
                      value={editing.body}
                      onChange={(e) => setEditing({ id: note.id, body: e.target.value })}
                      autoFocus
                    />
                    <div className="flex gap-2">
                      <Button type="button" onClick={() => void save()} pending={pending} pendingLabel="Saving…">
                        Save
                      </Button>
                      <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                        Cancel
                      </Button>
                    </div>
                  </div>
                ) : (
                  <p className="mt-1 whitespace-pre-wrap text-slate-900">{note.body}</p>
                )}
                <div className="mt-1 flex flex-wrap items-center gap-3">
                  <button type="button" className="text-brand-700 underline" onClick={() => onGoTo(note.pageNumber)}>
                    Go to page {note.pageNumber}
                  </button>
                  {readOnly ? null : (
                    <>
                      <button
                        type="button"
                        className="text-brand-700 underline"
                        onClick={() => onCite(note.pageNumber)}
                        aria-label={`Cite page ${note.pageNumber}`}
                      >
                        Cite
                      </button>
                      <button
                        type="button"
                        className="text-brand-700 underline"
                        onClick={() => setEditing({ id: note.id, body: note.body })}
                        aria-label={`Edit the note on page ${note.pageNumber}`}
                      >
                        Edit
                      </button>
                      <ConfirmButton
                        label="Delete"
                        question="Delete this note?"
                        confirmLabel="Delete"
                        variant="danger"
                        pending={pending}
                        onConfirm={() => void remove(note.id)}
                        aria-label={`Delete the note on page ${note.pageNumber}`}
                      />
                    </>
                  )}
                </div>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
