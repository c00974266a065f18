// Text helpers shared by the person and organisation rules: folding a name to plain lower-case
// words, the typo test (Jaro-Winkler from talisman, with a small edit-distance check for short
// words) and the phonetic code (Double Metaphone) the mention index blocks on.
import jaroWinkler from "talisman/metrics/jaro-winkler.js";
import doubleMetaphone from "talisman/phonetics/double-metaphone.js";
import { foldString } from "../redaction/fold.ts";

/** Names longer than this are cut: nobody's name is longer, and it bounds the work. */
export const MAX_NAME_LENGTH = 300;

/** Folded, lower case, single-spaced; for organisations dotted abbreviations are joined ("S.C.I.F." -> "scif"). */
export function foldName(name: string, joinDotted = true): string {
  const folded = foldString(String(name ?? "").slice(0, MAX_NAME_LENGTH)).toLowerCase();
  const joined = joinDotted ? folded.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (d) => d.replace(/\./g, "")) : folded;
  return joined.replace(/\s+/g, " ").trim();
}

/** Words of a folded name: letters and digits only ("o'brien" -> "obrien", "st. mary's" -> "st", "marys"). */
export function words(folded: string): string[] {
  return folded
    .replace(/['\u2019`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Optimal string alignment distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Two different spellings close enough to be one word mistyped ("Pacfic" / "Pacific"). */
export function isTypo(a: string, b: string): boolean {
  if (a === b) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3 || !/^\p{L}/u.test(a) || !/^\p{L}/u.test(b)) return false;
  const allowed = shorter >= 7 ? 2 : 1;
  if (editDistance(a, b, allowed) <= allowed) return true;
  return shorter >= 5 && jaroWinkler(a, b) >= 0.92;
}

export const similarity = (a: string, b: string): number => jaroWinkler(a, b);

const metaphoneCache = new Map<string, string>();
/** Primary Double Metaphone code of a word ("" for words in other scripts). */
export function metaphone(word: string): string {
  const cached = metaphoneCache.get(word);
  if (cached !== undefined) return cached;
  const code = /^[a-z]+$/.test(word) ? doubleMetaphone(word)[0] : "";
  if (metaphoneCache.size < 50_000) metaphoneCache.set(word, code);
  return code;
}

/** Blocking keys of a word that survive most one- or two-letter typos: the word, its start and end, its sound. */
export function typoKeys(prefix: string, word: string): string[] {
  const cut = word.length <= 4 ? 2 : 3;
  const keys = [`${prefix}=${word}`, `${prefix}<${word.slice(0, cut)}`, `${prefix}>${word.slice(-cut)}`];
  const code = metaphone(word);
  if (code.length >= 2) keys.push(`${prefix}~${code}`);
  return keys;
}
