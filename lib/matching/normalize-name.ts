// Normalizes names of people and organizations so that a reviewer's recorded affiliation
// matches a party however it was typed: "Acme Insurance Co." = "ACME INSURANCE COMPANY",
// "Dr. John Smith, M.D." = "SMITH, JOHN".
const NOISE_WORDS = new Set([
  "the", "inc", "incorporated", "co", "company", "corp", "corporation", "llc", "ltd", "limited",
  "lp", "llp", "pc", "pllc", "plc", "dr", "md", "do", "mr", "mrs", "ms", "jr", "sr", "phd",
]);

export function normalizeName(name: string): string {
  const tokens = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // dotted abbreviations become one word: "M.D." -> "md", "L.L.C." -> "llc", "Ph.D." -> "phd"
    .replace(/\bph\.\s*d\b\.?/g, "phd")
    .replace(/\b(?:[a-z]\.){2,}/g, (dotted) => dotted.replace(/\./g, ""))
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((token) => token.length > 0 && !NOISE_WORDS.has(token));
  return [...new Set(tokens)].sort().join(" ");
}
