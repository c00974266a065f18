// What a note pinned to a page accepts (lib/reader-notes/note-input.ts).
import { editNoteInput, MAX_NOTE_BODY, MAX_NOTE_QUOTE, newNoteInput } from "@/lib/reader-notes/note-input.ts";

const DOC = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const base = { documentId: DOC, pageNumber: 3, body: "Pain 7/10." };

test.each<[string, unknown, boolean]>([
  ["a note on a page", base, true],
  ["with a highlighted passage", { ...base, quote: "pain  7/10\n despite therapy" }, true],
  ["page as text (a form)", { ...base, pageNumber: "3" }, true],
  ["an empty note", { ...base, body: "   " }, false],
  ["a note too long", { ...base, body: "x".repeat(MAX_NOTE_BODY + 1) }, false],
  ["a passage too long", { ...base, quote: "x".repeat(MAX_NOTE_QUOTE + 1) }, false],
  ["page 0", { ...base, pageNumber: 0 }, false],
  ["a fractional page", { ...base, pageNumber: 1.5 }, false],
  ["a document id that is no UUID", { ...base, documentId: "../etc" }, false],
  ["no page", { documentId: DOC, body: "x" }, false],
])("newNoteInput: %s", (_name, input, ok) => {
  expect(newNoteInput.safeParse(input).success).toBe(ok);
});

test("the passage is kept with its whitespace folded; an empty one is none", () => {
  expect(newNoteInput.parse({ ...base, quote: " pain  7/10\n despite " }).quote).toBe("pain 7/10 despite");
  expect(newNoteInput.parse({ ...base, quote: "  " }).quote).toBeNull();
  expect(newNoteInput.parse(base).quote).toBeNull();
});

test("editing takes the note's id and a new text", () => {
  expect(editNoteInput.safeParse({ noteId: DOC, body: "Revised." }).success).toBe(true);
  expect(editNoteInput.safeParse({ noteId: DOC, body: "" }).success).toBe(false);
});
