// Splits a person's name from the case record into given names, surname particles and the
// surname proper, whichever way it was recorded: "Dr. John Q. Smith, M.D.", "SMITH, JOHN Q.",
// "María de la Cruz", "Juan García-López", "Patrick O'Neil Jr.". Accents are folded first
// (fold.ts), so the patterns built from the parts match the name with and without them.
import { foldString } from "./fold.ts";

export type PersonName = {
  /** First name, then middle names or initials ("J." stays an initial). */
  given: string[];
  /** Lower-case particles before the surname: "de", "la", "van", "St." ... */
  particles: string[];
  /** The surname proper: usually one token, hyphenated or not ("Garcia-Lopez"). */
  core: string[];
};

const TITLE = /^(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor)\.?$/i;
/** Surname particles ("de la", "van"): part of a surname, never a name alone. */
export const PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "del",
  "della",
  "la",
  "le",
  "los",
  "las",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "dos",
  "das",
  "st",
  "saint",
  "ter",
  "ten",
]);
const CREDENTIAL =
  /^(?:m\.?d|d\.?o|ph\.?d|pharm\.?d|d\.?c|d\.?p\.?m|psy\.?d|n\.?p|p\.?a(?:-c)?|r\.?n|f\.?a\.?c\.?s|m\.?p\.?h|esq|jr|sr|ii|iii|iv)\.?$/i;
// Two-letter credentials that are also surnames ("Anh Do", "Luis T. Do, MD"): a credential
// only when dotted ("D.O."), or in capitals in a name that is not all capitals and not right
// after an initial ("John Smith DO").
const AMBIGUOUS_CREDENTIAL = /^(?:do|dc|pa|np|rn)$/i;

export const isInitial = (token: string): boolean => /^\p{L}\.?$/u.test(token);
export const letterCount = (token: string): number => (token.match(/\p{L}/gu) ?? []).length;
export const isParticle = (token: string): boolean => PARTICLES.has(token.toLowerCase().replace(/\.$/, ""));

function isCredential(tokens: string[], index: number): boolean {
  const token = tokens[index];
  if (!CREDENTIAL.test(token)) return false;
  if (!AMBIGUOUS_CREDENTIAL.test(token) || token.includes(".")) return true;
  const allCapitals = tokens.every((t) => t === t.toUpperCase());
  return token === token.toUpperCase() && !allCapitals && index >= 2 && !isInitial(tokens[index - 1]);
}

/** Name tokens without titles and trailing credentials ("Dr. John Smith MD" -> John, Smith). */
function nameTokens(part: string): string[] {
  const tokens = part
    .split(/\s+/)
    .map((t) => t.replace(/^[("]+|[)",;:]+$/g, ""))
    .filter(Boolean);
  while (tokens.length > 1 && TITLE.test(tokens[0])) tokens.shift();
  while (tokens.length > 1 && isCredential(tokens, tokens.length - 1)) tokens.pop();
  return tokens;
}

/** ", MD", ", D.O.", ", DO, FACS": a part after a comma that holds only credentials. */
const credentialsOnly = (part: string): boolean =>
  part
    .split(/\s+/)
    .filter(Boolean)
    .every((t) => CREDENTIAL.test(t));

export function parsePersonName(fullName: string): PersonName | null {
  const folded = foldString(fullName).replace(/\s+/g, " ").trim();
  const parts = folded
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const nameParts = parts.filter((part, i) => i === 0 || !credentialsOnly(part));
  if (nameParts.length === 0) return null;

  if (nameParts.length >= 2) {
    // "SMITH, JOHN Q." / "de la Cruz, Maria"
    const surname = nameTokens(nameParts[0]);
    const given = nameTokens(nameParts.slice(1).join(" "));
    const firstCore = surname.findIndex((t) => !isParticle(t));
    if (firstCore < 0) return null;
    return { given, particles: surname.slice(0, firstCore), core: surname.slice(firstCore) };
  }

  const tokens = nameTokens(nameParts[0]);
  if (tokens.length === 0) return null;
  const core = [tokens[tokens.length - 1]];
  let start = tokens.length - 1;
  while (start > 1 && isParticle(tokens[start - 1])) start--;
  return { given: tokens.slice(0, start), particles: tokens.slice(start, tokens.length - 1), core };
}
