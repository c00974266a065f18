// Patterns for the numbers and contact details a published determination must not show
// (IMR-DOMAIN 11, publication): phone numbers, emails, social security numbers, US street
// addresses, ZIP+4, known claim and case-file numbers, known dates of birth (and any date
// labelled DOB), and IMR case numbers other than the letter's own. Regex sources for the "gu"
// flags over folded text (fold.ts). Clinical numbers are safe by construction: claim numbers
// are only removed when known, dates only when they are a known or labelled date of birth,
// and an address needs a house number, a capitalized street name and a street suffix.
import { anyCase, escapeRegex, WORD_END, WORD_START } from "./fold.ts";

const NUM_START = "(?<![\\p{L}\\p{N}])";
const NUM_END = "(?![\\p{L}\\p{N}])";

export const EMAIL = `${NUM_START}[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}${NUM_END}`;

/** (510) 555-0100, 510-555-0100, 510.555.0100, 510 555 0100, +1 510 555 0100, x123. */
export const PHONE = `(?<![\\p{L}\\p{N}+(])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?:\\s*(?:x|ext\\.?|extension)\\s*\\d{1,6})?${NUM_END}`;

/** 123-45-6789, 123 45 6789; after an SSN label also 123456789 and XXX-XX-6789. */
export const SSN = `(?<![\\p{L}\\p{N}-])\\d{3}([- ])\\d{2}\\1\\d{4}(?![\\p{L}\\p{N}]|-\\d)`;
export const LABELLED_SSN = `(?<=(?:SSN|S\\.S\\.N\\.|SS#|${anyCase("social security")}(?:\\s+(?:${anyCase("number")}|${anyCase("no")}\\.?|#))?)\\s*[:#]?\\s*)(?:\\d{3}-?\\d{2}-?\\d{4}|[Xx*]{3}-?[Xx*]{2}-?\\d{4})${NUM_END}`;

export const ZIP4 = `(?<![\\p{L}\\p{N}-])\\d{5}-\\d{4}${NUM_END}`;

const STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|California|CALIFORNIA|Calif";
const STREET_SUFFIXES = [
  "Street",
  "St",
  "Avenue",
  "Ave",
  "Av",
  "Boulevard",
  "Blvd",
  "Road",
  "Rd",
  "Drive",
  "Lane",
  "Ln",
  "Way",
  "Court",
  "Ct",
  "Place",
  "Pl",
  "Parkway",
  "Pkwy",
  "Highway",
  "Hwy",
  "Circle",
  "Cir",
  "Terrace",
  "Ter",
  "Trail",
  "Trl",
  "Plaza",
  "Plz",
  "Square",
  "Sq",
  "Loop",
  "Alley",
  "Expressway",
  "Expy",
  "Freeway",
  "Fwy",
  "Mall",
  "Row",
  "Crescent",
  "Pike",
];
// "Dr" is a street suffix only where a street line ends ("12 Oak Dr, Fresno", "12 Oak Dr Suite 4"),
// never in "2 Spine Dr visits".
const DRIVE = String.raw`(?:Dr|DR)\.?(?=[^\S\n]*(?:[,;)\n]|$|Suite|SUITE|Ste|STE|Unit|UNIT|Apt|APT|#)|\.[^\S\n]+[A-Z])`;
const SUFFIX = `(?:(?:${STREET_SUFFIXES.flatMap((s) => [s, s.toUpperCase()]).join("|")})\\.?${WORD_END}|${DRIVE})`;
// Within one line: an address laid out on two lines is removed line by line, and the line
// break stays.
const UNIT = String.raw`(?:,?[^\S\n]*(?:Suite|SUITE|Ste|STE|Unit|UNIT|Apt|APT|Apartment|Bldg|Building|Floor|FLOOR|Fl|Room|Rm|#)\.?[^\S\n]*#?[^\S\n]*[A-Za-z0-9-]+)`;
const CITY_STATE_ZIP = String.raw`(?:[A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,3},?[^\S\n]+(?:${STATES})\.?[^\S\n]+\d{5}(?:-\d{4})?${NUM_END})`;

/** 1200 Harbor Blvd, Suite 300, Oakland, CA 94612 (unit and city/state/ZIP optional). */
export const STREET_ADDRESS = `${NUM_START}\\d{1,6}[A-Z]?(?:-\\d{1,5})?[^\\S\\n]+(?:(?:[A-Z][A-Za-z'.-]*|\\d+(?:st|nd|rd|th))[^\\S\\n]+){1,4}${SUFFIX}${UNIT}?(?:,?[^\\S\\n]+${CITY_STATE_ZIP})?`;
export const PO_BOX = `${WORD_START}(?:P\\.?\\s?O\\.?\\s*|Post Office\\s+)(?:Box|BOX)\\s+\\d+${UNIT}?(?:,?[^\\S\\n]+${CITY_STATE_ZIP})?`;
/** "Oakland, CA 94612" on its own line, after a street line the pattern above did not join. */
export const CITY_STATE_ZIP_ALONE = `${WORD_START}${CITY_STATE_ZIP}`;

/** IMR case numbers: CM + 2-digit year + 7 digits (lib/cases/case-number.ts). */
export const CASE_NUMBER = `${NUM_START}CM\\s?\\d{2}\\s?-?\\s?\\d{7}${NUM_END}`;
export const compactCaseNumber = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** Separators a number may be written with: "0042-7781", "0042 7781", "0042.7781", "(510) 555". */
const NUMBER_SEPARATOR = String.raw`[\s.\/()_-]{0,3}`;

/** A known claim or case-file number, whatever its spacing, dashes or case. */
export function knownNumberPattern(value: string): string | null {
  const chars = [...value.toUpperCase().replace(/[^A-Z0-9]/g, "")];
  if (chars.length < 4) return null;
  // A number that starts (ends) with a digit may touch letters there: "CLM00427781".
  const start = /\d/.test(chars[0]) ? "(?<![\\p{N}])" : NUM_START;
  const end = /\d/.test(chars[chars.length - 1]) ? "(?![\\p{N}])" : NUM_END;
  return `${start}${chars.map((c) => anyCase(c)).join(NUMBER_SEPARATOR)}${end}`;
}

/** A known phone: its ten digits with any separators, with or without +1. */
export function knownPhonePattern(value: string): string | null {
  let digits = value.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  if (digits.length < 7) return null;
  return `(?<![\\p{N}])(?:\\+?1${NUMBER_SEPARATOR})?\\(?${[...digits].join(NUMBER_SEPARATOR)}(?![\\p{N}])`;
}

export function knownEmailPattern(value: string): string | null {
  const email = value.trim();
  if (!email.includes("@")) return null;
  return `${NUM_START}${[...email].map((c) => (/[@.]/.test(c) ? `\\s*${escapeRegex(c)}\\s*` : anyCase(c))).join("")}${NUM_END}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const month = (m: number) => {
  const name = MONTHS[m - 1];
  const abbreviations = m === 9 ? [name.slice(0, 3), "Sept"] : [name.slice(0, 3)];
  return `(?:${[name, ...abbreviations].map(anyCase).join("|")})\\.?`;
};
const ORDINAL = `(?:${["st", "nd", "rd", "th"].map(anyCase).join("|")})?`;
const ANY_MONTH = `(?:${MONTHS.map((_, i) => month(i + 1)).join("|")})`;
const SEP = "[/.-]";

/** A known date of birth (YYYY-MM-DD) as 05/21/1978, 5-21-78, 1978-05-21, May 21, 1978, 21 May 1978. */
export function knownDatePattern(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return null;
  const [, y, mm, dd] = match;
  const m = Number(mm);
  const d = Number(dd);
  const year = `(?:${y.slice(0, 2)})?${y.slice(2)}`;
  const mNum = `0?${m}`;
  const dNum = `0?${d}`;
  return `(?<![\\p{N}])(?:${mNum}${SEP}${dNum}${SEP}${year}|${y}${SEP}${mNum}${SEP}${dNum}|${month(m)}\\s+${dNum}${ORDINAL},?\\s+${y}|${dNum}${ORDINAL}\\s+${month(m)},?\\s+${y})(?![\\p{N}])`;
}

const ANY_DATE = `(?:\\d{1,2}${SEP}\\d{1,2}${SEP}\\d{2,4}|\\d{4}${SEP}\\d{1,2}${SEP}\\d{1,2}|${ANY_MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}|\\d{1,2}${ORDINAL}\\s+${ANY_MONTH},?\\s+\\d{4})`;
const DOB_LABEL = `(?:DOB|D\\.O\\.B\\.?|${anyCase("date of birth")}|${anyCase("birth date")}|${anyCase("birthdate")}|${anyCase("born on")})`;
/** Any date right after a DOB label ("DOB: 05/21/1978", "date of birth May 21, 1978"); the label stays. */
export const LABELLED_DOB = `(?<=${WORD_START}${DOB_LABEL}\\s*[:#-]?\\s*)${ANY_DATE}(?![\\p{N}])`;

const SAME_WORD: string[][] = [
  ["street", "st"],
  ["avenue", "ave", "av"],
  ["boulevard", "blvd"],
  ["road", "rd"],
  ["drive", "dr"],
  ["lane", "ln"],
  ["court", "ct"],
  ["place", "pl"],
  ["parkway", "pkwy"],
  ["highway", "hwy"],
  ["circle", "cir"],
  ["terrace", "ter"],
  ["trail", "trl"],
  ["plaza", "plz"],
  ["square", "sq"],
  ["expressway", "expy"],
  ["freeway", "fwy"],
  ["north", "n"],
  ["south", "s"],
  ["east", "e"],
  ["west", "w"],
  ["suite", "ste"],
  ["apartment", "apt"],
  ["building", "bldg"],
  ["floor", "fl"],
];

/** What every match of knownAddressPattern holds: a word of its street line written out in full. */
export function knownAddressNeedles(address: string): string[] | undefined {
  const street = address.split(/[,\n]/)[0]?.trim() ?? "";
  const words = street
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ""))
    .filter(Boolean);
  const plain = words.filter((w) => !SAME_WORD.some((group) => group.includes(w.toLowerCase())));
  const longest = plain.sort((a, b) => b.length - a.length)[0];
  return longest ? [longest.toLowerCase()] : undefined;
}

/** A known address: its street line (number and name) in any case and abbreviation, then the usual tail. */
export function knownAddressPattern(address: string): string | null {
  const street = address.split(/[,\n]/)[0]?.trim() ?? "";
  const words = street
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ""))
    .filter(Boolean);
  if (words.length < 2) return null;
  const body = words
    .map((word) => {
      const same = SAME_WORD.find((group) => group.includes(word.toLowerCase())) ?? [word];
      return `(?:${same.map(anyCase).join("|")})\\.?`;
    })
    .join(",?[^\\S\\n]+");
  return `${NUM_START}${body}${WORD_END}${UNIT}?(?:,?[^\\S\\n]+${CITY_STATE_ZIP})?`;
}
