// QA's read-only view of the reviewer's notes on the case, by document and page (the notes
// are the reviewer's working papers: never sent to the parties).
import type { QaNoteView } from "@/lib/reader-notes/qa-notes.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";

export function ReviewerNotes({ notes }: { notes: QaNoteView[] }) {
  const byDocument = new Map<string, QaNoteView[]>();
  for (const note of notes) byDocument.set(note.documentTitle, [...(byDocument.get(note.documentTitle) ?? []), note]);
  return (
    <Card title={`Reviewer's notes (${notes.length})`}>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-600">The reviewer pinned no notes to the records.</p>
      ) : (
        <div className="space-y-3 text-sm" data-testid="qa-reviewer-notes">
          {[...byDocument.entries()].map(([title, list]) => (
            <section key={title}>
              <h3 className="font-semibold text-slate-900">{title}</h3>
              <ul className="mt-1 space-y-2">
                {list.map((note) => (
                  <li key={note.id} className="rounded-md p-2 ring-1 ring-slate-200">
                    <p className="text-xs text-slate-600">
                      Page {note.pageNumber} · {note.authorName} · {formatDateTime(new Date(note.updatedAt))}
                    </p>
                    {note.quote ? (
                      <blockquote className="mt-1 border-l-4 border-yellow-400 pl-2 italic text-slate-700">
                        {note.quote}
                      </blockquote>
                    ) : null}
                    <p className="mt-1 whitespace-pre-wrap">{note.body}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
