// What a case knows about the people and numbers it names, as the input of redaction.
// Rule (IMR-DOMAIN 11, publication): every final determination is published in redacted
// form. The published copy removes the names of the employee, employer, claims administrator,
// physicians and any other person or organization known to the case, claim and case-file
// numbers other than the IMR case number, addresses, phone numbers, email addresses, dates of
// birth and social security numbers; it keeps age, sex, dates of service and the clinical text.
// The caller fills this from the case's own records (parties, requesting physician, UR
// reviewer, facility, employer, representative ...); lib/redaction itself reads no database.

export type KnownIdentifiers = {
  /** Every person named in the case record; `role` is informational ("EMPLOYEE", "UR_REVIEWER"...). */
  people: { name: string; role?: string }[];
  /** Employer, claims administrator, insurer, UR organization, medical groups, facilities. */
  organizations: string[];
  /** Claim numbers as recorded; matched whatever the spacing, dashes or case in the letter. */
  claimNumbers: string[];
  /** Other case-file numbers (WCAB ADJ numbers, policy, UR reference, NPI ...), same matching. */
  otherNumbers?: string[];
  /** Street addresses as recorded ("1200 Harbor Blvd, Suite 300, Oakland, CA 94612"). */
  addresses: string[];
  phones: string[];
  emails: string[];
  /** YYYY-MM-DD. Only these dates are removed as dates of birth (plus any date labelled "DOB"). */
  datesOfBirth: string[];
  /** Social security numbers on file (any unknown SSN-shaped number is removed anyway). */
  ssns?: string[];
  /** The IMR case number of this letter (CMyy-nnnnnnn): kept; any other CM number is removed. */
  keepCaseNumber: string;
};

export type IdentifierKind =
  | "person"
  | "organization"
  | "claimNumber"
  | "otherNumber"
  | "caseNumber"
  | "address"
  | "phone"
  | "email"
  | "dateOfBirth"
  | "ssn";

/** Order of the `removed` summary. */
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [
  "person",
  "organization",
  "claimNumber",
  "otherNumber",
  "caseNumber",
  "address",
  "phone",
  "email",
  "dateOfBirth",
  "ssn",
];

export type RemovedCount = { kind: IdentifierKind; count: number };

/**
 * An identifier still present after redaction. `value` is the identifier from the case
 * record it matches (or, for a pattern with no record behind it, such as an unknown email,
 * the text found); `found` is the text as it appears in the letter.
 */
export type Leak = { kind: IdentifierKind; value: string; found: string };

export const emptyKnownIdentifiers = (keepCaseNumber: string): KnownIdentifiers => ({
  people: [],
  organizations: [],
  claimNumbers: [],
  otherNumbers: [],
  addresses: [],
  phones: [],
  emails: [],
  datesOfBirth: [],
  ssns: [],
  keepCaseNumber,
});
