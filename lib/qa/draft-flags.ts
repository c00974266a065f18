// What QA is asked to check in a draft determination before approving it: text that should
// not reach the parties. The letter is a legal document sent to the employee, the employer,
// the claims administrator and the physicians, and the reviewer's identity is confidential
// (Labor Code 4610.6(f): the letter names the reviewer's qualifications, never the reviewer).
// A rationale in which the reviewer names themself, or leaves an internal note ("QA note: …",
// "TODO"), an e-mail address, a phone number or a link to a site the letter does not cite,
// would otherwise be issued as written.
//
// Pure: no database, no clock, no environment. The caller passes the draft's free texts (each
// labelled, "Item 2 rationale"), the reviewer's name and the allowed link hosts
// (lib/config/letter-links.ts); the same function runs for the QA page and again on the server
// when QA approves, so the page and the approval always agree on what is flagged.
//
// The rules, chosen so that ordinary medical prose does not hit:
// - Texts are matched in a folded copy (lib/redaction/fold.ts: accents, curly apostrophes,
//   Unicode dashes and spaces made plain); every span is given back in the ORIGINAL text.
// - REVIEWER_NAME: the reviewer's surname (read from the name by lib/identity/person-name.ts,
//   so "Dr. Jane Q. Smith, M.D." and "Smith, Jane" both give "smith"), in any case and with or
//   without accents, alone or after a title, the given name or its initial, and with a
//   possessive ("Smith's", "Smiths'"). A two-part surname ("Garcia-Lopez", "García López")
//   also hits on each part of three letters or more. A surname that is an ordinary English or
//   clinical word ("Long", "White", "Reviewer") hits only when capitalized and not the first
//   half of a hyphenated word ("Long-term"), or after a title or the given name. Another
//   doctor's name never hits; nor does the given name alone (too common to tell who).
// - INTERNAL_NOTE: whole words only — a letter or digit on either side means no hit, so
//   "quality", "aqua", "Qatar" or "AQAP" never hit "QA":
//     "QA" / "Q.A." (any case); "TODO", "FIXME", "TBD", "TBC" (any case); "XXX" or more X
//     (a placeholder; any case);
//     "note to" followed by self / file / QA / the reviewer / editor / staff / admin / me, or
//     "note to" opening a line, a sentence or a bracket ("Note to Dr. X: …") — but not "the
//     physician's note to the adjuster" in the middle of a sentence;
//     "internal" followed by note(s) / use / only / comment(s) / memo / discussion / draft, or
//     written "INTERNAL" in capitals — never "internal medicine", "internal rotation",
//     "internal derangement";
//     "do not / don't send / issue / include / release / publish", "not for distribution /
//     release";
//     placeholders: "[insert …]", "[add …]", "[fill in …]", "[TBD]", "[date]", "[name]",
//     "[cite …]", "[?]", "[…]", "[XX]", "{{…}}", "<<…>>" — but not "[sic]" or other brackets.
// - EMAIL: an address with a domain (lib/redaction/patterns.ts).
// - PHONE: a ten-digit US number with separators, "(510) 555-0100", "+1 510.555.0100", "x123"
//   (lib/redaction/patterns.ts), and a seven-digit "555-0100" after "phone", "tel", "fax",
//   "cell" or "call". Dates (07/03/2013), ICD codes (M54.5), regulation sections
//   ("9792.24.2") and page ranges ("174-181") never have that shape.
// - URL: "http(s)://…", "www.…" or a bare host with a common top-level domain
//   ("example.com/x"), unless its host is allowed or a subdomain of an allowed host.
// - One span is flagged once: where two rules overlap (a name inside an e-mail address), the
//   first of EMAIL, URL, REVIEWER_NAME, INTERNAL_NOTE, PHONE is kept.
import { parsePerson } from "../identity/person-name.ts";
import { isCommonWord } from "../redaction/common-words.ts";
import { escapeRegex, fold, originalSpan, type Folded } from "../redaction/fold.ts";
import { EMAIL, PHONE } from "../redaction/patterns.ts";

export type DraftFlagKind = "REVIEWER_NAME" | "INTERNAL_NOTE" | "EMAIL" | "PHONE" | "URL";
export const DRAFT_FLAG_KINDS: readonly DraftFlagKind[] = ["REVIEWER_NAME", "INTERNAL_NOTE", "EMAIL", "PHONE", "URL"];

/** One free text of the draft, as it goes into the letter. */
export type DraftField = { field: string; text: string };

export type DraftFlag = {
  /** The label of the text it is in ("Clinical summary", "Item 2 rationale"). */
  field: string;
  kind: DraftFlagKind;
  /** The flagged text as written. */
  excerpt: string;
  /** Its span in the field's text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** Why it is flagged, in words for QA. */
  message: string;
};

/** Hosts of the guideline publishers a letter cites (MTUS at the DWC, ACOEM, MDGuidelines, ODG, NLM, FDA, CMS). */
export const DEFAULT_ALLOWED_URL_HOSTS: readonly string[] = [
  "dir.ca.gov",
  "www.dir.ca.gov",
  "acoem.org",
  "mdguidelines.com",
  "odg-twc.com",
  "ncbi.nlm.nih.gov",
  "pubmed.ncbi.nlm.nih.gov",
  "dailymed.nlm.nih.gov",
  "fda.gov",
  "cms.gov",
];

/** The draft's free texts, labelled as QA sees them. Items are numbered as in the letter (the disputed item's ordinal). */
export function draftFields(draft: {
  clinicalSummary: string;
  amendmentReason?: string | null;
  items: { number?: number; claimsAdminGuideline: string; reviewerGuideline: string; rationale: string }[];
}): DraftField[] {
  const fields: DraftField[] = [];
  if (draft.amendmentReason) fields.push({ field: "Reason for the amendment", text: draft.amendmentReason });
  fields.push({ field: "Clinical summary", text: draft.clinicalSummary });
  draft.items.forEach((item, i) => {
    const n = item.number ?? i + 1;
    fields.push(
      { field: `Item ${n} claims administrator guideline`, text: item.claimsAdminGuideline },
      { field: `Item ${n} reviewer guideline`, text: item.reviewerGuideline },
      { field: `Item ${n} rationale`, text: item.rationale },
    );
  });
  return fields;
}

const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";

type Rule = { kind: DraftFlagKind; regex: RegExp; message: (found: string) => string };

const noteMessage = (found: string) =>
  `"${found.replace(/\s+/g, " ").slice(0, 60)}" reads as a note to the writer or to QA, not text for the parties.`;

const NOTE_TARGETS =
  "(?:self|myself|me|file|the\\s+file|qa|q\\.a\\.?|reviewer|the\\s+reviewer|editor|the\\s+editor|staff|admin|the\\s+admin)";
const PLACEHOLDER_WORDS =
  "(?:insert|add|fill\\s+in|enter|type|tbd|tbc|todo|placeholder|cite|citation|date|name|reviewer|here|x+)";

const INTERNAL_NOTE_RULES: Rule[] = [
  { kind: "INTERNAL_NOTE", regex: new RegExp(`${START}(?:qa|q\\.a\\.?)${END}`, "giu"), message: noteMessage },
  {
    kind: "INTERNAL_NOTE",
    regex: new RegExp(`${START}(?:todo|fixme|tbd|tbc|x{3,})${END}`, "giu"),
    message: noteMessage,
  },
  {
    kind: "INTERNAL_NOTE",
    regex: new RegExp(`${START}notes?\\s+to\\s+${NOTE_TARGETS}${END}`, "giu"),
    message: noteMessage,
  },
  {
    kind: "INTERNAL_NOTE",
    regex: new RegExp(`(?<=(?:^|[.!?;:(\\[*\\-\\u2022])[^\\S\\n]*)notes?\\s+to${END}`, "gimu"),
    message: noteMessage,
  },
  {
    kind: "INTERNAL_NOTE",
    regex: new RegExp(`${START}internal\\s+(?:notes?|use|only|comments?|memo|discussion|draft)${END}`, "giu"),
    message: noteMessage,
  },
  { kind: "INTERNAL_NOTE", regex: new RegExp(`${START}INTERNAL${END}`, "gu"), message: noteMessage },
  {
    kind: "INTERNAL_NOTE",
    regex: new RegExp(
      `${START}(?:(?:do\\s+not|don'?t)\\s+(?:send|issue|include|release|publish)|not\\s+for\\s+(?:distribution|release))${END}`,
      "giu",
    ),
    message: noteMessage,
  },
  {
    kind: "INTERNAL_NOTE",
    regex: new RegExp(
      `\\[\\s*(?:${PLACEHOLDER_WORDS}${END}[^\\]\\n]{0,80}|\\?+\\s*|\\.{2,}\\s*|\u2026\\s*|)\\]|\\{\\{[^{}\\n]{0,80}\\}\\}|<<[^<>\\n]{0,80}>>`,
      "giu",
    ),
    message: (found) => `"${found.slice(0, 60)}" is a placeholder left to fill in.`,
  },
];

const CONTACT_RULES: Rule[] = [
  {
    kind: "EMAIL",
    regex: new RegExp(EMAIL, "gu"),
    message: () => "An e-mail address: contact details of the reviewer or staff do not belong in the letter.",
  },
  {
    kind: "PHONE",
    regex: new RegExp(PHONE, "gu"),
    message: () => "A phone number: contact details of the reviewer or staff do not belong in the letter.",
  },
  {
    kind: "PHONE",
    regex: new RegExp(
      `(?<=${START}(?:phone|tel|telephone|fax|cell|mobile|call)[.:#]?\\s*(?:(?:at|is|number|no\\.?)\\s*)?)\\d{3}[\\s.-]\\d{4}${END}`,
      "giu",
    ),
    message: () => "A phone number: contact details of the reviewer or staff do not belong in the letter.",
  },
];

const URL_REGEX = new RegExp(
  `(?<![\\p{L}\\p{N}@.\\-/])(?:https?:\\/\\/[^\\s<>"'\\[\\]()]+|www\\.[^\\s<>"'\\[\\]()]+|(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|io|us|info)(?::\\d+)?(?:\\/[^\\s<>"'\\[\\]()]*)?)(?![\\p{L}\\p{N}@])`,
  "giu",
);

/** The host of a link as written ("https://WWW.Example.com:8080/x" -> "www.example.com"). */
export function urlHost(url: string): string {
  return url
    .replace(/^https?:\/\//i, "")
    .replace(/^[^/@]*@/, "")
    .split(/[/:?#]/)[0]
    .toLowerCase()
    .replace(/\.+$/, "");
}

export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => {
    const h = a
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/\/.*$/, "")
      .replace(/\.+$/, "");
    return h.length > 0 && (host === h || host.endsWith(`.${h}`));
  });
}

type Span = { kind: DraftFlagKind; start: number; end: number; message: string };

function runRules(text: string, rules: Rule[]): Span[] {
  const spans: Span[] = [];
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (const m of text.matchAll(rule.regex)) {
      if (m[0].length === 0) continue;
      spans.push({ kind: rule.kind, start: m.index, end: m.index + m[0].length, message: rule.message(m[0]) });
    }
  }
  return spans;
}

function urlSpans(text: string, allowed: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(URL_REGEX)) {
    // a sentence's closing punctuation is not part of the link
    const found = m[0].replace(/[.,;:!?'"]+$/, "");
    const host = urlHost(found);
    if (!host || isAllowedHost(host, allowed)) continue;
    spans.push({
      kind: "URL",
      start: m.index,
      end: m.index + found.length,
      message: `A link to ${host}, which is not one of the guideline publishers the letter may cite.`,
    });
  }
  return spans;
}

// --- the reviewer's name ------------------------------------------------------------------

const TITLES = "(?:dr|dra|doctor|prof|professor|mr|mrs|ms)\\.?";
const PARTICLES = "(?:de|del|della|la|le|los|las|van|von|der|den|da|di|du|dos|das|ter|ten|y|al|el)";

type NameMatcher = { regex: RegExp; common: Set<string> };

/** A regex for the reviewer's name in a folded text; null when the name gives no surname. */
function reviewerNameMatcher(reviewerName: string): NameMatcher | null {
  const person = parsePerson(reviewerName);
  const readings = person.parses.filter((p) => !p.swapped);
  if (readings.length === 0) return null;
  const surnames = new Set<string>();
  const givens = new Set<string>();
  const middles = new Set<string>();
  readings.forEach((p, i) => {
    if (p.surname.length === 0) return;
    surnames.add(p.surname.map(escapeRegex).join("[\\s-]+"));
    // the parts of a two-part surname alone ("Garcia" of "Garcia-Lopez"), for the name as written first
    if (i === 0 && p.surname.length > 1)
      for (const part of p.surname) if (part.length >= 3) surnames.add(escapeRegex(part));
    if (p.given) givens.add(escapeRegex(p.given));
    for (const m of p.middles) middles.add(escapeRegex(m));
  });
  if (surnames.size === 0) return null;
  const initials = new Set([...givens].map((g) => g[0]));
  const givenForms = [...givens, ...[...initials].map((c) => `${c}\\.?`)];
  const middleForms = [...middles, ...[...new Set([...middles].map((m) => m[0]))].map((c) => `${c}\\.?`)];
  const given =
    givenForms.length > 0
      ? `(?:(?:${givenForms.join("|")})(?:\\s+(?:${middleForms.length > 0 ? middleForms.join("|") : "\\p{L}\\."}))?\\s+)`
      : "";
  // group 1: title or given name before the surname; group 2: the surname
  const source =
    `${START}((?:${TITLES}\\s+)?${given ? `${given}?` : ""}(?:${PARTICLES}\\s+)*)` +
    `(${[...surnames].sort((a, b) => b.length - a.length).join("|")})(?:'s|s'|')?${END}`;
  const common = new Set([...surnames].filter((s) => /^[a-z]+$/.test(s) && isCommonWord(s)));
  return { regex: new RegExp(source, "giu"), common };
}

function nameSpans(folded: string, matcher: NameMatcher | null): Span[] {
  if (!matcher) return [];
  const spans: Span[] = [];
  for (const m of folded.matchAll(matcher.regex)) {
    const [whole, before, surname] = m;
    const surnameAt = m.index + before.length;
    if (matcher.common.has(surname.toLowerCase()) && before.trim() === "") {
      // an ordinary word: only as a name (capitalized, not "Long-term")
      if (!/^\p{Lu}/u.test(surname)) continue;
      if (/^-\p{L}/u.test(folded.slice(surnameAt + surname.length, surnameAt + surname.length + 2))) continue;
    }
    spans.push({
      kind: "REVIEWER_NAME",
      start: m.index,
      end: m.index + whole.length,
      message:
        "The reviewer's own name: the reviewer's identity is confidential and must not appear in the letter (Labor Code 4610.6(f)).",
    });
  }
  return spans;
}

// --- putting it together ------------------------------------------------------------------

const PRIORITY: Record<DraftFlagKind, number> = { EMAIL: 0, URL: 1, REVIEWER_NAME: 2, INTERNAL_NOTE: 3, PHONE: 4 };

function keepFirst(spans: Span[]): Span[] {
  const kept: Span[] = [];
  const ordered = [...spans].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  for (const s of ordered) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

function flagsOfText(field: DraftField, matcher: NameMatcher | null, allowed: readonly string[]): DraftFlag[] {
  const original = typeof field.text === "string" ? field.text : "";
  if (original.trim() === "") return [];
  const folded: Folded = fold(original);
  const spans = keepFirst([
    ...runRules(folded.text, CONTACT_RULES),
    ...urlSpans(folded.text, allowed),
    ...nameSpans(folded.text, matcher),
    ...runRules(folded.text, INTERNAL_NOTE_RULES),
  ]);
  return spans.map((s) => {
    const [start, end] = originalSpan(original, folded, s.start, s.end);
    return { field: field.field, kind: s.kind, excerpt: original.slice(start, end), start, end, message: s.message };
  });
}

/** Everything in the draft's free texts QA should check before approving, field by field, in reading order. */
export function findDraftFlags({
  fields,
  reviewerName,
  allowedUrlHosts = DEFAULT_ALLOWED_URL_HOSTS,
}: {
  fields: DraftField[];
  reviewerName: string;
  allowedUrlHosts?: readonly string[];
}): DraftFlag[] {
  const matcher = reviewerNameMatcher(reviewerName);
  return fields.flatMap((field) => flagsOfText(field, matcher, allowedUrlHosts));
}

/** How many of each kind (kinds with none left out), for the audit record. */
export function countFlags(flags: DraftFlag[]): Partial<Record<DraftFlagKind, number>> {
  const counts: Partial<Record<DraftFlagKind, number>> = {};
  for (const kind of DRAFT_FLAG_KINDS) {
    const n = flags.filter((f) => f.kind === kind).length;
    if (n > 0) counts[kind] = n;
  }
  return counts;
}
