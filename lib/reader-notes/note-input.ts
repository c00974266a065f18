// What a reviewer writes in a note pinned to a page: the note itself, and the passage
// highlighted in the page's text when the note was made from a selection.
import { z } from "zod";

export const MAX_NOTE_BODY = 4000;
export const MAX_NOTE_QUOTE = 2000;
export const MAX_PAGE_NUMBER = 100_000;

const body = z.string().trim().min(1, "Write the note.").max(MAX_NOTE_BODY, `At most ${MAX_NOTE_BODY} characters.`);

export const newNoteInput = z.object({
  documentId: z.uuid("Unknown document."),
  pageNumber: z.coerce
    .number({ error: "Unknown page." })
    .int("Unknown page.")
    .min(1, "Unknown page.")
    .max(MAX_PAGE_NUMBER, "Unknown page."),
  body,
  /** the highlighted passage (whitespace folded), if any */
  quote: z
    .string()
    .transform((q) => q.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(MAX_NOTE_QUOTE, `At most ${MAX_NOTE_QUOTE} characters of highlighted text.`))
    .optional()
    .transform((q) => (q ? q : null)),
});

export const editNoteInput = z.object({ noteId: z.uuid("Unknown note."), body });
export const deleteNoteInput = z.object({ noteId: z.uuid("Unknown note.") });

export type NewNoteInput = z.infer<typeof newNoteInput>;
