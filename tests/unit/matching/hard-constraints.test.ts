// Every hard constraint, one table row per situation, with the exact codes returned.
import {
  disqualifications,
  type DisqualificationCode,
  type ReviewerForMatching,
} from "@/lib/matching/qualify-reviewer.ts";
import { isEligible } from "@/lib/matching/hard-constraints.ts";
import { prepareCase, prepareReviewer } from "@/lib/matching/prepare.ts";
import { DEFAULT_QUALIFICATION_RULES, type CaseForMatching } from "@/lib/matching/types.ts";
import {
  aff,
  caseFor,
  cert,
  DAY_BEFORE_DUE,
  DUE_DAY,
  int,
  leave,
  license,
  NOW,
  pick,
  reviewer,
  rng,
  VERIFIED,
} from "./fixtures.ts";

const codes = (
  r: ReviewerForMatching,
  k: CaseForMatching = caseFor(),
  rules = DEFAULT_QUALIFICATION_RULES,
  now = NOW,
) =>
  disqualifications(r, k, rules, now)
    .map((d) => d.code)
    .sort();

describe("hard constraints", () => {
  it("a fully qualified reviewer has no reasons", () => {
    expect(disqualifications(reviewer(), caseFor(), DEFAULT_QUALIFICATION_RULES, NOW)).toEqual([]);
  });

  it.each<[string, Partial<ReviewerForMatching>, DisqualificationCode[]]>([
    // license
    ["license expiring on the due date", { licenses: [license({ expiresOn: DUE_DAY })] }, []],
    ["license expiring the day before", { licenses: [license({ expiresOn: DAY_BEFORE_DUE })] }, ["NO_VALID_LICENSE"]],
    ["license in a state not accepted", { licenses: [license({ state: "TX" })] }, ["NO_VALID_LICENSE"]],
    ["inactive license", { licenses: [license({ status: "INACTIVE" })] }, ["NO_VALID_LICENSE"]],
    ["restricted license", { licenses: [license({ restricted: true })] }, ["NO_VALID_LICENSE"]],
    ["unverified license, the only one", { licenses: [license({ verifiedAt: null })] }, ["UNVERIFIED_CREDENTIAL"]],
    [
      "unverified license beside a verified one",
      { licenses: [license({ verifiedAt: null }), license({ expiresOn: new Date("2026-01-01") })] },
      [],
    ],
    [
      "unverified license beside an expired verified one",
      {
        licenses: [license({ verifiedAt: null }), license({ expiresOn: DAY_BEFORE_DUE })],
      },
      ["UNVERIFIED_CREDENTIAL"],
    ],
    [
      "unverified but expired license",
      { licenses: [license({ verifiedAt: null, expiresOn: DAY_BEFORE_DUE })] },
      ["NO_VALID_LICENSE"],
    ],
    // certification
    ["certification expiring on the due date", { certifications: [cert({ expiresOn: DUE_DAY })] }, []],
    [
      "certification expired the day before",
      { certifications: [cert({ expiresOn: DAY_BEFORE_DUE })] },
      ["NO_MATCHING_CERTIFICATION"],
    ],
    ["similar specialty", { certifications: [cert({ specialtyCode: "NSURG" })] }, []],
    ["unrelated specialty", { certifications: [cert({ specialtyCode: "PSY" })] }, ["NO_MATCHING_CERTIFICATION"]],
    [
      "unverified certification, the only one",
      { certifications: [cert({ verifiedAt: null })] },
      ["UNVERIFIED_CREDENTIAL"],
    ],
    [
      "unverified exact, verified similar",
      { certifications: [cert({ verifiedAt: null }), cert({ specialtyCode: "NSURG" })] },
      [],
    ],
    [
      "unverified license and certification",
      {
        licenses: [license({ verifiedAt: null })],
        certifications: [cert({ verifiedAt: null })],
      },
      ["UNVERIFIED_CREDENTIAL", "UNVERIFIED_CREDENTIAL"],
    ],
    // practice and account
    ["23 hours a week", { hoursPerWeek: 23 }, ["TOO_FEW_HOURS"]],
    ["24 hours a week", { hoursPerWeek: 24 }, []],
    ["disciplinary history", { disciplinaryHistory: true }, ["DISCIPLINARY_HISTORY"]],
    [
      "a license revoked in another state",
      { licenses: [license(), license({ state: "NV", status: "REVOKED" })] },
      ["DISCIPLINARY_HISTORY"],
    ],
    [
      "a license suspended in California beside a valid one",
      { licenses: [license(), license({ status: "SUSPENDED", expiresOn: new Date("2020-01-01") })] },
      ["DISCIPLINARY_HISTORY"],
    ],
    [
      "a license surrendered in Texas",
      { licenses: [license(), license({ state: "TX", status: "SURRENDERED" })] },
      ["DISCIPLINARY_HISTORY"],
    ],
    [
      "an inactive license elsewhere is not discipline",
      { licenses: [license(), license({ state: "NV", status: "INACTIVE" })] },
      [],
    ],
    ["disabled account", { active: false }, ["INACTIVE_ACCOUNT"]],
    // capacity
    ["9 of 10 open cases", { openCases: 9 }, []],
    ["10 of 10 open cases", { openCases: 10 }, ["AT_CAPACITY"]],
    ["14 of 15 cases this week", { casesLast7Days: 14 }, []],
    ["15 of 15 cases this week", { casesLast7Days: 15 }, ["AT_CAPACITY"]],
    ["full on both limits", { openCases: 12, casesLast7Days: 15 }, ["AT_CAPACITY", "AT_CAPACITY"]],
    ["no open cases allowed", { maxOpenCases: 0 }, ["AT_CAPACITY"]],
    // leave, in calendar days between today (2025-06-10) and the due date (2025-07-01)
    ["leave ended yesterday", { leaves: [leave("2025-06-01", "2025-06-09")] }, []],
    ["leave ends today", { leaves: [leave("2025-06-01", "2025-06-10")] }, ["ON_LEAVE"]],
    ["leave in the middle", { leaves: [leave("2025-06-20", "2025-06-22")] }, ["ON_LEAVE"]],
    ["leave starts on the due date", { leaves: [leave("2025-07-01", "2025-07-14")] }, ["ON_LEAVE"]],
    ["leave starts the day after the due date", { leaves: [leave("2025-07-02", "2025-07-14")] }, []],
    [
      "a past and a future leave, both outside",
      { leaves: [leave("2025-05-01", "2025-05-05"), leave("2025-08-01", "2025-08-05")] },
      [],
    ],
    // prior review of the same case
    ["reviewed the appealed earlier IMR", { reviewerId: "r-prior" }, ["PRIOR_REVIEWER"]],
  ])("%s", (_label, over, expected) => {
    expect(codes(reviewer(over), caseFor({ priorReviewerIds: ["r-prior"] }))).toEqual([...expected].sort());
  });

  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  it.each<[string, string, string | null, string]>([
    ["employee, last name first", "DOE, JANE", null, "the employee"],
    ["employer without the company form", "ACME MANUFACTURING", null, "the employer"],
    ["claims administrator, Co. spelled out", "Golden State Claims Company", null, "the claims administrator"],
    ["requesting physician with title", "Dr. Robert Chen", null, "the requesting physician"],
    ["requesting physician by nickname", "Bob Chen, M.D.", null, "the requesting physician"],
    ["requesting physician by NPI only", "Some Other Name", "1234567893", "the requesting physician"],
    ["requesting physician by NPI with dashes", "Some Other Name", "1234-567-893", "the requesting physician"],
    [
      "requesting physician's group (organization)",
      "Bay Area Spine Group, Inc.",
      null,
      "the requesting physician's organization",
    ],
    ["representative with accents", "María López", null, "the representative"],
    ["UR organization with The and Svcs.", "The Western UR Svcs.", null, "the UR organization"],
    ["UR reviewer, degree and dots", "Alan Grant, M.D.", null, "the UR reviewer"],
    ["UR reviewer by identifier", "A. Grant", " 1987654320 ", "the UR reviewer"],
    [
      "medical group, upper case and abbreviated",
      "PACIFIC ORTHOPEDIC MED. GRP",
      null,
      "the requesting physician's medical group",
    ],
    ["facility, punctuation", "St Marys Surgery Center", null, "the facility where the treatment would be given"],
    ["maker of the device", "MEDTRONIC USA", null, "the maker of the disputed drug or device"],
  ])("conflict: %s", (_label, name, identifier, party) => {
    const kind = /the (employee|representative|requesting physician|UR reviewer)$/.test(party)
      ? "PHYSICIAN"
      : "EMPLOYER";
    const reasons = disqualifications(
      reviewer({ affiliations: [aff(name, identifier, kind)] }),
      caseFor(),
      DEFAULT_QUALIFICATION_RULES,
      NOW,
    );
    expect(reasons.map((r) => r.code)).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(reasons[0].message).toMatch(
      new RegExp(`^Affiliated with ${escape(party)} \\(${escape(name)}; \\w.+\\)\\.$`),
    );
  });

  it("a claims administrator typed with an abbreviation is the reviewer's affiliation", () => {
    const k = caseFor({ parties: [{ role: "CLAIMS_ADMINISTRATOR", name: "Pacific Claims Svcs.", identifier: null }] });
    expect(codes(reviewer({ affiliations: [aff("Pacific Claims Services, Inc.")] }), k)).toEqual([
      "CONFLICT_OF_INTEREST",
    ]);
  });

  it("a parent or subsidiary of a party in the directory is a conflict", () => {
    const tpa = { id: "org-tpa", name: "Golden State Claims Co.", aliases: [], ancestorIds: ["org-insurer"] };
    const k = caseFor({
      parties: [{ role: "CLAIMS_ADMINISTRATOR", name: "Golden State Claims Co.", identifier: null, directory: tpa }],
    });
    const parent = {
      ...aff("Sunrise Mutual Insurance"),
      directory: { id: "org-insurer", name: "Sunrise Mutual Insurance", aliases: [], ancestorIds: [] },
    };
    const reasons = disqualifications(reviewer({ affiliations: [parent] }), k, DEFAULT_QUALIFICATION_RULES, NOW);
    expect(reasons.map((r) => r.code)).toEqual(["CONFLICT_OF_INTEREST"]);
    expect(reasons[0].message).toContain("Sunrise Mutual Insurance");
  });

  it.each<[string, string, string | null]>([
    ["a different organisation sharing common words", "Valley Medical Group", null],
    ["another claims company", "Sierra Claims Co.", null],
    ["a different NPI", "Other Clinic", "1234567894"],
    ["an empty normalized name", "Inc.", null],
    ["a name only made of noise", "The Company", null],
  ])("no conflict: %s", (_label, name, identifier) => {
    expect(codes(reviewer({ affiliations: [aff(name, identifier)] }))).toEqual([]);
  });

  it("a person with the same surname and another given name is someone else", () => {
    expect(codes(reviewer({ affiliations: [aff("John Doe", null, "EMPLOYEE")] }))).toEqual([]);
  });

  describe("a possible match needs an administrator", () => {
    const alone = reviewer({ affiliations: [aff("Medtronic")] });
    it("is held back with both names and the reason", () => {
      const [reason, ...rest] = disqualifications(alone, caseFor(), DEFAULT_QUALIFICATION_RULES, NOW);
      expect(rest).toEqual([]);
      expect(reason.code).toBe("POSSIBLE_CONFLICT");
      expect(reason.possibleConflict).toMatchObject({
        affiliationName: "Medtronic",
        partyName: "Medtronic USA, Inc.",
        partyLabel: "the maker of the disputed drug or device",
      });
      expect(reason.possibleConflict!.reason.length).toBeGreaterThan(5);
      expect(isEligible(prepareCase(caseFor()), prepareReviewer(alone, DEFAULT_QUALIFICATION_RULES, NOW))).toBe(false);
    });
    it.each<["CONFIRMED" | "DISMISSED", DisqualificationCode[]]>([
      ["CONFIRMED", ["CONFLICT_OF_INTEREST"]],
      ["DISMISSED", []],
    ])("%s by an administrator", (resolution, expected) => {
      const pairKey = disqualifications(alone, caseFor(), DEFAULT_QUALIFICATION_RULES, NOW)[0].possibleConflict!
        .pairKey;
      const k = caseFor({ conflictDecisions: [{ reviewerId: alone.reviewerId, pairKey, resolution }] });
      expect(codes(alone, k)).toEqual(expected);
      expect(isEligible(prepareCase(k), prepareReviewer(alone, DEFAULT_QUALIFICATION_RULES, NOW))).toBe(
        expected.length === 0,
      );
    });
    it("an answer for another reviewer changes nothing", () => {
      const pairKey = disqualifications(alone, caseFor(), DEFAULT_QUALIFICATION_RULES, NOW)[0].possibleConflict!
        .pairKey;
      const k = caseFor({ conflictDecisions: [{ reviewerId: "r-other", pairKey, resolution: "DISMISSED" }] });
      expect(codes(alone, k)).toEqual(["POSSIBLE_CONFLICT"]);
    });
  });

  it("one reason per party tied, in the case's party order", () => {
    const reasons = disqualifications(
      reviewer({
        affiliations: [
          aff("MEDTRONIC USA INC"),
          aff("Jane Doe", null, "EMPLOYEE"),
          aff("Dr. Jane Doe, MD", null, "EMPLOYEE"),
        ],
      }),
      caseFor(),
      DEFAULT_QUALIFICATION_RULES,
      NOW,
    );
    expect(reasons.map((r) => r.message.replace(/;.*$/, ""))).toEqual([
      "Affiliated with the employee (Jane Doe",
      "Affiliated with the maker of the disputed drug or device (MEDTRONIC USA INC",
    ]);
  });

  it("reads the due date on the California calendar: a credential expiring that day counts, a leave from the next day does not", () => {
    // due 11:59 pm on January 6 in California = 07:59 on January 7 in UTC
    const k = caseFor({ validThrough: new Date("2027-01-07T07:59:59.999Z") });
    const now = new Date("2026-12-20T18:00:00.000Z");
    const onTheDay = reviewer({
      licenses: [license({ expiresOn: new Date("2027-01-06") })],
      certifications: [cert({ expiresOn: new Date("2027-01-06") })],
    });
    expect(codes(onTheDay, k, undefined, now)).toEqual([]);
    const licensed = [license({ expiresOn: new Date("2028-01-01") })];
    expect(
      codes(reviewer({ licenses: licensed, leaves: [leave("2027-01-07", "2027-01-20")] }), k, undefined, now),
    ).toEqual([]);
    expect(
      codes(reviewer({ licenses: licensed, leaves: [leave("2027-01-06", "2027-01-20")] }), k, undefined, now),
    ).toEqual(["ON_LEAVE"]);
    expect(codes(reviewer({ licenses: [license({ expiresOn: new Date("2027-01-05") })] }), k, undefined, now)).toEqual([
      "NO_VALID_LICENSE",
    ]);
  });

  it("explains each reason in words", () => {
    const r = reviewer({
      reviewerId: "r-prior",
      licenses: [license({ verifiedAt: null })],
      openCases: 10,
      casesLast7Days: 15,
      leaves: [leave("2025-06-20", "2025-06-22")],
    });
    expect(
      disqualifications(r, caseFor({ priorReviewerIds: ["r-prior"] }), DEFAULT_QUALIFICATION_RULES, NOW).map(
        (d) => d.message,
      ),
    ).toEqual([
      "The only active, unrestricted CA license valid through the due date is not verified.",
      "At capacity: 10 of 10 open cases.",
      "At capacity: 15 cases assigned in the last 7 days (weekly limit 15).",
      "Reviewed an earlier IMR of this case that was appealed; the new review needs a different reviewer.",
      "On leave 2025-06-20 to 2025-06-22, before the due date 2025-07-01.",
    ]);
  });

  it("accepts another state only when the setting lists it", () => {
    const nevada = reviewer({ licenses: [license({ state: "NV" })] });
    expect(codes(nevada)).toEqual(["NO_VALID_LICENSE"]);
    expect(codes(nevada, caseFor(), { acceptedLicenseStates: ["CA", "NV"], minHoursPerWeek: 24 })).toEqual([]);
  });

  it("compares credentials by calendar day when the due date has a time", () => {
    const k = caseFor({ validThrough: new Date("2025-07-31T22:30:00.000Z") });
    expect(
      codes(
        reviewer({
          licenses: [license({ expiresOn: new Date("2025-07-31") })],
          certifications: [cert({ expiresOn: new Date("2025-07-31") })],
        }),
        k,
      ),
    ).toEqual([]);
    expect(codes(reviewer({ certifications: [cert({ expiresOn: new Date("2025-07-30") })] }), k)).toEqual([
      "NO_MATCHING_CERTIFICATION",
    ]);
  });

  it("the fast eligibility test agrees with the reasons on 2,000 random pairs", () => {
    const random = rng(7);
    const states = ["CA", "NV", "TX"],
      specialties = ["ORTH", "NSURG", "PMR"],
      names = ["Jane Doe", "Acme Manufacturing", "Nobody", "Medtronic"];
    for (let i = 0; i < 2000; i++) {
      const r = reviewer({
        reviewerId: pick(random, ["r-1", "r-prior"]),
        active: random() < 0.95,
        hoursPerWeek: int(random, 20, 40),
        disciplinaryHistory: random() < 0.05,
        licenses: [
          license({
            state: pick(random, states),
            verifiedAt: random() < 0.9 ? VERIFIED : null,
            expiresOn: new Date(DUE_DAY.getTime() + int(random, -3, 3) * 86_400_000),
          }),
        ],
        certifications: [
          cert({ specialtyCode: pick(random, specialties), verifiedAt: random() < 0.9 ? VERIFIED : null }),
        ],
        affiliations: random() < 0.3 ? [aff(pick(random, names))] : [],
        openCases: int(random, 0, 10),
        casesLast7Days: int(random, 0, 15),
        leaves:
          random() < 0.2
            ? [leave(pick(random, ["2025-06-01", "2025-06-30", "2025-07-01", "2025-07-02"]), "2025-07-20")]
            : [],
      });
      const k = caseFor({ priorReviewerIds: ["r-prior"] });
      const expected = disqualifications(r, k, DEFAULT_QUALIFICATION_RULES, NOW).length === 0;
      expect(isEligible(prepareCase(k), prepareReviewer(r, DEFAULT_QUALIFICATION_RULES, NOW))).toBe(expected);
    }
  });
});
