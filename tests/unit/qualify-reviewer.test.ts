// Hard constraints on who may review a case: one row per constraint, exact codes returned.
import { normalizeName } from "@/lib/matching/normalize-name.ts";
import {
  disqualifications,
  screenReviewers,
  type CaseForMatching,
  type DisqualificationCode,
  type ReviewerForMatching,
} from "@/lib/matching/qualify-reviewer.ts";
import { DEFAULT_QUALIFICATION_RULES } from "@/lib/matching/types.ts";

/** 11:59:59.999 pm on July 1 in California (already July 2 in UTC), as the app stores a due date */
const DUE = new Date("2025-07-02T06:59:59.999Z");
const DUE_DAY = new Date("2025-07-01T00:00:00.000Z");
const DAY_BEFORE_DUE = new Date("2025-06-30T00:00:00.000Z");
/** the day the rules are applied: a month before the due date */
const NOW = new Date("2025-06-02T17:00:00.000Z");
const NPI = "1234567893";

const kase: CaseForMatching = {
  caseId: "case-1",
  reviewType: "STANDARD",
  priorReviewerIds: [],
  specialtyCode: "ORTH",
  similarSpecialtyCodes: ["PMR"],
  parties: [
    { role: "EMPLOYEE", name: "Jane Doe", identifier: null },
    { role: "EMPLOYER", name: "Acme Manufacturing Inc.", identifier: null },
    { role: "CLAIMS_ADMINISTRATOR", name: "Golden State Claims Co.", identifier: null },
    { role: "REQUESTING_PHYSICIAN", name: "Robert Chen, MD", identifier: NPI },
    { role: "REPRESENTATIVE", name: "Maria Lopez", identifier: null },
    { role: "UR_ORGANIZATION", name: "Western UR Services LLC", identifier: null },
  ],
  validThrough: DUE,
};

type License = ReviewerForMatching["licenses"][number];
type Certification = ReviewerForMatching["certifications"][number];

const VERIFIED = new Date("2025-01-15T00:00:00.000Z");
const license = (over: Partial<License> = {}): License => ({
  state: "CA",
  status: "ACTIVE",
  restricted: false,
  expiresOn: new Date("2027-01-01"),
  verifiedAt: VERIFIED,
  ...over,
});
const cert = (over: Partial<Certification> = {}): Certification => ({
  specialtyCode: "ORTH",
  expiresOn: new Date("2030-01-01"),
  verifiedAt: VERIFIED,
  ...over,
});
const aff = (name: string, identifier: string | null = null, kind = "EMPLOYER") => ({
  kind,
  name,
  normalizedName: normalizeName(name),
  identifier,
});
/** a tie to a person (a relative, a physician) */
const person = (name: string, identifier: string | null = null) => aff(name, identifier, "PHYSICIAN");

function reviewer(over: Partial<ReviewerForMatching> = {}): ReviewerForMatching {
  return {
    reviewerId: "r-1",
    name: "Pat Reviewer",
    active: true,
    hoursPerWeek: 30,
    disciplinaryHistory: false,
    licenses: [license()],
    certifications: [cert()],
    affiliations: [aff("Unrelated Clinic")],
    maxOpenCases: 10,
    maxCasesPerWeek: 15,
    openCases: 0,
    casesLast7Days: 0,
    medianTurnaroundHours: null,
    leaves: [],
    ...over,
  };
}

const codes = (r: ReviewerForMatching, k = kase, rules = DEFAULT_QUALIFICATION_RULES) =>
  disqualifications(r, k, rules, NOW)
    .map((d) => d.code)
    .sort();

describe("disqualifications", () => {
  it("returns nothing for a fully qualified reviewer", () => {
    expect(disqualifications(reviewer(), kase, DEFAULT_QUALIFICATION_RULES, NOW)).toEqual([]);
  });

  it.each<[string, Partial<ReviewerForMatching>, DisqualificationCode[]]>([
    ["inactive account", { active: false }, ["INACTIVE_ACCOUNT"]],
    ["license in another state", { licenses: [license({ state: "NV" })] }, ["NO_VALID_LICENSE"]],
    [
      "suspended license (disciplinary history too)",
      { licenses: [license({ status: "SUSPENDED" })] },
      ["DISCIPLINARY_HISTORY", "NO_VALID_LICENSE"],
    ],
    ["restricted license", { licenses: [license({ restricted: true })] }, ["NO_VALID_LICENSE"]],
    [
      "license expiring the day before the due date",
      { licenses: [license({ expiresOn: DAY_BEFORE_DUE })] },
      ["NO_VALID_LICENSE"],
    ],
    ["license expiring exactly on the due date", { licenses: [license({ expiresOn: DUE_DAY })] }, []],
    ["no license at all", { licenses: [] }, ["NO_VALID_LICENSE"]],
    ["an inactive license next to a good one", { licenses: [license({ status: "INACTIVE" }), license()] }, []],
    [
      "a revoked license next to a good one",
      { licenses: [license({ status: "REVOKED" }), license()] },
      ["DISCIPLINARY_HISTORY"],
    ],
    [
      "certification in another specialty",
      { certifications: [cert({ specialtyCode: "CARD" })] },
      ["NO_MATCHING_CERTIFICATION"],
    ],
    ["certification in a similar specialty", { certifications: [cert({ specialtyCode: "PMR" })] }, []],
    ["expired certification", { certifications: [cert({ expiresOn: DAY_BEFORE_DUE })] }, ["NO_MATCHING_CERTIFICATION"]],
    ["certification expiring exactly on the due date", { certifications: [cert({ expiresOn: DUE_DAY })] }, []],
    [
      "expired in specialty, current elsewhere",
      {
        certifications: [cert({ expiresOn: DAY_BEFORE_DUE }), cert({ specialtyCode: "CARD" })],
      },
      ["NO_MATCHING_CERTIFICATION"],
    ],
    ["no certification at all", { certifications: [] }, ["NO_MATCHING_CERTIFICATION"]],
    ["23 hours a week", { hoursPerWeek: 23 }, ["TOO_FEW_HOURS"]],
    ["exactly 24 hours a week", { hoursPerWeek: 24 }, []],
    ["disciplinary history", { disciplinaryHistory: true }, ["DISCIPLINARY_HISTORY"]],
    ["unrelated affiliation with an identifier", { affiliations: [aff("Other Group", "9999999999")] }, []],
    [
      "affiliated with two parties",
      { affiliations: [person("DOE, JANE"), aff("Acme Manufacturing")] },
      ["CONFLICT_OF_INTEREST", "CONFLICT_OF_INTEREST"],
    ],
    [
      "everything wrong",
      {
        active: false,
        hoursPerWeek: 0,
        disciplinaryHistory: true,
        licenses: [],
        certifications: [],
        affiliations: [person("Jane Doe")],
      },
      [
        "CONFLICT_OF_INTEREST",
        "DISCIPLINARY_HISTORY",
        "INACTIVE_ACCOUNT",
        "NO_MATCHING_CERTIFICATION",
        "NO_VALID_LICENSE",
        "TOO_FEW_HOURS",
      ],
    ],
  ])("%s", (_label, over, expected) => {
    expect(codes(reviewer(over))).toEqual([...expected].sort());
  });

  it.each([
    ["employee", person("DOE, JANE"), "Affiliated with the employee (DOE, JANE; "],
    ["employer", aff("ACME MANUFACTURING"), "Affiliated with the employer (ACME MANUFACTURING; "],
    [
      "claims administrator",
      aff("Golden State Claims Company"),
      "Affiliated with the claims administrator (Golden State Claims Company; ",
    ],
    [
      "requesting physician by name",
      person("Dr. Robert Chen"),
      "Affiliated with the requesting physician (Dr. Robert Chen; ",
    ],
    ["requesting physician by NPI", person("Bob Chen", NPI), "Affiliated with the requesting physician (Bob Chen; "],
    ["representative", person("María López"), "Affiliated with the representative (María López; "],
    [
      "UR organization",
      aff("The Western UR Services"),
      "Affiliated with the UR organization (The Western UR Services; ",
    ],
  ])("conflict with the %s", (_label, affiliation, message) => {
    const reasons = disqualifications(
      reviewer({ affiliations: [affiliation] }),
      kase,
      DEFAULT_QUALIFICATION_RULES,
      NOW,
    );
    expect(reasons.map((r) => r.code)).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(reasons[0].message.startsWith(message)).toBe(true);
  });

  it("does not match a party whose name normalizes to nothing, nor null identifiers", () => {
    const k: CaseForMatching = {
      ...kase,
      parties: [{ role: "EMPLOYER", name: "The Company, Inc.", identifier: null }],
    };
    expect(codes(reviewer({ affiliations: [aff("Inc."), aff("Null Clinic", null)] }), k)).toEqual([]);
  });

  it("labels an unknown party role generically", () => {
    const k: CaseForMatching = { ...kase, parties: [{ role: "WITNESS", name: "Jane Doe", identifier: null }] };
    const reasons = disqualifications(
      reviewer({ affiliations: [aff("Jane Doe")] }),
      k,
      DEFAULT_QUALIFICATION_RULES,
      NOW,
    );
    expect(reasons.map((r) => r.code)).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(reasons[0].message).toMatch(/^Affiliated with a party \(Jane Doe; .+\)\.$/);
  });

  describe("custom rules (CA or NV, 20 hours)", () => {
    const rules = { acceptedLicenseStates: ["CA", "NV"], minHoursPerWeek: 20 };

    it.each<[string, Partial<ReviewerForMatching>, DisqualificationCode[], DisqualificationCode[]]>([
      [
        "NV license, 20 hours",
        { licenses: [license({ state: "NV" })], hoursPerWeek: 20 },
        [],
        ["NO_VALID_LICENSE", "TOO_FEW_HOURS"],
      ],
      ["TX license", { licenses: [license({ state: "TX" })] }, ["NO_VALID_LICENSE"], ["NO_VALID_LICENSE"]],
      ["19 hours", { hoursPerWeek: 19 }, ["TOO_FEW_HOURS"], ["TOO_FEW_HOURS"]],
    ])("%s", (_label, over, withCustom, withDefault) => {
      expect(codes(reviewer(over), kase, rules)).toEqual(withCustom);
      expect(codes(reviewer(over))).toEqual(withDefault);
    });

    it("names the rules in the messages", () => {
      expect(
        disqualifications(reviewer({ licenses: [], hoursPerWeek: 19 }), kase, rules, NOW).map((d) => d.message),
      ).toEqual([
        "No active, unrestricted CA/NV license valid through the due date.",
        "Active practice 19 h/week, under the 20 required.",
      ]);
    });
  });
});

describe("screenReviewers", () => {
  it("lists qualified reviewers first (equal scores by reviewerId), then the others alphabetical", () => {
    const panel = [
      reviewer({ reviewerId: "zoe", name: "Zoe Adams" }),
      reviewer({ reviewerId: "carl", name: "Carl Clark", hoursPerWeek: 10 }),
      reviewer({ reviewerId: "alice", name: "Alice Young" }),
      reviewer({ reviewerId: "bob", name: "Bob Brown", active: false }),
    ];
    expect(
      screenReviewers(panel, kase, DEFAULT_QUALIFICATION_RULES, DAY_BEFORE_DUE).map((v) => [
        v.reviewerId,
        v.name,
        v.qualified,
        v.reasons.map((r) => r.code),
      ]),
    ).toEqual([
      ["alice", "Alice Young", true, []],
      ["zoe", "Zoe Adams", true, []],
      ["bob", "Bob Brown", false, ["INACTIVE_ACCOUNT"]],
      ["carl", "Carl Clark", false, ["TOO_FEW_HOURS"]],
    ]);
  });

  it("applies custom rules", () => {
    const panel = [
      reviewer({ reviewerId: "nv", name: "Nevada Doc", licenses: [license({ state: "NV" })], hoursPerWeek: 20 }),
    ];
    expect(
      screenReviewers(panel, kase, { acceptedLicenseStates: ["CA", "NV"], minHoursPerWeek: 20 }, NOW)[0].qualified,
    ).toBe(true);
    expect(screenReviewers(panel, kase, DEFAULT_QUALIFICATION_RULES, NOW)[0].qualified).toBe(false);
  });

  it("returns an empty list for an empty panel", () => {
    expect(screenReviewers([], kase, DEFAULT_QUALIFICATION_RULES, NOW)).toEqual([]);
  });
});

describe("credentials expire by calendar date", () => {
  const dueInTheAfternoon = { ...kase, validThrough: new Date("2025-07-31T17:45:00.000Z") };
  it("a license and certification expiring on the due day are valid that day", () => {
    const r = reviewer({
      licenses: [license({ expiresOn: new Date("2025-07-31") })],
      certifications: [cert({ expiresOn: new Date("2025-07-31") })],
    });
    expect(codes(r, dueInTheAfternoon)).toEqual([]);
  });
  it("one that expired the day before is not", () => {
    const r = reviewer({ licenses: [license({ expiresOn: new Date("2025-07-30") })] });
    expect(codes(r, dueInTheAfternoon)).toEqual(["NO_VALID_LICENSE"]);
  });
});
