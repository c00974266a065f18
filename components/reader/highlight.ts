// Marks the searched words in a page's text: the text layer's custom renderer (react-pdf
// customTextRenderer returns HTML) and the OCR text shown beside a scanned page. Pure.

/** The words of a search, as they are marked: letters and digits, at least two characters. */
export function searchWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text split into parts, the ones that start a searched word marked (prefix match, as the search stems). */
export function markParts(text: string, words: readonly string[]): { text: string; match: boolean }[] {
  if (!words.length || !text) return [{ text, match: false }];
  const pattern = new RegExp(`(${words.map(escapeRegExp).join("|")})[\\p{L}\\p{N}]*`, "giu");
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** HTML for one text-layer item with the searched words in <mark>. */
export function markHtml(text: string, words: readonly string[]): string {
  return markParts(text, words)
    .map((p) => (p.match ? `<mark class="reader-hit">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join("");
}
