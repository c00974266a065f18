// Who may review a case (Labor Code 139.5, 4610.6(e)-(f) and (i); 8 CCR 9792.10.4 and
// 9792.10.5), and how the qualified ones rank: every reviewer of the panel gets a verdict,
// with every reason they are not qualified (hard-constraints.ts), or their score and its
// parts (rank.ts). Pure: works on plain data.
import { disqualify, isEligible } from "./hard-constraints.ts";
import { preparePanel } from "./panel.ts";
import { prepareCase, prepareReviewer } from "./prepare.ts";
import { byRank, scoreCandidate } from "./rank.ts";
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from "./score.ts";
import {
  type CaseForMatching,
  type Disqualification,
  type QualificationRules,
  type ReviewerForMatching,
  type ScorePart,
} from "./types.ts";

export type {
  CaseForMatching,
  CaseParty,
  Disqualification,
  DisqualificationCode,
  QualificationRules,
  ReviewerForMatching,
  ScorePart,
  SpecialtyMatch,
} from "./types.ts";

/** Every reason the reviewer may not review the case; empty when qualified. */
export function disqualifications(
  reviewer: ReviewerForMatching,
  kase: CaseForMatching,
  rules: QualificationRules,
  now: Date,
): Disqualification[] {
  return disqualify(prepareCase(kase), prepareReviewer(reviewer, rules, now), rules.acceptedLicenseStates);
}

export type CandidateVerdict = {
  reviewerId: string;
  name: string;
  qualified: boolean;
  reasons: Disqualification[];
  /** the rank score (higher is better); null when not qualified */
  score: number | null;
  /** the score in words, one line per part; empty when not qualified */
  scoreParts: ScorePart[];
};

/** Verdicts for the whole panel: qualified first, best score first; then the others by name. */
export function screenReviewers(
  reviewers: ReviewerForMatching[],
  kase: CaseForMatching,
  rules: QualificationRules,
  now: Date,
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): CandidateVerdict[] {
  const pc = prepareCase(kase);
  const panel = preparePanel(reviewers, rules, now, weights);
  const qualified: (CandidateVerdict & { score: number })[] = [];
  const excluded: CandidateVerdict[] = [];
  for (const pr of panel.reviewers) {
    const { reviewerId, name } = pr.reviewer;
    if (isEligible(pc, pr)) {
      const ranked = scoreCandidate(pc, pr, weights, rules.acceptedLicenseStates);
      qualified.push({ reviewerId, name, qualified: true, reasons: [], score: ranked.score, scoreParts: ranked.parts });
    } else {
      excluded.push({
        reviewerId,
        name,
        qualified: false,
        reasons: disqualify(pc, pr, rules.acceptedLicenseStates),
        score: null,
        scoreParts: [],
      });
    }
  }
  excluded.sort(
    (a, b) => a.name.localeCompare(b.name) || (a.reviewerId < b.reviewerId ? -1 : a.reviewerId > b.reviewerId ? 1 : 0),
  );
  return [...qualified.sort(byRank), ...excluded];
}
