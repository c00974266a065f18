// Blocking keys of a prepared mention: the mention index files each mention under its keys, and
// a look-up reads only the entries filed under the looked-up mention's probes, so only
// plausible pairs get the full comparison. Exact keys: names after expansion (word set and
// compact), distinctive words (all words when none is), surname parts and their sound (Double
// Metaphone), acronyms against short forms, identifiers, directory entries and their parents.
// Typos: a word that could be a mistyped dictionary word ("Pacfic") is filed and looked up under
// that word ("pacific"), and every dictionary word of a name made of common words only too; two
// words outside the dictionary are paired by the index's scan (letter profiles, similarity.ts).
import { COMMON_WORDS, KNOWN_WORDS, LEGAL_SUFFIXES, STOPWORDS, isKnownWord } from "./abbreviations.ts";
import { isTypo, letterProfile, metaphone } from "./similarity.ts";
import type { Anchor, PreparedMention } from "./mention.ts";

export type { Anchor } from "./mention.ts";

/**
 * screen: what a look-up reads, packed in one array so that a look-up touches one object:
 * [probe count, probe hashes…, anchor count, (length, flags, profile0, profile1, profile2)…].
 */
export type MentionKeys = {
  keys: string[];
  probes: string[];
  keyHashes: Int32Array;
  screen: Int32Array;
  anchors: Anchor[];
};

export function mentionKeys(m: PreparedMention): MentionKeys {
  const keys = new Set<string>();
  const probes = new Set<string>();
  const anchors = new Set<string>();
  const both = (key: string) => {
    keys.add(key);
    probes.add(key);
  };
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
    for (const t of v.distinctive) both(`w:${t}`);
    // the first two words: a name that is the whole beginning of another (organization-name.ts)
    const lead = v.tokens.filter((t) => !STOPWORDS.has(t));
    if (m.kind === "ORGANIZATION" && lead.length >= 2) both(`h:${lead[0]} ${lead[1]}`);
    const words =
      v.distinctive.length > 0 ? v.distinctive : [...v.tokens, ...v.origins].filter((t) => !STOPWORDS.has(t));
    for (const t of words) if (t.length >= 3) anchors.add(t);
    for (const a of v.acronyms) {
      keys.add(`A:${a}`);
      probes.add(`S:${a}`);
    }
    if (v.shortForm) {
      keys.add(`S:${v.shortForm}`);
      probes.add(`A:${v.shortForm}`);
    }
    for (const r of v.runs) {
      keys.add(`R:${r.initials}|${r.rest}`);
      probes.add(`Q:${r.initials}|${r.rest}`);
    }
    for (const w of v.shortWords) {
      keys.add(`Q:${w.initials}|${w.rest}`);
      probes.add(`R:${w.initials}|${w.rest}`);
    }
    for (const w of v.raw.split(" ")) {
      if (w.length > 1 && !COMMON_WORDS.has(w) && !STOPWORDS.has(w) && !LEGAL_SUFFIXES.has(w)) {
        keys.add(`W:${w}`);
        probes.add(`P:${w}`);
      }
    }
  }
  for (const parse of m.person?.parses ?? []) {
    // the swapped reading is filed only: the other side's plain reading finds it
    const add = parse.swapped ? (key: string) => keys.add(key) : both;
    for (const part of new Set([...parse.surname, parse.compact])) {
      add(`s:${part}`);
      const code = metaphone(part);
      if (code.length >= 2) add(`s~${code}`);
      if (part.length >= 3 && !parse.swapped) anchors.add(part);
      keys.add(`P:${part}`);
      probes.add(`W:${part}`);
    }
  }
  const kind = m.kind === "PERSON" ? 1 : 0;
  const list: Anchor[] = [];
  for (const word of anchors) {
    // filed as "k:", looked up as "t:" (and the other way for a possible typo): two names of
    // common words only do not meet here, a typo and the word it mistypes do
    if (kind === 0 && isKnownWord(word)) {
      keys.add(`k:${word}`);
      probes.add(`t:${word}`);
      continue;
    }
    if (kind === 0)
      for (const known of nearKnownWords(word)) {
        probes.add(`k:${known}`);
        keys.add(`t:${known}`);
      }
    list.push({ word, profile: letterProfile(word), flags: kind });
  }
  return {
    keys: [...keys],
    probes: [...probes],
    anchors: list,
    keyHashes: Int32Array.from(keys, hashKey),
    screen: Int32Array.from([
      probes.size,
      ...[...probes].map(hashKey),
      list.length,
      ...list.flatMap((a) => [a.word.length, a.flags, ...a.profile]),
    ]),
  };
}

/** FNV-1a, 32 bits: keys compared as integers in the index. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

const nearCache = new Map<string, string[]>();
/** Dictionary words this word could be a typo of ("pacfic" -> pacific). */
function nearKnownWords(word: string): string[] {
  let near = nearCache.get(word);
  if (near === undefined) {
    const profile = letterProfile(word);
    near = KNOWN_WORDS.filter((known) => isTypo(word, known, profile));
    if (nearCache.size > 20_000) nearCache.clear();
    nearCache.set(word, near);
  }
  return near;
}
