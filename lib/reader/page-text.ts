// A page's text as pdf.js gives it, made plain: the text items in reading order, a line break
// where pdf.js marks the end of a line, runs of blanks as one space, no NUL (PostgreSQL text
// cannot hold it) and no other control character (the search marks snippets with them). A
// page "has text" when its text layer holds enough letters or digits to be read; anything less (a scan, a fax, a page number alone) is rendered and OCR'd instead.

/** The least number of letters and digits for a text layer to count as the page's text. */
export const MEANINGFUL_CHARACTERS = 20;

type TextItem = { str?: string; hasEOL?: boolean };

export function pageTextOf(items: readonly TextItem[]): string {
  let text = "";
  for (const item of items) {
    if (typeof item.str === "string") text += item.str;
    if (item.hasEOL) text += "\n";
  }
  return plainText(text);
}

export function plainText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function readableCharacters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

export function hasMeaningfulText(text: string): boolean {
  return readableCharacters(text) >= MEANINGFUL_CHARACTERS;
}
