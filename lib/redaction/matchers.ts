// Everything redaction looks for in one letter (IMR-DOMAIN 11): the case's own identifiers in
// all their written variants, plus the patterns no case record is needed for (phones, emails,
// SSNs, addresses, labelled dates of birth, other IMR case numbers). The same list drives the
// redaction (redact.ts) and the leak check (leak-check.ts), so a letter that was redacted
// with the case's identifiers passes the check, and any survivor blocks publication.
import type { IdentifierKind, KnownIdentifiers } from "./known-identifiers.ts";
import { personVariants, organizationVariants } from "./name-variants.ts";
import { organizationWords } from "./organization-variants.ts";
import { parsePersonName } from "./person-name.ts";
import {
  CASE_NUMBER, CITY_STATE_ZIP_ALONE, compactCaseNumber, EMAIL, knownAddressPattern, knownDatePattern,
  knownEmailPattern, knownNumberPattern, knownPhonePattern, LABELLED_DOB, LABELLED_SSN, PHONE, PO_BOX, SSN,
  STREET_ADDRESS, ZIP4,
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
};

export type Hit = { kind: IdentifierKind; value: string | null; start: number; end: number; found: string; reason?: string };

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
function add(list: Matcher[], kind: IdentifierKind, value: string | null, source: string | null, reason?: string) {
  if (source) list.push({ kind, value, regex: compile(source), reason: reason ?? defaultReason(kind, value) });
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
  EMPLOYEE: "Employee's name", REPRESENTATIVE: "Representative's name", REQUESTING_PHYSICIAN: "Requesting physician's name",
  UR_REVIEWER: "UR reviewer's name", REVIEWER: "Reviewer's name",
};
/** "Employee's name", or the generic words for a person without a known role. */
export const personReason = (role: string | undefined): string => (role && ROLE_WORDS[role]) ?? KIND_REASON.person[0];

const personKey = (name: string) => JSON.stringify(parsePersonName(name) ?? "");
const organizationKey = (name: string) => organizationWords(name).core.join(" ");

export function buildMatchers(known: KnownIdentifiers): Matcher[] {
  const list: Matcher[] = [];
  for (const person of uniqueNames(known.people.map((p) => p.name), personKey)) {
    const role = known.people.find((p) => p.name === person)?.role;
    for (const variant of personVariants(person)) add(list, "person", person, variant.source, personReason(role));
  }
  for (const organization of uniqueNames(known.organizations, organizationKey)) {
    for (const variant of organizationVariants(organization)) add(list, "organization", organization, variant.source);
  }
  for (const claim of known.claimNumbers) add(list, "claimNumber", claim, knownNumberPattern(claim));
  for (const other of known.otherNumbers ?? []) add(list, "otherNumber", other, knownNumberPattern(other));
  for (const ssn of known.ssns ?? []) add(list, "ssn", ssn, knownNumberPattern(ssn));
  for (const phone of known.phones) add(list, "phone", phone, knownPhonePattern(phone));
  for (const email of known.emails) add(list, "email", email, knownEmailPattern(email));
  for (const address of known.addresses) add(list, "address", address, knownAddressPattern(address));
  for (const dob of known.datesOfBirth) add(list, "dateOfBirth", dob, knownDatePattern(dob));

  add(list, "phone", null, PHONE);
  add(list, "email", null, EMAIL);
  add(list, "ssn", null, SSN);
  add(list, "ssn", null, LABELLED_SSN);
  add(list, "address", null, STREET_ADDRESS);
  add(list, "address", null, PO_BOX);
  add(list, "address", null, CITY_STATE_ZIP_ALONE);
  add(list, "address", null, ZIP4);
  add(list, "dateOfBirth", null, LABELLED_DOB);
  const keep = compactCaseNumber(known.keepCaseNumber);
  list.push({ kind: "caseNumber", value: null, regex: compile(CASE_NUMBER), keep: (found) => compactCaseNumber(found) === keep, reason: "Another IMR case number" });
  return list;
}

/** Every match of every matcher in the (folded) text, overlapping ones included. */
export function findHits(text: string, matchers: Matcher[]): Hit[] {
  const hits: Hit[] = [];
  for (const matcher of matchers) {
    for (const match of text.matchAll(matcher.regex)) {
      const found = match[0];
      if (found.length === 0 || matcher.keep?.(found)) continue;
      hits.push({ kind: matcher.kind, value: matcher.value, start: match.index, end: match.index + found.length, found, reason: matcher.reason });
    }
  }
  return hits;
}
