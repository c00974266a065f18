// Helpers for reading a rendered letter back: the body text of any letter (the shared reader
// strips only the running header of an original, non-draft letter), and the text of each
// section, split at the section headings.
import type { ReadLetter } from "../../support/pdf-text.ts";

export const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

const PAGE_TOP =
  /^(DRAFT \u2014 NOT ISSUED )?Independent Medical Review (Amended )?Final Determination Case Number: \S+ /;
const PAGE_FOOT = / Page \d+ of \d+$/;

/** The body text of every page, running header, draft mark and footer removed. */
export function bodyText(read: ReadLetter): string {
  return read.pages.map((p) => p.replace(PAGE_TOP, "").replace(PAGE_FOOT, "")).join(" ");
}

/**
 * The text before the first heading (under "", the notice block) and after each heading up
 * to the next, for headings that must appear in this order; a missing one throws.
 */
export function splitSections(text: string, headings: readonly string[]): Map<string, string> {
  const sections = new Map<string, string>();
  let from = 0;
  let current = "";
  for (const heading of headings) {
    const at = text.indexOf(` ${heading} `, from);
    if (at < 0) throw new Error(`heading not found after offset ${from}: ${heading}`);
    sections.set(current, collapse(text.slice(from, at)));
    current = heading;
    from = at + heading.length + 2;
  }
  sections.set(current, collapse(text.slice(from)));
  return sections;
}
