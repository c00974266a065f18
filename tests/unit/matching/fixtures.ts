// Builders for matching tests: a qualified reviewer and a case by default, changed field by
// field; a seeded random generator for property checks.
import { normalizeName } from "@/lib/matching/normalize-name.ts";
import type { CaseForMatching, ReviewerForMatching } from "@/lib/matching/types.ts";

export const NOW = new Date("2025-06-10T15:00:00.000Z");
/** Due at the last instant of July 1 in California, as the app stores a due date: already July 2 in UTC. */
export const DUE = new Date("2025-07-02T06:59:59.999Z");
/** The due date as a calendar date (credentials and leaves are stored as dates). */
export const DUE_DAY = new Date("2025-07-01T00:00:00.000Z");
export const DAY_BEFORE_DUE = new Date("2025-06-30T00:00:00.000Z");
export const VERIFIED = new Date("2025-01-15T00:00:00.000Z");
export const NPI = "1234567893";

type License = ReviewerForMatching["licenses"][number];
type Certification = ReviewerForMatching["certifications"][number];

export const license = (over: Partial<License> = {}): License => ({
  state: "CA",
  status: "ACTIVE",
  restricted: false,
  expiresOn: new Date("2027-01-01"),
  verifiedAt: VERIFIED,
  ...over,
});
export const cert = (over: Partial<Certification> = {}): Certification => ({
  specialtyCode: "ORTH",
  expiresOn: new Date("2030-01-01"),
  verifiedAt: VERIFIED,
  ...over,
});
export const aff = (name: string, identifier: string | null = null, kind = "EMPLOYER") => ({
  kind,
  name,
  normalizedName: normalizeName(name),
  identifier,
});
export const leave = (startsOn: string, endsOn: string) => ({
  startsOn: new Date(`${startsOn}T00:00:00Z`),
  endsOn: new Date(`${endsOn}T00:00:00Z`),
});

export function reviewer(over: Partial<ReviewerForMatching> = {}): ReviewerForMatching {
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

export const PARTIES: CaseForMatching["parties"] = [
  { role: "EMPLOYEE", name: "Jane Doe", identifier: null },
  { role: "EMPLOYER", name: "Acme Manufacturing Inc.", identifier: null },
  { role: "CLAIMS_ADMINISTRATOR", name: "Golden State Claims Co.", identifier: null },
  { role: "REQUESTING_PHYSICIAN", name: "Robert Chen, MD", identifier: NPI, organization: "Bay Area Spine Group" },
  { role: "REPRESENTATIVE", name: "Maria Lopez", identifier: null },
  { role: "UR_ORGANIZATION", name: "Western UR Services LLC", identifier: null },
  { role: "UR_REVIEWER", name: "Dr. Alan Grant", identifier: "1987654320" },
  { role: "MEDICAL_GROUP", name: "Pacific Orthopedic Medical Group, Inc.", identifier: null },
  { role: "FACILITY", name: "St. Mary's Surgery Center", identifier: null },
  { role: "MANUFACTURER", name: "Medtronic USA, Inc.", identifier: null },
];

export function caseFor(over: Partial<CaseForMatching> = {}): CaseForMatching {
  return {
    caseId: "case-1",
    reviewType: "STANDARD",
    specialtyCode: "ORTH",
    similarSpecialtyCodes: ["NSURG"],
    parties: PARTIES,
    validThrough: DUE,
    priorReviewerIds: [],
    ...over,
  };
}

import { seededRandom as rng } from "../../support/seeded-random.ts";

export { rng };

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
export const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** A random small instance: a few specialties, tight capacities, some conflicts and expedited cases. */
export function randomInstance(seed: number, caseCount: number, reviewerCount: number) {
  const random = rng(seed);
  const codes = ["ORTH", "NSURG", "PMR"];
  const similar: Record<string, string[]> = { ORTH: ["NSURG"], NSURG: ["ORTH"], PMR: [] };
  const orgs = ["Acme", "Globex", "Initech", "Umbrella"];
  const reviewers = Array.from({ length: reviewerCount }, (_, i) => {
    const maxOpenCases = int(random, 1, 4);
    return reviewer({
      reviewerId: `r-${String(i).padStart(3, "0")}`,
      name: `Reviewer ${i}`,
      licenses: [license({ state: random() < 0.7 ? "CA" : "NV" })],
      certifications: [cert({ specialtyCode: pick(random, codes) })],
      affiliations: random() < 0.3 ? [aff(pick(random, orgs))] : [],
      maxOpenCases,
      openCases: int(random, 0, maxOpenCases - 1),
      maxCasesPerWeek: int(random, 1, 5),
      casesLast7Days: int(random, 0, 1),
      medianTurnaroundHours: random() < 0.3 ? null : int(random, 24, 400),
    });
  });
  const cases = Array.from({ length: caseCount }, (_, i) => {
    const specialtyCode = pick(random, codes);
    return caseFor({
      caseId: `c-${String(i).padStart(3, "0")}`,
      specialtyCode,
      similarSpecialtyCodes: similar[specialtyCode],
      reviewType: random() < 0.25 ? "EXPEDITED" : "STANDARD",
      validThrough: new Date(NOW.getTime() + int(random, 1, 30) * 86_400_000),
      parties: [{ role: "EMPLOYER", name: pick(random, orgs), identifier: null }],
    });
  });
  return { cases, reviewers };
}
