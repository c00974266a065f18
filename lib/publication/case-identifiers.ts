// The identifiers a case knows about, as the input of redaction (lib/redaction), built from
// the case's own records (IMR-DOMAIN 11, publication): every party's name (people and
// organizations), its organization, identifier (NPI, ADJ or UR reference), address, phone,
// email and date of birth; its directory entry's name and aliases; the claim number; and the reviewer's name, which the letter never
// prints (Labor Code 4610.6(f)) but which must not reach the public copy by any other way.
import type { PartyRole } from "../db/generated/enums.ts";
import { emptyKnownIdentifiers, type KnownIdentifiers } from "../redaction/known-identifiers.ts";

/** Parties recorded as a person; every other role names an organization. */
const PERSON_ROLES: readonly PartyRole[] = ["EMPLOYEE", "REPRESENTATIVE", "REQUESTING_PHYSICIAN", "UR_REVIEWER"];

export type CaseIdentityRecord = {
  caseNumber: string;
  claimNumber: string;
  parties: {
    role: PartyRole;
    name: string;
    organization: string | null;
    identifier: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    dateOfBirth: Date | null;
    /** the party's directory entry: its name and every alias it is written under */
    directoryOrganization?: { name: string; aliases: string[] } | null;
  }[];
  /** the reviewers of the case's determinations */
  reviewerNames: string[];
};

const present = (value: string | null | undefined): value is string =>
  typeof value === "string" && value.trim().length > 0;
const unique = (values: (string | null | undefined)[]): string[] => [
  ...new Set(values.filter(present).map((v) => v.trim())),
];

export function caseIdentifiers(record: CaseIdentityRecord): KnownIdentifiers {
  const { parties } = record;
  const people = [
    ...parties
      .filter((p) => PERSON_ROLES.includes(p.role) && present(p.name))
      .map((p) => ({ name: p.name.trim(), role: p.role })),
    ...unique(record.reviewerNames).map((name) => ({ name, role: "REVIEWER" })),
  ];
  return {
    ...emptyKnownIdentifiers(record.caseNumber),
    people,
    organizations: unique([
      ...parties.filter((p) => !PERSON_ROLES.includes(p.role)).map((p) => p.name),
      ...parties.map((p) => p.organization),
      ...parties.flatMap((p) =>
        p.directoryOrganization ? [p.directoryOrganization.name, ...p.directoryOrganization.aliases] : [],
      ),
    ]),
    claimNumbers: unique([record.claimNumber]),
    otherNumbers: unique(parties.map((p) => p.identifier)),
    addresses: unique(parties.map((p) => p.address)),
    phones: unique(parties.map((p) => p.phone)),
    emails: unique(parties.map((p) => p.email)),
    datesOfBirth: unique(parties.map((p) => (p.dateOfBirth ? p.dateOfBirth.toISOString().slice(0, 10) : null))),
  };
}
