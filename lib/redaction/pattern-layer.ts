// The pattern layer of redaction (IMR-DOMAIN 11): identifiers recognised by their shape and
// validated, whether or not the case record holds them. Runs on folded text (fold.ts):
// - a date equal to a known date of birth in any written form (dates.ts); other dates stay;
// - phone numbers also as a bare ten-digit run (a valid North American number) or with +1;
// - social security numbers also as a bare nine-digit run of a valid SSN shape;
// - numbers after a label: claim, policy, member, record (MRN), account, subscriber, group,
//   WCAB/ADJ and EAMS numbers ("Claim # 05-12345-XY", "Policy No. WC 1234567", "MRN 00123456");
// - a street named after a cue without a house number ("lives on Maple Street"), a street name
//   with an unmistakable suffix ("on Elm Ave."), PO boxes in any case, ZIP codes after a state.
import type { IdentifierKind, KnownIdentifiers } from "./known-identifiers.ts";
import { findDates, parseIsoDate, sameDay, type YMD } from "./dates.ts";

export type LayerHit = {
  start: number;
  end: number;
  kind: IdentifierKind;
  reason: string;
  status: "removed" | "doubtful";
};

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** 5105550100, +15105550100, 1-5105550100: a valid NANP number (area and exchange 2-9). */
const BARE_PHONE = new RegExp(String.raw`(?<![\p{L}\p{N}+-])(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[2-9]\d{6}${E}`, "gu");
/** +1 (510) 555 0100 and other spellings with +1 that the usual phone pattern leaves. */
const PLUS_PHONE = new RegExp(String.raw`\+1[\s.-]*\(?[2-9]\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{4}${E}`, "gu");
/** 123456789: area not 000, 666 or 9xx, group not 00, serial not 0000. */
const BARE_SSN = new RegExp(
  String.raw`(?<![\p{L}\p{N}#/.-])(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}(?![\p{L}\p{N}]|[/.-]\d)`,
  "gu",
);

const NUMBER_WORD = String.raw`(?:[Nn][Oo]\.?|[Nn]umber|NUMBER|[Nn]um\.?|#|[Ii][Dd]|ID\s?#|[Nn]br\.?)`;
const LABELS: [string, IdentifierKind, string][] = [
  [String.raw`[Cc]laim|CLAIM`, "claimNumber", "Claim number (after a label)"],
  [String.raw`[Pp]olicy|POLICY`, "otherNumber", "Policy number (after a label)"],
  [
    String.raw`[Mm]ember|MEMBER|[Ss]ubscriber|SUBSCRIBER|[Gg]roup|GROUP`,
    "otherNumber",
    "Member or group number (after a label)",
  ],
  [
    String.raw`MRN|[Mm]edical\s+[Rr]ecord|MEDICAL\s+RECORD|[Rr]ecord|RECORD|[Cc]hart|CHART|[Pp]atient\s+ID|PATIENT\s+ID`,
    "otherNumber",
    "Medical record number (after a label)",
  ],
  [String.raw`[Aa]ccount|ACCOUNT|[Aa]cct\.?|ACCT\.?`, "otherNumber", "Account number (after a label)"],
  [String.raw`WCAB(?:\s+[Cc]ase)?|EAMS(?:\s+[Cc]ase)?|ADJ`, "otherNumber", "WCAB case number (after a label)"],
];
// A number: digits and letters in groups joined by a dash or a space; each group after the
// first holds a digit, or is a short capital suffix joined by a dash ("05-12345-XY").
const GROUP = String.raw`[A-Za-z0-9]*\d[A-Za-z0-9]*`;
const VALUE = String.raw`(?:[A-Za-z]{1,4}[ -]?)?${GROUP}(?:(?:[ -]|\s-\s)${GROUP})*(?:-[A-Z]{1,4})?`;
// The label words, in lower case, one of which the text must hold for the pattern to run.
const LABEL_NEEDLES: string[][] = [
  ["claim"],
  ["policy"],
  ["member", "subscriber", "group"],
  ["mrn", "record", "chart", "patient"],
  ["account", "acct"],
  ["wcab", "eams", "adj"],
];
const LABELLED = LABELS.map(([label, kind, reason], i) => ({
  kind,
  reason,
  needles: LABEL_NEEDLES[i],
  // "Claim # 05-12345-XY", "Policy No. WC 1234567", "Member ID: ABC123456", "MRN 00123456":
  // the label read forward (a lookbehind first would be tried at every position), the number
  // in the group "value"
  regex: new RegExp(String.raw`${B}(?:${label})(?:\s*${NUMBER_WORD})?\s*[:#]?\s*(?<value>${VALUE})${E}`, "gdu"),
}));
/** A cheap test before the labelled patterns: a text without any label word needs none of them. */
const LABEL_WORDS = /claim|policy|member|subscriber|group|mrn|record|chart|patient\s+id|account|acct|wcab|eams|adj/i;
/** ADJ12345678 / ADJ 1055 4321 anywhere. */
const ADJ = new RegExp(String.raw`${B}ADJ\s?\d{3,4}\s?\d{4}${E}`, "gu");

const STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|California|CALIFORNIA|Calif";
const ZIP_AFTER_STATE = new RegExp(String.raw`(?<=${B}(?:${STATES})\.?,?[^\S\n]+)\d{5}(?:-\d{4})?${E}`, "gu");
const ZIP_LABELLED = new RegExp(
  String.raw`(?<=${B}(?:[Zz][Ii][Pp](?:\s+[Cc]ode)?|[Pp]ostal\s+[Cc]ode)\s*[:#]?\s*)\d{5}(?:-\d{4})?${E}`,
  "gu",
);
const PO_BOX = new RegExp(
  String.raw`${B}(?:[Pp]\.?\s?[Oo]\.?\s*|[Pp]ost\s+[Oo]ffice\s+)[Bb][Oo][Xx]\s*#?\s*\d+${E}`,
  "gu",
);

const STRONG_SUFFIX = String.raw`(?:Street|STREET|St|ST|Avenue|AVENUE|Ave|AVE|Boulevard|BOULEVARD|Blvd|BLVD|Road|ROAD|Rd|RD|Lane|LANE|Ln|LN|Highway|Hwy|Parkway|Pkwy)\.?`;
const ANY_SUFFIX = String.raw`(?:${STRONG_SUFFIX}|Dr|(?:Drive|Way|Court|Ct|Place|Pl|Circle|Cir|Terrace|Ter|Trail|Trl|Plaza|Loop|Alley|Row|Crescent|Pike|Square|Sq)\.?)`;
const STREET_WORD = String.raw`(?:\p{Lu}[\p{L}'-]*|\d+(?:st|nd|rd|th))`;
// "lives on Maple Street", "resides at Elm Ave.", "home on 5th Street", "moved to Oak Lane"
const STREET_AFTER_CUE = new RegExp(
  String.raw`(?<=${B}(?:lives?|living|resides?|residing|reside|home|house|apartment|moved|staying|stays|address(?:\s+is)?)(?:\s+(?:on|at|in|off|to|near))?(?:\s+the)?\s+)(?:\d{1,6}[^\S\n]+)?(?:(?:[NSEW]\.?|North|South|East|West)[^\S\n]+)?${STREET_WORD}(?:[^\S\n]+${STREET_WORD}){0,2}[^\S\n]+${ANY_SUFFIX}(?=[^\p{L}\p{N}]|$)`,
  "gu",
);
// "on Elm Ave.", "near Harbor Boulevard": a capitalized street name with a strong suffix
const PLAIN_SUFFIX = String.raw`(?:Street|STREET|St\.|Avenue|AVENUE|Ave\.?|AVE|Boulevard|BOULEVARD|Blvd\.?|BLVD|Road|ROAD|Rd\.|Lane|LANE|Highway|Hwy\.?|Parkway|Pkwy\.?)`;
const STREET_NAME = new RegExp(
  String.raw`${B}(?:\p{Lu}[\p{Ll}'-]+|\d+(?:st|nd|rd|th))(?:[^\S\n]+\p{Lu}[\p{Ll}'-]+){0,2}[^\S\n]+${PLAIN_SUFFIX}(?=[^\p{L}\p{N}]|$)`,
  "gu",
);
// Words that make "X Street" something other than a street: "St. Mary's", "Wall Street Journal" aside
const NOT_STREET_START = /^(?:The|A|An|On|At|In|Of|And|Or|To|From|Lives|Resides|Home|Moved|Normal|Abnormal)\b/;

function push(
  out: LayerHit[],
  regex: RegExp,
  text: string,
  kind: IdentifierKind,
  reason: string,
  status: LayerHit["status"] = "removed",
) {
  for (const m of text.matchAll(regex)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, kind, reason, status });
  }
}

/** Dates of birth in every written form: a date whose value is a known date of birth. */
export function dateOfBirthHits(text: string, datesOfBirth: YMD[]): LayerHit[] {
  if (datesOfBirth.length === 0) return [];
  const hits: LayerHit[] = [];
  for (const date of findDates(text)) {
    if (date.values.some((v) => datesOfBirth.some((dob) => sameDay(v, dob)))) {
      hits.push({
        start: date.start,
        end: date.end,
        kind: "dateOfBirth",
        reason: date.bare ? "Date of birth (written as bare digits)" : "Date of birth",
        status: "removed",
      });
    }
  }
  return hits;
}

export function patternHits(text: string, known: KnownIdentifiers): LayerHit[] {
  const out: LayerHit[] = [];
  const dobs = known.datesOfBirth.map(parseIsoDate).filter((d): d is YMD => d !== null);
  // most patterns need a digit: a text without one needs none of them
  const digit = /\d/.test(text);
  if (digit) {
    out.push(...dateOfBirthHits(text, dobs));
    push(out, BARE_PHONE, text, "phone", "Phone number");
    if (text.includes("+1")) push(out, PLUS_PHONE, text, "phone", "Phone number");
    push(out, BARE_SSN, text, "ssn", "Social security number (nine digits of an SSN's shape)");
  }
  if (digit && LABEL_WORDS.test(text)) {
    const lower = text.toLowerCase();
    for (const { regex, kind, reason, needles } of LABELLED) {
      if (!needles.some((n) => lower.includes(n))) continue;
      for (const m of text.matchAll(regex)) {
        const span = m.indices?.groups?.value;
        if (span && span[1] > span[0]) out.push({ start: span[0], end: span[1], kind, reason, status: "removed" });
      }
    }
  }
  if (digit) {
    if (text.includes("ADJ")) push(out, ADJ, text, "otherNumber", "WCAB case number");
    push(out, ZIP_AFTER_STATE, text, "address", "ZIP code");
    if (/zip|postal/i.test(text)) push(out, ZIP_LABELLED, text, "address", "ZIP code");
    if (/box/i.test(text)) push(out, PO_BOX, text, "address", "PO box");
  }
  push(out, STREET_AFTER_CUE, text, "address", 'Street (after a word such as "lives on")');
  for (const m of text.matchAll(STREET_NAME)) {
    let start = m.index;
    let found = m[0];
    while (NOT_STREET_START.test(found)) {
      const cut = /^\S+\s+/.exec(found);
      if (!cut) break;
      start += cut[0].length;
      found = found.slice(cut[0].length);
    }
    // a street needs a name before its suffix ("Elm Ave."), not a suffix alone
    if (!/\s/.test(found.trim())) continue;
    out.push({ start, end: m.index + m[0].length, kind: "address", reason: "Street name", status: "removed" });
  }
  return out;
}
