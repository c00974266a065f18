// Matching view of a letter for redaction (IMR-DOMAIN 11: determinations are published with
// the names and numbers of the case removed). Identifiers are searched in a *folded* copy of the
// text: accents dropped ("García" = "Garcia"), zero-width characters and soft hyphens
// dropped, no-break and other Unicode spaces made plain spaces, curly apostrophes and
// Unicode dashes made ASCII. Every folded character remembers the span of the original it
// came from, so a match is removed from the ORIGINAL text and everything else stays
// byte-for-byte as written.

const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]$/u;
const SPACE = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;
const APOSTROPHE = /^[\u2018\u2019\u02BC\u0060\u00B4\u2032]$/u;
const DASH = /^[\u2010-\u2015\u2212\uFE63\uFF0D]$/u;
const LETTERS: Record<string, string> = {
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ß: "ss",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  þ: "th",
  Þ: "TH",
};

export type Folded = {
  /** The folded text that patterns run on. */
  text: string;
  /** For each folded UTF-16 unit, where its source character starts / ends in the original. */
  starts: number[];
  ends: number[];
};

export function foldChar(ch: string): string {
  // plain ASCII (all but the backtick) folds to itself: the common case, without the tests below
  if (ch.length === 1 && ch.charCodeAt(0) < 128 && ch !== "`") return ch;
  if (INVISIBLE.test(ch)) return "";
  if (SPACE.test(ch)) return " ";
  if (APOSTROPHE.test(ch)) return "'";
  if (DASH.test(ch)) return "-";
  if (LETTERS[ch] !== undefined) return LETTERS[ch];
  return ch.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** A plain folded string (for names and identifiers taken from the case record). */
export function foldString(value: string): string {
  let out = "";
  for (const ch of value) out += foldChar(ch);
  return out;
}

export function fold(original: string): Folded {
  // an ASCII text without a backtick folds to itself, character for character
  if (/^[\x00-\x5F\x61-\x7F]*$/.test(original)) {
    const starts = new Array<number>(original.length);
    const ends = new Array<number>(original.length);
    for (let i = 0; i < original.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { text: original, starts, ends };
  }
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      starts.push(index);
      ends.push(index + ch.length);
    }
    text += folded;
    index += ch.length;
  }
  return { text, starts, ends };
}

const TRAILING_INVISIBLE = /[\p{M}\u200B-\u200D\u2060\uFEFF\u00AD]/u;

/** The original span of a folded span [start, end), taking trailing combining marks along. */
export function originalSpan(original: string, folded: Folded, start: number, end: number): [number, number] {
  const from = folded.starts[start];
  let to = folded.ends[end - 1];
  while (to < original.length && TRAILING_INVISIBLE.test(original[to])) to++;
  return [from, to];
}

// --- building case-aware patterns without the "i" flag (JavaScript has no inline (?i)) ---

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Case-insensitive literal: "Smith" -> "[sS][mM][iI][tT][hH]". */
export function anyCase(s: string): string {
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : escapeRegex(ch);
  }
  return out;
}

/** Capitalized literal: first letter upper case, the rest in any case ("Smith", "SMITH", "McDONALD"). */
export function capitalized(s: string): string {
  const [first, ...rest] = [...s];
  if (first === undefined) return "";
  return escapeRegex(first.toUpperCase()) + anyCase(rest.join(""));
}

/** Word boundaries that understand letters beyond ASCII (use with the "u" flag). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

// --- the same pattern for a text of plain ASCII ---------------------------------------------
// Unicode property classes (\p{L}, \p{N}, \p{Lu}, \p{Ll}, \p{M}) make a regex costly to
// compile and to run the first time: about a millisecond each, against microseconds for a run
// over a three-page letter. Most folded letters are plain ASCII, and on such a text these
// classes are exactly [A-Za-z], [0-9], [A-Z], [a-z] and nothing: the ASCII form of a pattern
// finds exactly what the Unicode form finds there.

const ASCII_CLASS: Record<string, string> = { L: "A-Za-z", N: "0-9", Lu: "A-Z", Ll: "a-z", M: "\\u0300" };

/** The source with its property classes spelled in ASCII; valid only for text without other characters. */
export function asciiSource(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const m = /^\\p\{(L|N|Lu|Ll|M)\}/.exec(source.slice(i, i + 6));
      if (m) {
        const cls = ASCII_CLASS[m[1]];
        out += inClass ? cls : `[${cls}]`;
        i += m[0].length - 1;
        continue;
      }
      if (source[i + 1] === "p" || source[i + 1] === "P")
        throw new Error(`asciiSource: unsupported class in ${source}`);
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** True when the text holds only ASCII characters (then asciiSource patterns apply to it). */
export const isAscii = (text: string): boolean => /^[\x00-\x7F]*$/.test(text);

/** A pattern in its Unicode form and, for plain ASCII text, its cheaper ASCII form; both compiled on first use. */
export class DualRegex {
  private unicodeForm?: RegExp;
  private asciiForm?: RegExp;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}
  get unicode(): RegExp {
    this.unicodeForm ??= new RegExp(this.source, this.flags);
    return this.unicodeForm;
  }
  get ascii(): RegExp {
    this.asciiForm ??= new RegExp(asciiSource(this.source), this.flags);
    return this.asciiForm;
  }
  /** The form for a text: ASCII when the text is plain ASCII. */
  for(ascii: boolean): RegExp {
    return ascii ? this.ascii : this.unicode;
  }
}
