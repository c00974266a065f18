// Normalizes names of people and organizations so that a reviewer's recorded affiliation
// matches a party however it was typed: "Acme Insurance Co." = "ACME INSURANCE COMPANY",
// "Dr. John Smith, M.D." = "SMITH, JOHN", "St. Mary's" = "ST MARYS".
const NOISE_WORDS = new Set([
  "the",
  "inc",
  "incorporated",
  "co",
  "company",
  "corp",
  "corporation",
  "llc",
  "ltd",
  "limited",
  "lp",
  "llp",
  "pc",
  "pllc",
  "plc",
  "dr",
  "md",
  "do",
  "mr",
  "mrs",
  "ms",
  "jr",
  "sr",
  "phd",
]);

export function normalizeName(name: string): string {
  const tokens = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // a possessive is part of the word: "St. Mary's" = "St Marys" (other apostrophes split: "O'Brien" = "O Brien")
    .replace(/['\u2019]s\b/g, "s")
    // dotted abbreviations become one word: "M.D." -> "md", "L.L.C." -> "llc", "Ph.D." -> "phd"
    .replace(/\bph\.\s*d\b\.?/g, "phd")
    .replace(/\b(?:[a-z]\.){2,}/g, (dotted) => dotted.replace(/\./g, ""))
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((token) => token.length > 0 && !NOISE_WORDS.has(token));
  return [...new Set(tokens)].sort().join(" ");
}

/** Identifiers (NPI, tax id, license number) compare without spaces, dashes or case. */
export function normalizeIdentifier(identifier: string | null | undefined): string | null {
  if (identifier === null || identifier === undefined) return null;
  const compact = identifier
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "");
  return compact.length > 0 ? compact : null;
}
