// Text folded for search, so that a list finds what people type: "hernandez" finds
// "Hernández", "OBrien" finds "O'Brien", "wcf77120b" finds the claim "WCF-77120-B".
// - compatibility decomposition (NFKD: "ﬁ" is "fi", "²" is "2", full-width letters plain),
//   then the combining accents removed ("é" is "e", "ñ" is "n", "ü" is "u");
// - letters that do not decompose spelled out: ß ss, æ ae, œ oe, þ th, ø o, ł l, đ d, ð d,
//   ı i, ħ h; final sigma as sigma;
// - lower case; apostrophes dropped (O'Brien, O’Brien and OBrien are one word);
// - anything else that is not a letter or a digit (spaces, hyphens, dots, slashes, LIKE
//   wildcards) separates words: the folded text is words of letters and digits, one space apart.
//
// The stored side is folded by the database with the same rules (imr_search_fold and
// imr_search_text, migration 20261207040000_search_fold), into generated columns: Case
// (case number, claim number, employee, claims administrator), User (name, e-mail) and
// Organization (name and other names). tests/integration/search-fold-sql.test.ts checks that
// both give the same text for every character of the Latin, Greek, Cyrillic and Armenian
// blocks, the Latin extensions, punctuation, full-width forms, CJK and Hangul, on PostgreSQL
// and PGlite. (Vowel signs of scripts such as Hebrew, Arabic or Devanagari are letters to
// PostgreSQL and separators here; a search folds to more, shorter words then, which still match.)
//
// A search matches a stored text that contains every word of the query, or the query's
// words written together ("wcf77120b" in "wcf 77120 b wcf77120b"): imr_search_text stores
// each multi-word part also joined up, so "hernandezlopez" finds "Hernández-López" and
// "WCF 77120B" finds "WCF-77120-B".

const COMBINING_ACCENTS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+/g;
const SPELLED_OUT: Record<string, string> = { ß: "ss", ẞ: "ss", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe", þ: "th", Þ: "th" };
const PLAIN_LETTER: Record<string, string> = { ø: "o", ł: "l", đ: "d", ð: "d", ı: "i", ħ: "h", ς: "σ" };
const APOSTROPHES = /['’‘ʼ`]/g;
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

/** The value folded: lower-case words of plain letters and digits, one space apart ("" for none). */
export function searchFold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(COMBINING_ACCENTS, "")
    .replace(/[ßẞæÆœŒþÞ]/g, (c) => SPELLED_OUT[c])
    .toLowerCase()
    .replace(/[øłđðıħς]/g, (c) => PLAIN_LETTER[c])
    .replace(APOSTROPHES, "")
    .replace(NOT_A_WORD, " ")
    .trim();
}

/**
 * What the database stores for these parts (imr_search_text): each part folded, followed by
 * its words joined up when it has several, all one space apart. For tests and comparisons;
 * the columns are computed by the database.
 */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .map((part) => searchFold(part ?? ""))
    .filter((folded) => folded !== "")
    .map((folded) => (folded.includes(" ") ? `${folded} ${folded.replaceAll(" ", "")}` : folded))
    .join(" ");
}

/** A query as the stored text must contain it: every word, or else the words joined up. */
export type SearchTerms = { words: string[]; joined: string | null };

/** At most this many words are compared (each is a LIKE); the rest of a long query is dropped. */
export const MAX_SEARCH_WORDS = 8;

/** The words of a typed query; null when it has no letter or digit (then there is nothing to search for). */
export function searchTerms(query: string | null | undefined): SearchTerms | null {
  const all = searchFold(query ?? "")
    .split(" ")
    .filter(Boolean);
  if (all.length === 0) return null;
  // A word inside another word adds nothing to "contains every word".
  const distinct = [...new Set(all)];
  const words = distinct
    .filter((word) => !distinct.some((other) => other !== word && other.includes(word)))
    .slice(0, MAX_SEARCH_WORDS);
  const joined = all.length > 1 ? all.join("") : null;
  return { words, joined };
}

/** Whether a stored text (searchText) matches the terms, as the lists' SQL decides it. */
export function matchesSearch(stored: string, terms: SearchTerms): boolean {
  return terms.words.every((word) => stored.includes(word)) || (terms.joined !== null && stored.includes(terms.joined));
}

/**
 * The lists' filter on a `searchText` column, for Prisma (Case, User): every word, or the
 * words joined up. The words hold only letters and digits, never a LIKE wildcard.
 */
export function searchTextWhere(terms: SearchTerms) {
  const contains = (text: string) => ({ searchText: { contains: text } });
  return { OR: [{ AND: terms.words.map(contains) }, ...(terms.joined ? [contains(terms.joined)] : [])] };
}
