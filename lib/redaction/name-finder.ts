// The names layer of redaction (IMR-DOMAIN 11): names of people and organizations the case
// record does not hold ("her husband Miguel", "Dr. Alan Brooks, the QME", "Sincerely, Karen
// Whitfield, M.D."), found by their cues:
// - titles (Dr., Mr., Mrs., Ms.) and degrees after a name (M.D., D.O., PA-C, R.N., Esq.);
// - words for relatives and others close to the employee (husband, wife, daughter, friend);
// - roles (the QME, examiner, attorney, case manager, adjuster, nurse case manager);
// - signature lines (Sincerely, Electronically signed by) and labels (Employee:, Applicant:);
// - for organizations, corporate suffixes (Inc., LLC) and cues (employed by, works for).
// A name with a cue is removed. The name finder (compromise) then reads only the sentences
// that still hold a word its dictionary knows as a name (a cheap pre-filter): what it
// proposes without a cue is marked doubtful, left in the text for a person to decide.
// Words of the medical allow-list (medical-terms.ts) used as the clinical term are never names.
import { isCommonWord, isGenericOrganizationWord } from "./common-words.ts";
import { isKnownName, isKnownWord, nlp } from "./lexicon.ts";
import { isClinicalUse, isMedicalTerm } from "./medical-terms.ts";
import type { LayerHit } from "./pattern-layer.ts";

const S = String.raw`[^\S\n]`;
const TOKEN = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}]*(?:['\-]\p{L}[\p{L}]*)*|[OD]'\p{Lu}\p{L}+|Mc\p{Lu}\p{L}+)`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = String.raw`(?:de|del|de${S}la|van|von|der|den|da|di|du|la|le|dos|bin|ibn|al)`;
const NAME = String.raw`(?:${TOKEN}|${INITIAL})(?:${S}+(?:${PARTICLE}${S}+)?(?:${TOKEN}|${INITIAL})){0,3}`;
const DEGREE = String.raw`(?:M\.D\.|MD|D\.O\.|DO|PA-C|P\.A\.|R\.N\.|RN|Esq\.?|ESQ|Ph\.D\.?|PhD|D\.C\.|DC|N\.P\.|NP|FNP|DPM|PsyD|LCSW|LMFT|MFT|DPT|PharmD|OTR|CRNA|FACS|Jr\.?|Sr\.?)`;
const DEGREES = String.raw`(?:${S}*,?${S}*${DEGREE}(?![\p{L}]))+`;
const POSS = String.raw`(?:'s|')?`;

const TITLE = String.raw`(?:(?:[Dd]r|DR|[Mm]rs|MRS|[Mm]r|MR|[Mm]s|[Mm]x|[Pp]rof)(?:\.|(?=${S}))|(?:Doctor|Miss|Professor|Judge)(?=${S}))`;
const words = (list: string) => list.trim().split(/\s*\|\s*/);
/** Alternatives of plain words, first letter in either case, spaces as any spacing. */
const either = (list: string[]) =>
  `(?:${list.map((w) => `[${w[0].toLowerCase()}${w[0].toUpperCase()}]${w.slice(1).replace(/ /g, `${S}+`)}`).join("|")})`;
const RELATIVE_LIST =
  words(`husband | wife | spouse | partner | son | daughter | child | children | mother | father | mom | dad | brother | sister |
  boyfriend | girlfriend | fiance | fiancee | grandson | granddaughter | grandmother | grandfather | niece | nephew | aunt | uncle | cousin |
  friend | neighbor | neighbour | roommate | caregiver | stepson | stepdaughter | stepfather | stepmother | coworker | co-worker | supervisor |
  foreman | boss | manager | witness | landlord`);
const RELATIVES = RELATIVE_LIST.join("|");
const ROLE_LIST =
  words(`QME | AME | PQME | PTP | IME | examiner | attorney | lawyer | counsel | paralegal | case manager | nurse case manager |
  adjuster | adjustor | claims adjuster | claims examiner | claims representative | therapist | physical therapist | chiropractor | surgeon |
  physician | psychologist | psychiatrist | neurologist | orthopedist | orthopaedist | radiologist | acupuncturist | anesthesiologist |
  pain specialist | nurse | nurse practitioner | physician assistant | pharmacist | interpreter | translator | representative | agent |
  provider | doctor | specialist | consultant | agreed medical evaluator | qualified medical evaluator`);
const ROLES = `(?:(?:[Aa]greed|[Pp]anel)${S}+)?${either(ROLE_LIST.sort((x, y) => y.length - x.length))}`;
const SIGN = String.raw`(?:Sincerely|Respectfully(?:${S}+submitted)?|(?:Best|Kind|Warm)?${S}*[Rr]egards|Electronically${S}+signed${S}+by|[Ss]igned${S}+by|Dictated${S}+by|[Pp]repared${S}+by|[Aa]uthored${S}+by|[Cc]c|CC|Attn\.?|Attention)`;
const LABEL = String.raw`(?:Employee|EMPLOYEE|Applicant|APPLICANT|Patient|PATIENT|Claimant|CLAIMANT|Injured${S}+[Ww]orker|(?:Patient|Employee|Applicant)${S}+[Nn]ame|Name|NAME|Requesting${S}+[Pp]hysician|Treating${S}+[Pp]hysician|Adjuster|Attorney|Examiner|Case${S}+[Mm]anager)`;
const COMMA_NAME = String.raw`${TOKEN}(?:[\s-]+${TOKEN})?${S}*,${S}*${TOKEN}(?:${S}+(?:${TOKEN}|${INITIAL}|\p{Lu}))?`;

// A cue is read forward, the name in the group "name" (a leading lookbehind would be tried at
// every position of the text).
type Cue = { regex: RegExp; reason: string; strength: "title" | "strong" | "weak" };
const cue = (source: string, reason: string, strength: Cue["strength"]): Cue => ({
  regex: new RegExp(source, "gdu"),
  reason,
  strength,
});
const B = String.raw`(?<![\p{L}\p{N}])`;

const CUES: Cue[] = [
  cue(String.raw`${B}(?<name>(?:${TITLE})${S}*${NAME}${POSS}(?:${DEGREES})?)`, "Name after a title", "title"),
  cue(
    String.raw`${B}(?<name>(?:${TOKEN}|${INITIAL})(?:${S}+(?:${PARTICLE}${S}+)?(?:${TOKEN}|${INITIAL})){1,3}${DEGREES}${POSS})`,
    "Name with a degree",
    "weak",
  ),
  cue(
    String.raw`${B}(?:${either(RELATIVE_LIST)}(?:'s)?${S}*,?${S}+(?:named${S}+|called${S}+)?)(?<name>${NAME}${POSS})`,
    "Relative's or acquaintance's name",
    "strong",
  ),
  cue(
    String.raw`${B}(?<name>${NAME}),${S}+(?:her|his|their|the${S}+patient's|the${S}+employee's|the${S}+applicant's)${S}+(?:${RELATIVES})`,
    "Relative's or acquaintance's name",
    "strong",
  ),
  cue(
    String.raw`${B}(?:${ROLES}(?:'s)?${S}*,?${S}+(?:(?:is|was|named)${S}+)?)(?<name>(?:(?:${TITLE})${S}*)?${NAME}${POSS}(?:${DEGREES})?)`,
    "Name after a role",
    "strong",
  ),
  cue(
    String.raw`${B}(?<name>(?:(?:${TITLE})${S}*)?${NAME}(?:${DEGREES})?)${S}*,?${S}*\(?(?:the|our|an?|his|her)${S}+${ROLES}(?![\p{L}])`,
    "Name before a role",
    "strong",
  ),
  cue(
    String.raw`${B}(?:${SIGN}[,:]?\s+)(?<name>(?:(?:${TITLE})${S}*)?${NAME}(?:${DEGREES})?)`,
    "Name in a signature line",
    "weak",
  ),
  cue(String.raw`${B}(?:${LABEL}${S}*:${S}*)(?<name>${COMMA_NAME}\.?|${NAME})`, "Name after a label", "weak"),
];

const STOP = new Set(
  `the a an and or but of in on at to for from with by as is was were be been has had have he she it they we you i this that these those
  his her their its our your who whom which what when where why how not no yes if then than so also per re via all any each both some
  january february march april may june july august september october november december monday tuesday wednesday thursday friday
  saturday sunday mr mrs ms dr doctor miss prof professor judge sincerely regards signed cc attn attention employee applicant patient
  claimant name md do rn np pa dc esq phd jr sr ii iii iv qme ame pqme ptp ime ur imr`.split(/\s+/),
);

const wordsOf = (name: string) =>
  name
    .split(/[\s,]+/)
    .map((w) => w.replace(/(?:'s|')$/, "").replace(/\.$/, ""))
    .filter(Boolean);
const TITLE_WORD = /^(?:dr|mr|mrs|ms|mx|prof|doctor|miss|professor|judge)\.?$/i;
const DEGREE_WORD = new RegExp(`^${DEGREE}$`);

/** A word that can be part of a person's name. */
function nameWord(word: string, strict: boolean): boolean {
  const w = word.replace(/\.$/, "");
  if (/^\p{Lu}$/u.test(w)) return true; // an initial
  const lower = w.toLowerCase();
  if (STOP.has(lower)) return false;
  // words that only ever name an organization ("Clinic", "Medical", "Group"), not a surname
  if (isGenericOrganizationWord(lower) && !isCommonWord(lower) && !isKnownName(lower)) return false;
  if (!strict) return true;
  if (isMedicalTerm(w)) return false;
  return isKnownName(w) || (!isKnownWord(w) && !isCommonWord(w));
}

/** Trims a cue's name to the words that can be a name; null when nothing is left. */
function trimName(text: string, start: number, end: number, strength: Cue["strength"]): [number, number] | null {
  const found = text.slice(start, end);
  // leading title and trailing degrees stay part of the span but are not judged
  const parts = [...found.matchAll(/[^\s,]+/gu)].map((m) => ({ word: m[0], at: m.index }));
  let first = 0;
  while (first < parts.length && TITLE_WORD.test(parts[first].word)) first++;
  let last = parts.length - 1;
  while (last >= first && DEGREE_WORD.test(parts[last].word.replace(/(?:'s)$/, ""))) last--;
  if (first > last) return null;
  const strict = strength === "weak";
  const words = parts.slice(first, last + 1).map((p) => ({ ...p, word: wordsOf(p.word)[0] ?? p.word }));
  // the first name word after the cue must be a name word (a title takes any capitalized word)
  if (!nameWord(words[0].word, strict) && !(strength === "title" && !STOP.has(words[0].word.toLowerCase())))
    return null;
  if (
    !strict &&
    isMedicalTerm(words[0].word) &&
    isClinicalUse(text, start + parts[first].at, start + parts[first].at + words[0].word.length)
  )
    return null;
  let keep = 1;
  // after the first word of a name, a capitalized word is part of it ("Dr. Garrison Ward", "Sincere Smith")
  while (keep < words.length && nameWord(words[keep].word, strict)) keep++;
  if (strict && words.slice(0, keep).every((w) => /^\p{Lu}\.?$/u.test(w.word))) return null;
  if (keep < words.length) {
    // cut at the first word that is not a name; degrees after it no longer belong to the name
    const cut = parts[first + keep].at;
    const trimmed = found.slice(0, cut).replace(/[\s,]+$/, "");
    return [start, start + trimmed.length];
  }
  return [start, end];
}

// --- organizations ------------------------------------------------------------------------

const CORP = String.raw`(?:Inc\.?|INC\.?|Incorporated|LLC|L\.L\.C\.|LLP|Corp\.?|CORP\.?|Corporation|CORPORATION|Co\.|CO\.|Company|COMPANY|Ltd\.?|LTD\.?)`;
const ORG_WORD = String.raw`(?:\p{Lu}[\p{L}'&.-]*)`;
const ORG_NAME = String.raw`${ORG_WORD}(?:${S}+(?:of|and|&|the|de)?${S}*${ORG_WORD}){0,5}`;
const ORG_CUES: Cue[] = [
  cue(
    String.raw`${B}(?<name>${ORG_NAME}${S}*,?${S}*${CORP})(?![\p{L}])`,
    "Organization's name (with a corporate suffix)",
    "strong",
  ),
  cue(
    String.raw`${B}(?:(?:employed${S}+(?:by|at|with)|works?${S}+(?:for|at)|worked${S}+(?:for|at)|working${S}+(?:for|at)|job${S}+(?:at|with)|[Ee]mployer${S}*(?:,|:|is|was)|insured${S}+by|[Ii]nsurer${S}*(?:,|:|is|was)|[Cc]arrier${S}*(?:,|:|is|was)|administered${S}+by|[Aa]dministrator${S}*(?:,|:|is|was))${S}*(?:the${S}+)?)(?<name>${ORG_NAME})`,
    'Organization\'s name (after a cue such as "employed by")',
    "strong",
  ),
];
const GENERIC_ORG_START = /^(?:The|This|That|His|Her|Their|Our|Its|A|An)$/;

function organizationHits(text: string): LayerHit[] {
  const out: LayerHit[] = [];
  for (const { regex, reason } of ORG_CUES) {
    for (const m of text.matchAll(regex)) {
      const [start, end] = m.indices?.groups?.name ?? [m.index, m.index + m[0].length];
      const words = text.slice(start, end).split(/\s+/).filter(Boolean);
      while (words.length && GENERIC_ORG_START.test(words[0])) words.shift();
      const meaningful = words.filter((w) => !/^(?:of|and|&|the|de)$/i.test(w));
      if (meaningful.length === 0) continue;
      const named = meaningful.filter((w) => !new RegExp(`^${CORP}$`).test(w));
      if (named.length === 0 || named.every((w) => isMedicalTerm(w) || w.toUpperCase() === "MAXIMUS")) continue;
      if (named.length === 1 && isKnownWord(named[0]) && !isKnownName(named[0])) continue; // "the Company"
      const offset = text.slice(start, end).indexOf(words[0]);
      out.push({ start: start + offset, end, kind: "organization", reason, status: "removed" });
    }
  }
  return out;
}

// --- the name finder on candidate sentences -----------------------------------------------

const CAPITALIZED = /(?<![\p{L}\p{N}'])\p{Lu}\p{Ll}+(?:['-]\p{L}+)?/gu;
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;

const covered = (hits: { start: number; end: number }[], start: number, end: number) =>
  hits.some((h) => h.start < end && h.end > start);

/** A capitalized word the dictionary knows as a name, not the clinical term, not covered. */
function candidateWord(text: string, start: number, end: number, sentenceStart: number): boolean {
  const word = text.slice(start, end).replace(/'s$/, "");
  if (isMedicalTerm(word) || isCommonWord(word) || STOP.has(word.toLowerCase())) return false;
  if (start === sentenceStart && !isKnownName(word)) return false;
  return isKnownName(word);
}

/**
 * The names layer: cue hits (removed) and the name finder's proposals without a cue
 * (doubtful), on folded text. `already` are the spans the other layers found.
 */
export function nameHits(text: string, already: { start: number; end: number }[]): LayerHit[] {
  const out: LayerHit[] = [];
  for (const { regex, reason, strength } of CUES) {
    for (const m of text.matchAll(regex)) {
      const span = m.indices?.groups?.name;
      if (!span) continue;
      const trimmed = trimName(text, span[0], span[1], strength);
      if (!trimmed) continue;
      const [start, end] = trimmed;
      // an eponym written as the clinical term is no name ("Patrick test", "Hawkins sign")
      const words = text.slice(start, end);
      if (strength !== "title" && wordsOf(words).every((w) => isMedicalTerm(w)) && isClinicalUse(text, start, end))
        continue;
      out.push({ start, end, kind: "person", reason, status: "removed" });
    }
  }
  out.push(...organizationHits(text));

  // The name finder reads only the sentences that still hold a word known as a name.
  const done = [...already, ...out];
  for (const sentence of text.matchAll(SENTENCE)) {
    const from = sentence.index;
    const body = sentence[0];
    let candidate = false;
    for (const w of body.matchAll(CAPITALIZED)) {
      const start = from + w.index;
      const end = start + w[0].length;
      if (
        !covered(done, start, end) &&
        candidateWord(text, start, end, from + (body.length - body.trimStart().length))
      ) {
        if (isClinicalUse(text, start, end)) continue;
        candidate = true;
        break;
      }
    }
    if (!candidate) continue;
    const doc = nlp(body);
    const people = doc.people().json({ offset: true }) as {
      text: string;
      offset?: { start: number; length: number };
    }[];
    for (const person of people) {
      if (!person.offset) continue;
      let start = from + person.offset.start;
      let end = start + person.offset.length;
      // the finder takes punctuation and relatives' words along ("daughter Emily", "Brooks,")
      const found = text.slice(start, end);
      const lead = /^(?:[\p{Ll}\s]+|(?:the|The)\s+)/u.exec(found);
      if (lead) start += lead[0].length;
      const tail = /[\s,;:.)]+$/.exec(text.slice(start, end));
      if (tail) end -= tail[0].length;
      if (end <= start || covered(done, start, end)) continue;
      const words = wordsOf(text.slice(start, end));
      if (
        words.length === 0 ||
        words.every((w) => isMedicalTerm(w) || isCommonWord(w) || STOP.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w))
      )
        continue;
      if (isClinicalUse(text, start, end)) continue;
      out.push({
        start,
        end,
        kind: "person",
        reason: "Possible name (found by the name finder, no cue)",
        status: "doubtful",
      });
      done.push({ start, end });
    }
  }
  return out;
}
