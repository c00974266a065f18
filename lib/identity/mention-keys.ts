// Blocking keys of a prepared mention: the mention index files each mention under its keys, and
// a look-up reads only the entries filed under the looked-up mention's probes, so only
// plausible pairs get the full comparison. Keys survive the variants the rules accept: words
// after expansion (distinctive ones, or all of them when none is), their start, end and sound
// (typos), acronyms against short forms, identifiers, directory entries and their parents.
import { COMMON_WORDS, LEGAL_SUFFIXES, STOPWORDS } from "./abbreviations.ts";
import { typoKeys } from "./similarity.ts";
import type { PreparedMention } from "./compare.ts";

export function mentionKeys(m: PreparedMention): { keys: string[]; probes: string[] } {
  const keys = new Set<string>();
  const probes = new Set<string>();
  const both = (key: string) => { keys.add(key); probes.add(key); };
  if (m.identifier) both(`id:${m.identifier}`);
  if (m.directoryId) {
    both(`dir:${m.directoryId}`);
    probes.add(`anc:${m.directoryId}`);
  }
  for (const id of m.ancestorIds) {
    keys.add(`anc:${id}`);
    probes.add(`anc:${id}`);
    probes.add(`dir:${id}`);
  }
  for (const v of m.variants) {
    both(`o:${v.sorted}`);
    both(`c:${v.compact}`);
    const anchors = v.distinctive.length > 0 ? v.distinctive : v.tokens.filter((t) => !STOPWORDS.has(t));
    for (const t of anchors) for (const k of typoKeys("w", t)) both(k);
    for (const a of v.acronyms) { keys.add(`A:${a}`); probes.add(`S:${a}`); }
    if (v.shortForm) { keys.add(`S:${v.shortForm}`); probes.add(`A:${v.shortForm}`); }
    for (const w of v.raw.split(" ")) {
      if (w.length > 1 && !COMMON_WORDS.has(w) && !STOPWORDS.has(w) && !LEGAL_SUFFIXES.has(w)) { keys.add(`W=${w}`); probes.add(`P=${w}`); }
    }
  }
  for (const parse of m.person?.parses ?? []) {
    for (const part of new Set([...parse.surname, parse.compact])) {
      for (const k of typoKeys("s", part)) both(k);
      keys.add(`P=${part}`);
      probes.add(`W=${part}`);
    }
  }
  return { keys: [...keys], probes: [...probes] };
}
