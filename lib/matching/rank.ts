// Ranks the reviewers eligible for a case. Higher score = better candidate; the score is
// the sum of its parts, each in words (see score.ts for the preferences and their legal
// source). Ties go to the smaller reviewerId, so the order never depends on input order.
import { utcDay } from "./calendar.ts";
import { isEligible, matchedSpecialty } from "./hard-constraints.ts";
import { certifiedFor, mayBeTied, type PreparedPanel } from "./panel.ts";
import {
  PREFERRED_LICENSE_STATE,
  prepareCase,
  prepareReviewer,
  type PreparedCase,
  type PreparedReviewer,
} from "./prepare.ts";
import { DEFAULT_RANKING_WEIGHTS, licensePart, specialtyPart, workloadParts, type RankingWeights } from "./score.ts";
import type { CaseForMatching, QualificationRules, ReviewerForMatching, ScorePart, SpecialtyMatch } from "./types.ts";

export type RankedCandidate = {
  reviewerId: string;
  name: string;
  score: number;
  parts: ScorePart[];
  specialtyMatch: SpecialtyMatch;
  californiaLicense: boolean;
  /** cases the reviewer can still take: the smaller of open-case and weekly room */
  remainingCapacity: number;
};

/** The score alone, without words (the sum of `scoreCandidate(...).parts`), for batches. */
export function candidatePoints(pc: PreparedCase, pr: PreparedReviewer, w: RankingWeights): number {
  const exact = matchedSpecialty(pc, pr) === pc.kase.specialtyCode;
  const california = pr.californiaUntil >= pc.dueDay;
  return (exact ? w.exactSpecialty : w.similarSpecialty) + (california ? w.californiaLicense : 0) + pr.workloadPoints;
}

/** Score of an eligible reviewer for a case, with its parts in words. */
export function scoreCandidate(
  pc: PreparedCase,
  pr: PreparedReviewer,
  weights: RankingWeights,
  acceptedStates: string[],
): RankedCandidate {
  const certifiedIn = matchedSpecialty(pc, pr) ?? pc.kase.specialtyCode;
  const californiaLicense = pr.californiaUntil >= pc.dueDay;
  const specialty = specialtyPart(pc.kase.specialtyCode, certifiedIn, weights);
  const otherStates = californiaLicense ? [] : licensedStates(pc, pr, acceptedStates);
  const license = licensePart(californiaLicense, otherStates, weights);
  return {
    reviewerId: pr.reviewer.reviewerId,
    name: pr.reviewer.name,
    score: specialty.points + license.points + pr.workloadPoints,
    parts: [specialty, license, ...workloadParts(pr.reviewer, weights)],
    specialtyMatch: certifiedIn === pc.kase.specialtyCode ? "EXACT" : "SIMILAR",
    californiaLicense,
    remainingCapacity: pr.remainingCapacity,
  };
}

function licensedStates(pc: PreparedCase, pr: PreparedReviewer, acceptedStates: string[]): string[] {
  const states = pr.reviewer.licenses
    .filter((l) => l.status === "ACTIVE" && !l.restricted && l.verifiedAt !== null && acceptedStates.includes(l.state))
    .filter((l) => l.state !== PREFERRED_LICENSE_STATE && utcDay(l.expiresOn) >= pc.dueDay)
    .map((l) => l.state);
  return [...new Set(states)].sort();
}

export const byRank = (a: { score: number; reviewerId: string }, b: { score: number; reviewerId: string }): number =>
  b.score - a.score || (a.reviewerId < b.reviewerId ? -1 : a.reviewerId > b.reviewerId ? 1 : 0);

/** Eligible reviewers for a case on a prepared panel, best first. */
export function rankOnPanel(kase: CaseForMatching | PreparedCase, panel: PreparedPanel): RankedCandidate[] {
  const pc = "dueDay" in kase ? kase : prepareCase(kase);
  const ranked: RankedCandidate[] = [];
  const tied = mayBeTied(panel, pc);
  for (const index of certifiedFor(panel, pc)) {
    const pr = panel.reviewers[index];
    if (isEligible(pc, pr, tied[index] === 1))
      ranked.push(scoreCandidate(pc, pr, panel.weights, panel.rules.acceptedLicenseStates));
  }
  return ranked.sort(byRank);
}

/** Eligible reviewers for a case, best first (pure; `now` is the day the rules apply). */
export function rankCandidates(
  kase: CaseForMatching,
  reviewers: ReviewerForMatching[],
  rules: QualificationRules,
  now: Date,
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): RankedCandidate[] {
  const pc = prepareCase(kase);
  const accepted = new Set(pc.acceptedCodes);
  const ranked: RankedCandidate[] = [];
  for (const reviewer of reviewers) {
    // only a reviewer certified in an accepted specialty can qualify: prepare no one else
    if (!reviewer.certifications.some((c) => accepted.has(c.specialtyCode))) continue;
    const pr = prepareReviewer(reviewer, rules, now, weights);
    if (isEligible(pc, pr)) ranked.push(scoreCandidate(pc, pr, weights, rules.acceptedLicenseStates));
  }
  return ranked.sort(byRank);
}
