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
  const joined = joinDotted
    ? folded.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (d) => d.replace(/\./g, ""))
    : folded;
  return joined.replace(/\s+/g, " ").trim();
}

/** Words of a folded name: letters and digits only ("o'brien" -> "obrien", "st. mary's" -> "st", "marys"). */
export function words(folded: string): string[] {
  return folded
    .replace(/['\u2019`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance, stopping early above `max` (words up to 60 letters). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 60 || b.length > 60) return a === b ? 0 : max + 1;
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length];
}

/**
 * Two different spellings close enough to be one word mistyped ("Pacfic" / "Pacific"): one edit
 * (two when one word has seven letters and the other six or more), or Jaro-Winkler at least 0.92 with lengths within two
 * and at most four letters present in one word only.
 */
export function isTypo(a: string, b: string, profileA?: Profile, profileB?: Profile): boolean {
  if (a === b) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3 || Math.abs(a.length - b.length) > 2) return false;
  if (!maybeTypo(a.length, profileA ?? letterProfile(a), b.length, profileB ?? letterProfile(b))) return false;
  const allowed = Math.max(a.length, b.length) >= 7 && shorter >= 6 ? 2 : 1;
  if (editDistance(a, b, allowed) <= allowed) return true;
  return shorter >= 5 && jaroWinkler(a, b) >= 0.92;
}

const metaphoneCache = new Map<string, string>();
/** Primary Double Metaphone code of a word ("" for words in other scripts). */
export function metaphone(word: string): string {
  const cached = metaphoneCache.get(word);
  if (cached !== undefined) return cached;
  const code = /^[a-z]+$/.test(word) ? doubleMetaphone(word)[0] : "";
  if (metaphoneCache.size < 50_000) metaphoneCache.set(word, code);
  return code;
}

/**
 * Which letters a word holds, as three bit masks: present at least once, twice, three times
 * (letters of other scripts share 5 bits). One more or one fewer of a letter flips at most one
 * bit, so a typo of k edits flips at most 2k bits.
 */
const COUNTS = new Uint8Array(32);
export type Profile = [number, number, number];
export function letterProfile(word: string): Profile {
  const counts = COUNTS.fill(0);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    counts[code >= 97 && code <= 122 ? code - 97 : 26 + (code % 5)]++;
  }
  let once = 0,
    twice = 0,
    thrice = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b] >= 1) once |= 1 << b;
    if (counts[b] >= 2) twice |= 1 << b;
    if (counts[b] >= 3) thrice |= 1 << b;
  }
  return [once, twice, thrice];
}

export function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Could two words be one mistyped (isTypo: one edit, two when one word has seven letters and the
 * other six or more)? A necessary condition, cheap enough to run over every word of a case's
 * parties: each edit changes the length by at most one and flips at most two profile bits.
 */
export function maybeTypo(lengthA: number, a: readonly number[], lengthB: number, b: readonly number[]): boolean {
  const edits = Math.max(lengthA, lengthB) >= 7 && Math.min(lengthA, lengthB) >= 6 ? 2 : 1;
  if (Math.abs(lengthA - lengthB) > edits) return false;
  return bitCount(a[0] ^ b[0]) + bitCount(a[1] ^ b[1]) + bitCount(a[2] ^ b[2]) <= 2 * edits;
}
