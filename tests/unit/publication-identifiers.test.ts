// The identifiers a case gives the redaction: people and organizations by party role, every
// recorded contact detail and number, the reviewer's name; blanks and repeats dropped.
import { caseIdentifiers, type CaseIdentityRecord } from "@/lib/publication/case-identifiers.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import type { PartyRole } from "@/lib/db/generated/enums.ts";

const party = (role: PartyRole, name: string, more: Partial<CaseIdentityRecord["parties"][number]> = {}) => ({
  role,
  name,
  organization: null,
  identifier: null,
  address: null,
  phone: null,
  email: null,
  dateOfBirth: null,
  ...more,
});

const RECORD: CaseIdentityRecord = {
  caseNumber: "CM24-0012345",
  claimNumber: " 0042-7781-01 ",
  reviewerNames: ["Dr. Helen Okafor", "Dr. Helen Okafor"],
  parties: [
    party("EMPLOYEE", "María Elena García-López", {
      address: "1200 Harbor Blvd, Oakland, CA 94612",
      phone: "(510) 555-0100",
      email: "mgl@example.com",
      dateOfBirth: new Date("1978-05-21T00:00:00Z"),
    }),
    party("EMPLOYER", "Pacific Coast Builders, Inc."),
    party("CLAIMS_ADMINISTRATOR", "ACME INSURANCE CO", {
      address: "PO Box 4410, Sacramento, CA 95812",
      phone: "916-555-0142",
    }),
    party("REQUESTING_PHYSICIAN", "John Q. Smith, M.D.", {
      identifier: "1234567893",
      organization: "Bay Area Spine & Pain Group",
      email: "jsmith@bayareaspine.com",
    }),
    party("REPRESENTATIVE", "de la Cruz, Antonio"),
    party("UR_ORGANIZATION", "Western UR Services LLC", { identifier: "UR-88123" }),
    party("UR_REVIEWER", "Dr. Patrick O'Neil"),
    party("FACILITY", "  "),
  ],
};

describe("caseIdentifiers", () => {
  const known = caseIdentifiers(RECORD);

  it("keeps the case's own IMR case number", () => {
    expect(known.keepCaseNumber).toBe("CM24-0012345");
  });

  it.each([
    ["EMPLOYEE", "María Elena García-López", "person"],
    ["REQUESTING_PHYSICIAN", "John Q. Smith, M.D.", "person"],
    ["REPRESENTATIVE", "de la Cruz, Antonio", "person"],
    ["UR_REVIEWER", "Dr. Patrick O'Neil", "person"],
    ["REVIEWER", "Dr. Helen Okafor", "person"],
    ["EMPLOYER", "Pacific Coast Builders, Inc.", "organization"],
    ["CLAIMS_ADMINISTRATOR", "ACME INSURANCE CO", "organization"],
    ["UR_ORGANIZATION", "Western UR Services LLC", "organization"],
    ["physician's organization", "Bay Area Spine & Pain Group", "organization"],
  ])("%s %j is a %s", (_role, name, kind) => {
    const people = known.people.map((p) => p.name);
    expect(kind === "person" ? people : known.organizations).toContain(name);
    expect(kind === "person" ? known.organizations : people).not.toContain(name);
  });

  it("takes every recorded number and contact detail, once, blanks dropped", () => {
    expect(known.people.filter((p) => p.name === "Dr. Helen Okafor")).toHaveLength(1);
    expect(known.organizations).not.toContain("");
    expect(known.claimNumbers).toEqual(["0042-7781-01"]);
    expect(known.otherNumbers).toEqual(["1234567893", "UR-88123"]);
    expect(known.addresses).toEqual(["1200 Harbor Blvd, Oakland, CA 94612", "PO Box 4410, Sacramento, CA 95812"]);
    expect(known.phones).toEqual(["(510) 555-0100", "916-555-0142"]);
    expect(known.emails).toEqual(["mgl@example.com", "jsmith@bayareaspine.com"]);
    expect(known.datesOfBirth).toEqual(["1978-05-21"]);
  });

  it.each([
    "Seen by Dr. Smith on 03/04/2020.",
    "SMITH, JOHN Q. requested the injection.",
    "The report of J. Smith was reviewed.",
    "Ms. Garcia-Lopez, DOB 05/21/1978, was seen.",
    "Claim 0042 7781 01 at Acme Insurance Company.",
    "Dr. Okafor is not named.",
    "NPI 1234567893 of the physician.",
  ])("removes the identifiers from %j", (text) => {
    const out = redactText(text, known).text;
    for (const word of ["Smith", "SMITH", "Garcia", "05/21/1978", "0042", "Acme", "Okafor", "1234567893"])
      expect(out).not.toContain(word);
  });
});
