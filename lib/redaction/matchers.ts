// Everything redaction looks for in one letter (IMR-DOMAIN 11): the case's own identifiers in
// all their written variants, plus the patterns no case record is needed for (phones, emails,
// SSNs, addresses, labelled dates of birth, other IMR case numbers). The same list drives the
// redaction (redact.ts) and the leak check (leak-check.ts), so a letter that was redacted
// with the case's identifiers passes the check, and any survivor blocks publication.
import { DualRegex, isAscii } from "./fold.ts";
import type { IdentifierKind, KnownIdentifiers } from "./known-identifiers.ts";
import { CREDENTIAL_TAIL, CREDENTIALS, personVariants, organizationVariants } from "./name-variants.ts";
import { organizationWords } from "./organization-variants.ts";
import { parsePersonName } from "./person-name.ts";
import {
  CASE_NUMBER,
  CITY_STATE_ZIP_ALONE,
  compactCaseNumber,
  EMAIL,
  knownAddressPattern,
  knownDatePattern,
  knownAddressNeedles,
  knownEmailPattern,
  knownNumberPattern,
  knownPhonePattern,
  LABELLED_DOB,
  LABELLED_SSN,
  PHONE,
  PO_BOX,
  SSN,
  STREET_ADDRESS,
  ZIP4,
} from "./patterns.ts";

export type Matcher = {
  kind: IdentifierKind;
  /** The identifier from the case record, or null for a pattern with no record behind it. */
  value: string | null;
  regex: RegExp;
  /** A match this returns true for is left in place (the letter's own IMR case number). */
  keep?: (found: string) => boolean;
  /** In words, for the review page ("Employee's name", "Phone number"). */
  reason?: string;
  /**
   * The precondition that makes redaction proportional to what a text holds: lower-case
   * pieces one of which every match contains (a surname, a distinctive word, "@"). The
   * regex runs only on a text whose lower-cased copy holds one of them; none: always.
   */
  needles?: readonly string[];
  /**
   * A second precondition, checked like `needles` and only together with it: every match also
   * holds one of these ("Bob Smith" holds "smith" and "bob"), so that a name's variants that
   * need a given name, a nickname or an initial with its period compile only where it occurs.
   */
  alsoNeedles?: readonly string[];
  /** A third precondition, in code, on the lower-case text ("smith" followed by a comma): false when no match is possible. */
  precheck?: (lower: string) => boolean;
  /** Every match holds a digit: the regex runs only on a text with a digit. */
  digits?: boolean;
  /** The same pattern for a plain ASCII text, cheaper to compile (fold.ts, asciiSource). */
  asciiRegex?: RegExp;
  /**
   * The regex to run on one text (lazyMatcher): the ASCII form on ASCII text, and on a text
   * where no credential is written (CREDENTIALS matches nowhere) the pattern without its
   * credentials tail, half the size to compile; null when no match is possible there.
   */
  regexFor?: (probe: Probe) => RegExp | null;
};

export type Hit = {
  kind: IdentifierKind;
  value: string | null;
  start: number;
  end: number;
  found: string;
  reason?: string;
};

/**
 * What the preconditions of the matchers are checked against: one text, looked at once.
 * credentials: whether CREDENTIALS (name-variants.ts) matches anywhere in it (unknown: yes).
 */
export type Probe = { lower: string; digit: boolean; ascii: boolean; credentials?: boolean };
const CREDENTIAL_ANYWHERE = new DualRegex(CREDENTIALS, "u");
export const probeText = (text: string): Probe => {
  const ascii = isAscii(text);
  return {
    lower: text.toLowerCase(),
    digit: /\d/.test(text),
    ascii,
    credentials: CREDENTIAL_ANYWHERE.for(ascii).test(text),
  };
};

/** True when the text may hold a match of the matcher (its precondition holds). */
export function mayMatch(
  matcher: Pick<Matcher, "needles" | "digits" | "alsoNeedles" | "precheck">,
  probe: Probe,
): boolean {
  if (matcher.digits && !probe.digit) return false;
  return (
    holdsOne(matcher.needles, probe.lower) &&
    holdsOne(matcher.alsoNeedles, probe.lower) &&
    (matcher.precheck?.(probe.lower) ?? true)
  );
}
const holdsOne = (needles: readonly string[] | undefined, lower: string): boolean => {
  if (!needles) return true;
  for (const needle of needles) if (lower.includes(needle)) return true;
  return false;
};

/**
 * A matcher whose regex is compiled on first use: most of a case's name variants are never
 * needed in a given letter, and compiling (and the first run of) a Unicode regex costs more
 * than a run over a three-page letter.
 */
export function lazyMatcher(fields: Omit<Matcher, "regex" | "asciiRegex" | "regexFor">, source: string): Matcher {
  const dual = new DualRegex(source, "gu");
  // Where CREDENTIALS matches nowhere in a text, the optional tail CREDENTIAL_TAIL can only
  // match nothing: the pattern without it finds exactly the same there. A CREDENTIALS left
  // after the tail is taken out is a required one ("Smith, M.D."): no match is possible there.
  const plainSource = source.includes(CREDENTIAL_TAIL) ? source.split(CREDENTIAL_TAIL).join("") : source;
  const needsCredential = plainSource.includes(CREDENTIALS);
  const plain = plainSource === source ? dual : new DualRegex(plainSource, "gu");
  return {
    ...fields,
    get regex(): RegExp {
      return dual.unicode;
    },
    get asciiRegex(): RegExp {
      return dual.ascii;
    },
    regexFor(probe: Probe): RegExp | null {
      if (probe.credentials !== false) return dual.for(probe.ascii);
      return needsCredential ? null : plain.for(probe.ascii);
    },
  };
}

const compile = (source: string): RegExp => new RegExp(source, "gu");

/** Names that parse the same ("SMITH, JOHN" and "Dr. John Smith") need their patterns once. */
function uniqueNames(names: string[], key: (name: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const k = key(name).toLowerCase();
    if (k.length > 0 && !seen.has(k)) seen.set(k, name);
  }
  return [...seen.values()];
}
type Precondition = Pick<Matcher, "needles" | "digits" | "alsoNeedles" | "precheck">;
function add(
  list: Matcher[],
  kind: IdentifierKind,
  value: string | null,
  source: string | null,
  reason?: string,
  pre: Precondition = {},
) {
  if (source) list.push(lazyMatcher({ kind, value, reason: reason ?? defaultReason(kind, value), ...pre }, source));
}

const KIND_REASON: Record<IdentifierKind, [string, string]> = {
  person: ["Name of a person in the case record", "Person's name"],
  organization: ["Name of an organization in the case record", "Organization's name"],
  claimNumber: ["Claim number of the case", "Claim number"],
  otherNumber: ["Case-file number of the case", "Case-file number"],
  caseNumber: ["Another IMR case number", "Another IMR case number"],
  address: ["Address in the case record", "Street address"],
  phone: ["Phone number in the case record", "Phone number"],
  email: ["Email address in the case record", "Email address"],
  dateOfBirth: ["Date of birth in the case record", "Date of birth (after a label)"],
  ssn: ["Social security number in the case record", "Social security number"],
};
const defaultReason = (kind: IdentifierKind, value: string | null) => KIND_REASON[kind][value === null ? 1 : 0];

const ROLE_WORDS: Record<string, string> = {
  EMPLOYEE: "Employee's name",
  REPRESENTATIVE: "Representative's name",
  REQUESTING_PHYSICIAN: "Requesting physician's name",
  UR_REVIEWER: "UR reviewer's name",
  REVIEWER: "Reviewer's name",
};
/** "Employee's name", or the generic words for a person without a known role. */
export const personReason = (role: string | undefined): string => (role && ROLE_WORDS[role]) ?? KIND_REASON.person[0];

const personKey = (name: string) => JSON.stringify(parsePersonName(name) ?? "");
const organizationKey = (name: string) => organizationWords(name).core.join(" ");

// The patterns with no record behind them: compiled once for every letter.
const STATIC: Matcher[] = [];
const addStatic = (kind: IdentifierKind, source: string, pre: Precondition) =>
  add(STATIC, kind, null, source, undefined, pre);
addStatic("phone", PHONE, { digits: true });
addStatic("email", EMAIL, { needles: ["@"] });
addStatic("ssn", SSN, { digits: true });
addStatic("ssn", LABELLED_SSN, { digits: true, needles: ["ssn", "s.s.n", "ss#", "social security"] });
addStatic("address", STREET_ADDRESS, { digits: true });
addStatic("address", PO_BOX, { digits: true, needles: ["box"] });
addStatic("address", CITY_STATE_ZIP_ALONE, { digits: true });
addStatic("address", ZIP4, { digits: true, needles: ["-"] });
addStatic("dateOfBirth", LABELLED_DOB, {
  digits: true,
  needles: ["dob", "d.o.b", "date of birth", "birth date", "birthdate", "born on"],
});
const CASE_NUMBER_REGEX = compile(CASE_NUMBER);

export function buildMatchers(known: KnownIdentifiers): Matcher[] {
  const list: Matcher[] = [];
  for (const person of uniqueNames(
    known.people.map((p) => p.name),
    personKey,
  )) {
    const role = known.people.find((p) => p.name === person)?.role;
    for (const variant of personVariants(person))
      add(list, "person", person, variant.source, personReason(role), {
        needles: variant.needles,
        alsoNeedles: variant.alsoNeedles,
        precheck: variant.precheck,
      });
  }
  for (const organization of uniqueNames(known.organizations, organizationKey)) {
    for (const variant of organizationVariants(organization))
      add(list, "organization", organization, variant.source, undefined, { needles: variant.needles });
  }
  const digits = (value: string | null | undefined): Precondition => ({ digits: /\d/.test(value ?? "") });
  for (const claim of known.claimNumbers)
    add(list, "claimNumber", claim, knownNumberPattern(claim), undefined, digits(claim));
  for (const other of known.otherNumbers ?? [])
    add(list, "otherNumber", other, knownNumberPattern(other), undefined, digits(other));
  for (const ssn of known.ssns ?? []) add(list, "ssn", ssn, knownNumberPattern(ssn), undefined, digits(ssn));
  for (const phone of known.phones) add(list, "phone", phone, knownPhonePattern(phone), undefined, { digits: true });
  for (const email of known.emails) add(list, "email", email, knownEmailPattern(email), undefined, { needles: ["@"] });
  for (const address of known.addresses)
    add(list, "address", address, knownAddressPattern(address), undefined, { needles: knownAddressNeedles(address) });
  for (const dob of known.datesOfBirth)
    add(list, "dateOfBirth", dob, knownDatePattern(dob), undefined, { digits: true });

  list.push(...STATIC);
  const keep = compactCaseNumber(known.keepCaseNumber);
  list.push({
    kind: "caseNumber",
    value: null,
    regex: CASE_NUMBER_REGEX,
    keep: (found) => compactCaseNumber(found) === keep,
    reason: "Another IMR case number",
    needles: ["cm"],
    digits: true,
  });
  return list;
}

/** Every match of every matcher in the (folded) text, overlapping ones included. */
export function findHits(text: string, matchers: Matcher[], probe: Probe = probeText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const matcher of matchers) {
    if (!mayMatch(matcher, probe)) continue;
    const regex = matcher.regexFor
      ? matcher.regexFor(probe)
      : probe.ascii
        ? (matcher.asciiRegex ?? matcher.regex)
        : matcher.regex;
    if (regex === null) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const found = match[0];
      if (found.length === 0) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      if (matcher.keep?.(found)) continue;
      hits.push({
        kind: matcher.kind,
        value: matcher.value,
        start: match.index,
        end: match.index + found.length,
        found,
        reason: matcher.reason,
      });
    }
  }
  return hits;
}
