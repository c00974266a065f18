// A search result's snippet cut to about `max` characters at a word boundary (pure): the
// marked words before the cut stay marked, an ellipsis says the text goes on. Keeps the
// public results page small (its markup is sent twice, as HTML and as the RSC payload).
import type { SnippetPart } from "@/lib/publication/search-snippet.ts";

export const SNIPPET_CHARACTERS = 180;

export function shortSnippet(parts: SnippetPart[], max = SNIPPET_CHARACTERS): SnippetPart[] {
  const out: SnippetPart[] = [];
  let left = max;
  for (const part of parts) {
    if (part.text.length <= left) {
      out.push(part);
      left -= part.text.length;
      continue;
    }
    // a marked word is never split: it goes whole or not at all
    const cut = part.mark ? "" : part.text.slice(0, left).replace(/\s+\S*$/, "");
    if (cut) out.push({ text: cut, mark: false });
    const last = out.at(-1);
    if (last && !last.text.endsWith("…")) out.push({ text: " …", mark: false });
    return out;
  }
  return out;
}
