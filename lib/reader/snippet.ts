// A search hit's snippet as parts { text, match }, never HTML: ts_headline marks the matched
// words with control characters (which stored page text never holds: ./page-text.ts) in the
// accent-folded text, and each fragment is found again in the folded page text and shown
// from the original text at the same place (folding keeps the length: ./fold-accents.ts), so
// "Hernandez" found shows "Hernández" as written.
import { foldAccents } from "./fold-accents.ts";

export type SnippetPart = { text: string; match: boolean };

export const START_MARK = "\u0001";
export const STOP_MARK = "\u0002";
export const FRAGMENT_MARK = "\u0003";
export const FRAGMENT_GAP = " … ";

/** The ts_headline options that go with snippetParts. */
export const HEADLINE_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=${FRAGMENT_MARK}`;

export function snippetParts(headline: string, originalText: string): SnippetPart[] {
  const folded = foldAccents(originalText);
  const parts: SnippetPart[] = [];
  let cursor = 0;
  headline.split(FRAGMENT_MARK).forEach((fragment, index) => {
    const pieces = markedPieces(fragment);
    const plain = pieces.map((p) => p.text).join("");
    if (!plain.trim()) return;
    if (index > 0 && parts.length) parts.push({ text: FRAGMENT_GAP, match: false });
    let at = folded.indexOf(plain, cursor);
    if (at < 0) at = folded.indexOf(plain);
    for (const piece of pieces) {
      const text = at >= 0 ? originalText.slice(at, at + piece.text.length) : piece.text;
      if (at >= 0) at += piece.text.length;
      push(parts, { text, match: piece.match });
    }
    if (at >= 0) cursor = at;
  });
  return parts;
}

function markedPieces(fragment: string): SnippetPart[] {
  const pieces: SnippetPart[] = [];
  let match = false;
  let text = "";
  for (const ch of fragment) {
    if (ch === START_MARK || ch === STOP_MARK) {
      push(pieces, { text, match });
      text = "";
      match = ch === START_MARK;
    } else text += ch;
  }
  push(pieces, { text, match });
  return pieces;
}

function push(parts: SnippetPart[], part: SnippetPart) {
  if (!part.text) return;
  const last = parts[parts.length - 1];
  if (last && last.match === part.match) last.text += part.text;
  else parts.push({ ...part });
}
