// An administrator's redaction review edits as stored on a publication (reviewEdits JSON):
// text to remove from a section, or text the redactor removed or doubted that is to be kept.
// Read back defensively: anything malformed is dropped.
import type { ReviewEdit } from "../redaction/leak-check.ts";

export function parseReviewEdits(value: unknown): ReviewEdit[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const e = entry as Partial<ReviewEdit> | null;
    return e &&
      typeof e.section === "string" &&
      (e.action === "remove" || e.action === "keep") &&
      typeof e.text === "string" &&
      e.text.length > 0
      ? [{ section: e.section, action: e.action, text: e.text }]
      : [];
  });
}

const same = (a: ReviewEdit, b: ReviewEdit) =>
  a.section === b.section && a.action === b.action && a.text.toLowerCase() === b.text.toLowerCase();

/** The edits with one added (a later edit of the same text in the same section replaces an earlier one). */
export function withEdit(edits: ReviewEdit[], edit: ReviewEdit): ReviewEdit[] {
  const others = edits.filter((e) => !(e.section === edit.section && e.text.toLowerCase() === edit.text.toLowerCase()));
  return [...others, edit].filter((e, i, all) => all.findIndex((x) => same(x, e)) === i);
}

/** The edits without the one for that text in that section (an undo). */
export function withoutEdit(edits: ReviewEdit[], section: string, text: string): ReviewEdit[] {
  return edits.filter((e) => !(e.section === section && e.text.toLowerCase() === text.toLowerCase()));
}
