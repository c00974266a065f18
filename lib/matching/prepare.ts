// Everything about a case or a reviewer that the rules look at, computed once: normalized
// party names and identifiers, the latest expiry of each kind of credential, the first
// leave ahead, the case-independent reasons. Screening a panel of thousands for a case, or
// a thousand cases in a batch, then costs a few comparisons and map look-ups per pair.
import { DAY_MS, utcDay } from "./calendar.ts";
import { normalizeIdentifier, normalizeName } from "./normalize-name.ts";
import { DEFAULT_RANKING_WEIGHTS, workloadPoints, type RankingWeights } from "./score.ts";
import type { CaseForMatching, Disqualification, QualificationRules, ReviewerForMatching } from "./types.ts";

export const PREFERRED_LICENSE_STATE = "CA";
const PARTY_LABELS: Record<string, string> = {
  EMPLOYEE: "the employee", EMPLOYER: "the employer", CLAIMS_ADMINISTRATOR: "the claims administrator",
  REQUESTING_PHYSICIAN: "the requesting physician", REPRESENTATIVE: "the representative", UR_ORGANIZATION: "the UR organization",
  UR_REVIEWER: "the UR reviewer", MEDICAL_GROUP: "the requesting physician's medical group",
  FACILITY: "the facility where the treatment would be given", MANUFACTURER: "the maker of the disputed drug or device",
};

export type PreparedCase = {
  kase: CaseForMatching;
  dueDay: number;
  /** the case's specialty, then the similar ones */
  acceptedCodes: string[];
  /** who a tie would be with: a party, or a party's organization */
  partyLabels: string[];
  partiesByName: Map<string, number[]>;
  partiesByIdentifier: Map<string, number[]>;
  priorReviewers: Set<string>;
};

export type PreparedReviewer = {
  reviewer: ReviewerForMatching;
  /** INACTIVE_ACCOUNT; then TOO_FEW_HOURS, DISCIPLINARY_HISTORY, AT_CAPACITY */
  accountReasons: Disqualification[];
  practiceReasons: Disqualification[];
  /** latest expiry day of an active, unrestricted license in an accepted state: verified / any */
  licenseUntil: number;
  unverifiedLicenseUntil: number;
  californiaUntil: number;
  /** board certifications: specialty, expiry day, verified */
  certs: { code: string; until: number; verified: boolean }[];
  /** first leave that has not ended by today (Infinity if none) */
  nextLeave: { from: number; to: number };
  affiliations: { name: string; normalizedName: string; identifier: string | null }[];
  remainingCapacity: number;
  /** the reviewer-only part of the score (workloadParts in words) */
  workloadPoints: number;
};

export function prepareCase(kase: CaseForMatching): PreparedCase {
  const partyLabels: string[] = [];
  const partiesByName = new Map<string, number[]>();
  const partiesByIdentifier = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string | null, slot: number) => {
    if (key) map.set(key, [...(map.get(key) ?? []), slot]);
  };
  for (const party of kase.parties) {
    const label = PARTY_LABELS[party.role] ?? "a party";
    index(partiesByName, normalizeName(party.name), partyLabels.length);
    index(partiesByIdentifier, normalizeIdentifier(party.identifier), partyLabels.length);
    partyLabels.push(label);
    if (party.organization) {
      index(partiesByName, normalizeName(party.organization), partyLabels.length);
      partyLabels.push(label === "a party" ? "a party's organization" : `${label}'s organization`);
    }
  }
  return {
    kase,
    dueDay: utcDay(kase.validThrough),
    acceptedCodes: [...new Set([kase.specialtyCode, ...kase.similarSpecialtyCodes])],
    partyLabels,
    partiesByName,
    partiesByIdentifier,
    priorReviewers: new Set(kase.priorReviewerIds),
  };
}

const NONE: Disqualification[] = [];
const NO_LEAVE = { from: Infinity, to: Infinity };

export function prepareReviewer(
  reviewer: ReviewerForMatching, rules: QualificationRules, now: Date, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): PreparedReviewer {
  let licenseUntil = -Infinity, unverifiedLicenseUntil = -Infinity, californiaUntil = -Infinity;
  for (const l of reviewer.licenses) {
    if (l.status !== "ACTIVE" || l.restricted) continue;
    const until = utcDay(l.expiresOn);
    if (l.verifiedAt !== null && l.state === PREFERRED_LICENSE_STATE) californiaUntil = Math.max(californiaUntil, until);
    if (!rules.acceptedLicenseStates.includes(l.state)) continue;
    unverifiedLicenseUntil = Math.max(unverifiedLicenseUntil, until);
    if (l.verifiedAt !== null) licenseUntil = Math.max(licenseUntil, until);
  }
  let nextLeave = NO_LEAVE;
  if (reviewer.leaves.length > 0) {
    const today = utcDay(now);
    for (const leave of reviewer.leaves) {
      const from = utcDay(leave.startsOn), to = utcDay(leave.endsOn);
      if (to >= today && from < nextLeave.from) nextLeave = { from, to };
    }
  }
  const { accountReasons, practiceReasons } = generalReasons(reviewer, rules);
  const certs = reviewer.certifications.map((c) => ({ code: c.specialtyCode, until: utcDay(c.expiresOn), verified: c.verifiedAt !== null }));
  let affiliations: PreparedReviewer["affiliations"] = reviewer.affiliations;
  if (affiliations.some((a) => a.identifier !== null || a.normalizedName.length === 0)) {
    affiliations = affiliations.map((a) => ({ name: a.name, normalizedName: a.normalizedName || normalizeName(a.name), identifier: normalizeIdentifier(a.identifier) }));
  }
  return {
    reviewer, accountReasons, practiceReasons, licenseUntil, unverifiedLicenseUntil, californiaUntil, certs, nextLeave, affiliations,
    remainingCapacity: Math.max(0, Math.min(reviewer.maxOpenCases - reviewer.openCases, reviewer.maxCasesPerWeek - reviewer.casesLast7Days)),
    workloadPoints: workloadPoints(reviewer, weights),
  };
}

function generalReasons(r: ReviewerForMatching, rules: QualificationRules) {
  const accountReasons: Disqualification[] = r.active ? NONE : [{ code: "INACTIVE_ACCOUNT", message: "Account is disabled." }];
  const fails = r.hoursPerWeek < rules.minHoursPerWeek || r.disciplinaryHistory || r.openCases >= r.maxOpenCases || r.casesLast7Days >= r.maxCasesPerWeek;
  if (!fails) return { accountReasons, practiceReasons: NONE };
  const practiceReasons: Disqualification[] = [];
  if (r.hoursPerWeek < rules.minHoursPerWeek) {
    practiceReasons.push({ code: "TOO_FEW_HOURS", message: `Active practice ${r.hoursPerWeek} h/week, under the ${rules.minHoursPerWeek} required.` });
  }
  if (r.disciplinaryHistory) practiceReasons.push({ code: "DISCIPLINARY_HISTORY", message: "Has a disciplinary history." });
  if (r.openCases >= r.maxOpenCases) {
    practiceReasons.push({ code: "AT_CAPACITY", message: `At capacity: ${r.openCases} of ${r.maxOpenCases} open cases.` });
  }
  if (r.casesLast7Days >= r.maxCasesPerWeek) {
    practiceReasons.push({
      code: "AT_CAPACITY", message: `At capacity: ${r.casesLast7Days} cases assigned in the last 7 days (weekly limit ${r.maxCasesPerWeek}).`,
    });
  }
  return { accountReasons, practiceReasons };
}

/** Whole calendar days from today to the due date (0 when due today or overdue). */
export const daysUntilDue = (pc: PreparedCase, now: Date): number => Math.max(0, Math.round((pc.dueDay - utcDay(now)) / DAY_MS));
