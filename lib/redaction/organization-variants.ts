// The written forms of an organization's name that redaction removes (IMR-DOMAIN 11: the
// published determination names no employer, claims administrator or other organization of
// the case). "ACME INSURANCE CO" also matches "Acme Insurance Company", "Acme Insurance,
// Inc.", "The Acme Insurance Co.", "Acme Ins. Co." and "ACME INSURANCE"; "Smith & Jones" matches
// "Smith and Jones"; any case. Two guards protect the clinical text:
// - a name made only of generic words ("Advanced Pain Management", "Physical Therapy
//   Associates") is removed only when written capitalized, never "advanced pain management";
// - a one-word name is removed only when capitalized ("Acme", "ACME"), and when it is an
//   ordinary word ("Target Corp.") only together with its corporate suffix.
import { isGenericOrganizationWord } from "./common-words.ts";
import { anyCase, capitalized, foldString, WORD_END, WORD_START } from "./fold.ts";
import { letterCount } from "./person-name.ts";
import type { Variant } from "./variant.ts";

const CORPORATE = [
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
  "plc",
  "pllc",
];
const DOTTED = (letters: string) => [...letters].map(anyCase).join("\\.?");
// "Company" is a word, "Co." an abbreviation: only an abbreviation takes its period along.
const CORPORATE_TEXT = `(?:${["incorporated", "company", "corporation", "limited"].map(anyCase).join("|")}|(?:${[
  ...["inc", "corp", "co", "ltd", "plc", "pllc"].map(anyCase),
  ...["llc", "llp", "lp", "pc"].map(DOTTED),
].join("|")})\\.?)(?![\\p{L}\\p{N}])`;
const SUFFIX_TAIL = `(?:\\.?\\s*,?\\s*${CORPORATE_TEXT})`;

// Words often abbreviated in an organization's name.
const ABBREVIATED: Record<string, string[]> = {
  insurance: ["ins"],
  services: ["svcs", "svc"],
  medical: ["med"],
  center: ["ctr", "centre"],
  centre: ["ctr", "center"],
  associates: ["assoc", "assocs"],
  management: ["mgmt"],
  hospital: ["hosp"],
  international: ["intl"],
  national: ["natl"],
  group: ["grp"],
  saint: ["st"],
  st: ["saint"],
  mountain: ["mtn"],
  department: ["dept"],
  county: ["cnty"],
};

type Mode = "any" | "cap";

function wordPattern(word: string, mode: Mode): string {
  const lit = (s: string) => (mode === "any" ? anyCase(s) : capitalized(s));
  const forms = [word, ...(ABBREVIATED[word.toLowerCase()] ?? [])];
  const pieces = forms.map((f) =>
    f
      .split("'")
      .filter(Boolean)
      .map((p, i) => (i === 0 ? lit(p) : anyCase(p)))
      .join("'?"),
  );
  return pieces.length === 1 ? pieces[0] : `(?:${pieces.join("|")})`;
}

/** Words of the name without a leading "The" and trailing corporate suffixes. */
export function organizationWords(name: string): { core: string[]; hadSuffix: boolean } {
  const words = foldString(name)
    .replace(/&/g, " & ")
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[("]+|[)".;:]+$/g, ""))
    .filter(Boolean);
  const corporate = (w: string) => CORPORATE.includes(w.toLowerCase().replace(/\./g, ""));
  let hadSuffix = false;
  while (words.length > 1 && corporate(words[words.length - 1])) {
    words.pop();
    hadSuffix = true;
  }
  if (words.length > 1 && words[0].toLowerCase() === "the") words.shift();
  return { core: words, hadSuffix };
}

/**
 * What every match of the name holds, in lower case: the longest piece of a word that is
 * never abbreviated, or else every written form of the first word (matchers.ts runs the
 * pattern only on a text that holds one).
 */
function organizationNeedles(words: string[]): string[] | undefined {
  const piece = (w: string) =>
    w
      .toLowerCase()
      .split("'")
      .reduce((a, b) => (b.length > a.length ? b : a), "");
  const plain = words
    .filter((w) => !ABBREVIATED[w.toLowerCase()])
    .map(piece)
    .sort((a, b) => b.length - a.length);
  if (plain.length > 0) return plain[0].length > 0 ? [plain[0]] : undefined;
  if (words.length === 0) return undefined;
  const forms = [words[0], ...ABBREVIATED[words[0].toLowerCase()]].map(piece);
  return forms.every((f) => f.length > 0) ? forms : undefined;
}

export function organizationVariants(name: string): Variant[] {
  const { core } = organizationWords(name);
  if (core.length === 0) return [];
  const meaningful = core.filter((w) => w !== "&" && w.toLowerCase() !== "and");
  // Generic: no word that names this organization and no other ("Acme", "Builders"); a name
  // whose only distinctive words are initials ("A & B", "UR") counts as generic too.
  const generic = !meaningful.some((w) => !isGenericOrganizationWord(w.replace(/'/g, "")) && letterCount(w) >= 3);
  // A one-word name ("Kaiser", "Acme") is removed when capitalized, so that an ordinary word
  // never disappears from lower-case clinical text; longer distinctive names in any case.
  const mode: Mode = generic || meaningful.length === 1 ? "cap" : "any";
  let body = "";
  core.forEach((word, i) => {
    if (word === "&" || word.toLowerCase() === "and") body += `(?:\\s*&\\s*|\\s+${anyCase("and")}\\s+)`;
    else
      body +=
        (i === 0 || core[i - 1] === "&" || core[i - 1].toLowerCase() === "and" ? "" : "[\\s.,/-]+") +
        wordPattern(word, mode);
  });
  const the = `(?:${mode === "any" ? anyCase("the") : capitalized("the")}\\s+)?`;
  const display = core.join(" ");
  const variants: Variant[] = [];
  // A one-word ordinary name ("Target") is removed only with its corporate suffix.
  const needsSuffix = meaningful.length === 1 && generic;
  variants.push({
    form: needsSuffix ? `${display} Corp.` : display,
    source: `${WORD_START}${the}${body}${needsSuffix ? `${SUFFIX_TAIL}+` : `${SUFFIX_TAIL}*`}(?:'[sS]?)?${WORD_END}`,
    needles: organizationNeedles(meaningful),
  });
  return variants;
}
