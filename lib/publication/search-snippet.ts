// Snippets of the public search: PostgreSQL's ts_headline marks the matched words with two
// private-use characters, which never occur in a letter; here the snippet becomes plain text
// parts, each marked or not, so that a page shows the marks without ever parsing HTML.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Options of ts_headline: the marks, a short snippet, up to two fragments. */
export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=22, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

export type SnippetPart = { text: string; mark: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of snippet.split(new RegExp(`([${MARK_START}${MARK_END}])`, "u"))) {
    if (piece === MARK_START) mark = true;
    else if (piece === MARK_END) mark = false;
    else if (piece) {
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += piece;
      else parts.push({ text: piece, mark });
    }
  }
  return parts;
}
