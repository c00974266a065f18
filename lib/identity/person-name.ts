// People's names: "Dr. John Q. Smith, M.D.", "SMITH, JOHN Q.", "María de la Cruz", "Juan García
// López" (read both as middle name + surname and as a two-part surname). Titles, degrees and
// particles are set aside; a generation (Jr., Sr., III) is kept to tell father from son.
import { foldName, words } from "./similarity.ts";

export type PersonParse = {
  given: string | null;
  middles: string[];
  /** Surname parts without particles ("garcia", "lopez"). */
  surname: string[];
  /** Surname with particles, in one word ("delacruz"). */
  compact: string;
  generation: string | null;
  /** Written in "Last, First" order. */
  reordered: boolean;
  /** True for the reading where a middle word was taken as the first surname. */
  alternative: boolean;
  /** True for the reading of "SMITH JOHN" (no comma) as surname first: at most POSSIBLE. */
  swapped?: boolean;
};
export type PersonName = { display: string; raw: string; parses: PersonParse[]; titlesDropped: boolean };

const TITLES = new Set([
  "dr",
  "doctor",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "prof",
  "professor",
  "hon",
  "judge",
  "sir",
  "dame",
  "rev",
  "atty",
]);
const CREDENTIALS = new Set([
  "md",
  "do",
  "dc",
  "dpm",
  "phd",
  "psyd",
  "pharmd",
  "np",
  "pa",
  "pac",
  "rn",
  "lvn",
  "facs",
  "faaos",
  "mph",
  "esq",
  "dds",
  "dmd",
  "od",
  "lcsw",
  "mft",
  "lmft",
  "qme",
  "ame",
  "cpa",
  "jd",
  "bsn",
  "msn",
  "fnp",
  "fnpc",
  "otr",
  "pt",
  "dpt",
  "mba",
  "ms",
  "ma",
  "mba",
  "crna",
  "aprn",
  "dnp",
  "facp",
  "facoem",
  "abpmr",
  "cipp",
  "ccm",
  "cdms",
  "lac",
  "ot",
  "edd",
  "frcpc",
]);
const GENERATIONS: Record<string, string> = {
  jr: "jr",
  junior: "jr",
  sr: "sr",
  senior: "sr",
  ii: "ii",
  "2nd": "ii",
  iii: "iii",
  "3rd": "iii",
  iv: "iv",
};
const PARTICLES = new Set([
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
  "ter",
  "ten",
  "y",
  "al",
  "el",
  "bin",
  "ibn",
]);
// Two-letter credentials that are also surnames ("Anh Do"): dropped only after a comma, dotted, or with 3+ words.
const AMBIGUOUS = new Set(["do", "pa", "ma", "ms", "pt", "ot", "od", "np", "dc", "lac"]);

const plain = (token: string) => token.replace(/[.\-']/g, "");

export function parsePerson(name: string): PersonName {
  const folded = foldName(name, false);
  const raw = words(folded.replace(/-/g, " ")).join(" ");
  let titlesDropped = false;
  const parts = folded
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const isCredentialPart = (p: string) =>
    p.split(/\s+/).every((t) => CREDENTIALS.has(plain(t)) || GENERATIONS[plain(t)] !== undefined);
  let generation: string | null = null;
  const nameParts = parts.filter((p, i) => {
    if (i === 0 || !isCredentialPart(p)) return true;
    titlesDropped = true;
    for (const t of p.split(/\s+/)) generation = GENERATIONS[plain(t)] ?? generation;
    return false;
  });
  const tokenize = (p: string) =>
    p
      .split(/\s+/)
      .flatMap((t) => (/^(?:\p{L}\.){2,}$/u.test(t) && !CREDENTIALS.has(plain(t)) ? t.split(".") : [t]))
      .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.\-']+$/gu, ""))
      .filter(Boolean);
  const strip = (tokens: string[], trailing: boolean) => {
    while (tokens.length > 1 && TITLES.has(plain(tokens[0]))) {
      tokens.shift();
      titlesDropped = true;
    }
    while (trailing && tokens.length > 1) {
      const last = tokens[tokens.length - 1],
        key = plain(last);
      if (GENERATIONS[key] !== undefined) generation = GENERATIONS[key];
      else if (!(CREDENTIALS.has(key) && (!AMBIGUOUS.has(key) || last.includes(".") || tokens.length > 2))) break;
      else titlesDropped = true;
      tokens.pop();
    }
    return tokens;
  };
  const parses: PersonParse[] = [];
  if (nameParts.length >= 2) {
    const surnameTokens = strip(tokenize(nameParts[0]), false);
    const given = strip(tokenize(nameParts.slice(1).join(" ")), true);
    parses.push(build(given, surnameTokens, generation, true, false));
  } else if (nameParts.length === 1) {
    const tokens = strip(tokenize(nameParts[0]), true);
    let start = tokens.length - 1;
    while (start > 1 && PARTICLES.has(plain(tokens[start - 1]))) start--;
    parses.push(build(tokens.slice(0, start), tokens.slice(start), generation, false, false));
    // "Juan García López": García may be the first surname rather than a middle name
    if (start >= 2 && plain(tokens[start - 1]).length > 1) {
      parses.push(build(tokens.slice(0, start - 1), tokens.slice(start - 1), generation, false, true));
    }
    // "SMITH JOHN": records without the comma may still put the surname first
    if (tokens.length === 2 && plain(tokens[0]).length > 1 && plain(tokens[1]).length > 1) {
      parses.push({ ...build([tokens[1]], [tokens[0]], generation, true, false), swapped: true });
    }
  }
  // a name of titles or degrees only ("Dr.", "M.D.") names nobody
  if (parses.length > 0 && parses[0].given === null && parses[0].surname.length === 1) {
    const only = parses[0].surname[0];
    if (TITLES.has(only) || CREDENTIALS.has(only)) parses.length = 0;
  }
  const display = String(name ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  // fewer than two letters carry no identity ("", "J", "?")
  const usable = (raw.match(/\p{L}/gu) ?? []).length >= 2;
  return { display, raw, parses: usable ? parses.filter((p) => p.surname.length > 0) : [], titlesDropped };
}

function build(
  givenTokens: string[],
  surnameTokens: string[],
  generation: string | null,
  reordered: boolean,
  alternative: boolean,
): PersonParse {
  const given = givenTokens.flatMap((t) => words(t.replace(/\./g, " ")));
  const withParticles = surnameTokens.flatMap((t) => words(t.replace(/-/g, " ")));
  // a particle is set aside only before a surname part ("de la Cruz"), never at the end ("Halvorson-Von")
  const surname = withParticles.filter((t, i) => !PARTICLES.has(t) || i === withParticles.length - 1);
  return {
    given: given[0] ?? null,
    middles: given.slice(1),
    surname,
    compact: withParticles.join(""),
    generation,
    reordered,
    alternative,
  };
}
