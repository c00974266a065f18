// The written forms of a person's name that redaction removes (IMR-DOMAIN 11, publication:
// the published determination names no employee, physician or other person). From one
// recorded name, "John Q. Smith, M.D.", the patterns cover:
//   John Smith, John Q. Smith, John Quincy Smith, Dr. John Smith, M.D., JOHN SMITH (any case)
//   Smith, John / SMITH, JOHN Q. / Smith, J.      Dr. Smith, Dr Smith, Mr. Smith, DR. SMITH
//   J. Smith (any case), J Smith (capital J)      Smith, MD / Smith M.D. / Smith Jr.
//   J.S., J.Q.S. (capitals with periods only)     Smith's (the possessive goes too)
//   Smith and John alone: only capitalized ("Smith", "SMITH"; not "smith") and only when the
//   word is at least 3 letters and not an ordinary or clinical word (common-words.ts): "Long",
//   "Young", "Bell", "Park", "Walker" alone stay; "Dr. Long", "John Long", "LONG, JOHN" go.
// Hyphenated and particle surnames (García-López, de la Cruz, O'Neil) match with or without
// the hyphen, particles or apostrophe, and each part of a hyphenated surname alone.
// Patterns are regex sources for the "gu" flags over folded text (fold.ts: accents dropped).
import { isCommonWord } from "./common-words.ts";
import { anyCase, capitalized, escapeRegex, WORD_END, WORD_START } from "./fold.ts";
import { isInitial, letterCount, parsePersonName } from "./person-name.ts";
import type { Variant } from "./variant.ts";

export { organizationVariants } from "./organization-variants.ts";

export type { Variant } from "./variant.ts";

type Mode = "any" | "cap";
const lit = (s: string, mode: Mode) => (mode === "any" ? anyCase(s) : capitalized(s));

const TITLES = ["Doctor", "Dr", "Mrs", "Mr", "Ms", "Miss", "Mx", "Professor", "Prof"];
const title = (mode: Mode) => `(?:${TITLES.map((t) => lit(t, mode)).join("|")})\\.?\\s*`;

/** Credentials and generational suffixes, as written (case-sensitive). */
export const CREDENTIALS = String.raw`(?:M\.?\s?D|D\.?\s?O|Ph\.?\s?D|PHD|Pharm\.?\s?D|PHARMD|D\.?\s?C|D\.?P\.?M|Psy\.?\s?D|PSYD|N\.?P|P\.?A(?:-C)?|R\.?N|F\.?A\.?C\.?S|M\.?P\.?H|Esq|ESQ|Jr|JR|Sr|SR|III|II|IV)\.?(?![\p{L}\p{N}]|\.\p{L})`;
/**
 * The optional tail of credentials and suffixes after a name (", M.D.", " Jr."): exactly this
 * string in every pattern, so that matchers.ts can leave it out of a pattern it runs on a text
 * where CREDENTIALS matches nowhere (there the tail can only match nothing).
 */
export const CREDENTIAL_TAIL = `(?:[^\\S\\n]*,?[^\\S\\n]*${CREDENTIALS})*`;
const SUFFIXES = CREDENTIAL_TAIL;
const POSSESSIVE = "(?:'[sS]?)?";

/** One name token: hyphenated parts with a hyphen or a space, apostrophes optional. */
export function tokenPattern(token: string, mode: Mode): string {
  return token
    .split(/-+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split("'")
        .filter(Boolean)
        .map((piece, i) => (i === 0 ? lit(piece, mode) : anyCase(piece)))
        .join("'?\\s?"),
    )
    .join("[\\s-]+");
}

const wrap = (
  form: string,
  body: string,
  needles?: string[],
  alsoNeedles?: string[],
  precheck?: (lower: string) => boolean,
): Variant => ({
  form,
  source: `${WORD_START}(?:${body})${WORD_END}`,
  needles,
  ...(alsoNeedles && alsoNeedles.every((n) => n.length > 0) ? { alsoNeedles } : {}),
  ...(precheck ? { precheck } : {}),
});

const SPACE = /\s/;
const LINE_SPACE = /[^\S\n]/;
const ASCII_LETTER_OR_DIGIT = /[a-z0-9]/;
/** True when the lower-case text holds `ch` with no ASCII letter or digit before it and white space after it. */
export function aloneThenSpace(lower: string, ch: string): boolean {
  if (ch.length !== 1) return true;
  for (let at = lower.indexOf(ch); at >= 0; at = lower.indexOf(ch, at + 1)) {
    if (at > 0 && ASCII_LETTER_OR_DIGIT.test(lower[at - 1])) continue;
    if (at + 1 < lower.length && SPACE.test(lower[at + 1])) return true;
  }
  return false;
}
/** The first letters of CREDENTIALS, in lower case. */
const CREDENTIAL_FIRST = new Set("mdpnrfejsi");
/** True when one of the pieces is followed, after spaces and a comma, by a letter a credential can start with. */
export function thenCredential(lower: string, pieces: string[]): boolean {
  for (const piece of pieces) {
    if (piece.length === 0) return true;
    for (let at = lower.indexOf(piece); at >= 0; at = lower.indexOf(piece, at + 1)) {
      let i = at + piece.length;
      while (i < lower.length && (LINE_SPACE.test(lower[i]) || lower[i] === ",")) i++;
      if (i < lower.length && CREDENTIAL_FIRST.has(lower[i])) return true;
    }
  }
  return false;
}
/**
 * True when the lower-case text holds one of the pieces followed, after white space (at least
 * `least` characters of it), by `next`: "smith ," for "Smith, John", "smith john" for "SMITH JOHN".
 */
export function followedBy(lower: string, pieces: string[], least: number, next: string): boolean {
  for (const piece of pieces) {
    if (piece.length === 0) return true;
    for (let at = lower.indexOf(piece); at >= 0; at = lower.indexOf(piece, at + 1)) {
      let i = at + piece.length;
      while (i < lower.length && SPACE.test(lower[i])) i++;
      if (i - (at + piece.length) >= least && lower.startsWith(next, i)) return true;
    }
  }
  return false;
}
/** The longest piece of a token between hyphens and apostrophes, lower case: every match of tokenPattern holds it. */
export const needleOf = (token: string): string =>
  token
    .toLowerCase()
    .split(/[-'\s]+/)
    .reduce((a, b) => (b.length > a.length ? b : a), "");
const alternatives = (list: string[]) => `(?:${[...new Set(list)].join("|")})`;
/** A word that may stand alone as a name: 3+ letters, not an ordinary or clinical word. */
const distinctive = (word: string) => letterCount(word) >= 3 && !isCommonWord(word.replace(/'/g, ""));

export function personVariants(fullName: string): Variant[] {
  const name = parsePersonName(fullName);
  if (!name) return [];
  const { given, particles, core } = name;
  const first = given[0] !== undefined && !isInitial(given[0]) ? given[0] : undefined;
  const initial = given[0] ? escapeRegex(given[0][0].toUpperCase()) : undefined;
  const middles = given.slice(1);
  const surnameWords = core.flatMap((t) => t.split(/[-\s]+/));
  const surnameNeedles = surnameWords.map(needleOf);
  const commonSurname = !surnameWords.some((w) => distinctive(w));
  const fullMode: Mode = commonSurname && (!first || !distinctive(first)) ? "cap" : "any";
  const titleMode: Mode = commonSurname ? "cap" : "any";

  const particleP = particles.length
    ? `(?:${particles.map((p) => anyCase(p.replace(/\.$/, "")) + "\\.?").join("\\s+")}\\s+)?`
    : "";
  const surname = (mode: Mode) => {
    const whole = particleP + core.map((t) => tokenPattern(t, mode)).join("[\\s-]+");
    const parts = surnameWords.length > 1 ? surnameWords.map((w) => tokenPattern(w, mode)) : [];
    return alternatives([whole, ...parts]);
  };
  const middleP = (mode: Mode) => {
    const options = middles.flatMap((m) => (isInitial(m) ? [] : [tokenPattern(m, mode)]));
    // a known middle initial also stands for the whole middle name: "Q." = "Quincy"
    options.push(...middles.map((m) => `${escapeRegex(m[0].toUpperCase())}(?:\\p{L}+|\\.)?`), "\\p{Lu}\\.?");
    return `(?:\\s*${alternatives(options)}){0,3}`;
  };
  const display = [given.join(" "), ...particles, ...core].filter(Boolean).join(" ");
  // every form of the surname ends with the last piece of one of its words ("neil" of O'Neil)
  const surnameEnds = surnameWords.map((w) => w.toLowerCase().split("'").filter(Boolean).pop() ?? "");
  const thenComma = (lower: string) => followedBy(lower, surnameEnds, 0, ",");
  const last = core.join(" ");
  const variants: Variant[] = [];

  if (first) {
    // every one of these holds the given name too
    const firstNeedles = [needleOf(first)];
    const firstStart = first.toLowerCase().split(/-+/).filter(Boolean)[0]?.split("'").filter(Boolean)[0] ?? "";
    variants.push(
      wrap(
        display,
        `(?:${title(fullMode)})?${tokenPattern(first, fullMode)}${middleP(fullMode)}\\s+${surname(fullMode)}${SUFFIXES}${POSSESSIVE}`,
        surnameNeedles,
        firstNeedles,
      ),
    );
    variants.push(
      wrap(
        `${last}, ${first}`,
        `${surname(fullMode)}\\s*,\\s*${tokenPattern(first, fullMode)}${middleP(fullMode)}${SUFFIXES}`,
        surnameNeedles,
        firstNeedles,
        thenComma,
      ),
    );
    variants.push(
      wrap(
        `${last.toUpperCase()} ${first.toUpperCase()}`,
        `${surname("cap")}\\s+${tokenPattern(first, "cap")}${WORD_END}${SUFFIXES}`,
        surnameNeedles,
        firstNeedles,
        (lower) => followedBy(lower, surnameEnds, 1, firstStart),
      ),
    );
  }
  if (initial) {
    // "J. Smith" holds "j." (the initial, its period); "Smith, J." holds a comma
    const initialDot = `${given[0][0].toUpperCase().toLowerCase()}.`;
    variants.push(
      wrap(
        `${given[0][0]}. ${last}`,
        `(?:${title(titleMode)})?${initial}\\.\\s*${middleP(titleMode)}\\s*${surname(titleMode)}${SUFFIXES}${POSSESSIVE}`,
        surnameNeedles,
        [initialDot],
      ),
    );
    // Without the period, an initial is a capital letter like "A" or "I": only before a distinctive
    // surname ("J Smith", "Smith, J"), never "A Long-term ..." for Anna Long.
    // (the initial stands alone, white space after it)
    const initialLower = given[0][0].toUpperCase().toLowerCase();
    if (!commonSurname)
      variants.push(
        wrap(
          `${given[0][0]} ${last}`,
          `${initial}\\s+${middleP("cap")}\\s*${surname("cap")}${SUFFIXES}${POSSESSIVE}`,
          surnameNeedles,
          undefined,
          (lower) => aloneThenSpace(lower, initialLower),
        ),
      );
    const period = commonSurname ? "\\." : "\\.?";
    variants.push(
      wrap(
        `${last}, ${given[0][0]}.`,
        `${surname(titleMode)}\\s*,\\s*${initial}${period}${WORD_END}(?:\\s*\\p{Lu}\\.?${WORD_END})?${SUFFIXES}`,
        surnameNeedles,
        [","],
        thenComma,
      ),
    );
    const dotted = [given[0], ...middles].map((g) => `${escapeRegex(g[0].toUpperCase())}\\.\\s?`);
    const coreInitial = escapeRegex(core[0][0].toUpperCase());
    variants.push(
      wrap(
        `${given[0][0]}.${core[0][0]}.`,
        `${dotted[0]}${dotted
          .slice(1)
          .map((d) => `(?:${d})?`)
          .join("")}${coreInitial}\\.`,
        [`${given[0][0].toUpperCase().toLowerCase()}.`],
      ),
    );
  }
  const middleWords = middles.filter((m) => !isInitial(m)).map((m) => tokenPattern(m, titleMode));
  variants.push(
    wrap(
      `Dr. ${last}`,
      `${title(titleMode)}${alternatives([surname(titleMode), ...middleWords])}${SUFFIXES}${POSSESSIVE}`,
      [...surnameNeedles, ...middles.filter((m) => !isInitial(m)).map(needleOf)],
    ),
  );
  variants.push(
    wrap(
      `${last}, M.D.`,
      `${surname(titleMode)}[^\\S\\n]*,?[^\\S\\n]*${CREDENTIALS}${SUFFIXES}${POSSESSIVE}`,
      surnameNeedles,
      undefined,
      (lower) => thenCredential(lower, surnameEnds),
    ),
  );

  // Standing alone: capitalized, distinctive words only.
  const bare = new Map<string, [string, string[]]>();
  if (surnameWords.length > 1 && surnameWords.some(distinctive))
    bare.set(last, [`${particleP}${core.map((t) => tokenPattern(t, "cap")).join("[\\s-]+")}`, surnameNeedles]);
  for (const word of surnameWords)
    if (distinctive(word)) bare.set(word, [`${particleP}${tokenPattern(word, "cap")}`, [needleOf(word)]]);
  for (const word of given)
    if (!isInitial(word) && distinctive(word)) bare.set(word, [tokenPattern(word, "cap"), [needleOf(word)]]);
  for (const [form, [body, needles]] of bare) variants.push(wrap(form, `${body}${SUFFIXES}${POSSESSIVE}`, needles));
  return variants;
}
