// A reviewer panel prepared once for a given day and rules, with an index from specialty
// to the reviewers certified in it: a case looks only at reviewers certified in its own or
// a similar specialty (no one else can qualify), so screening stays fast on large panels.
import { californiaDay } from "./calendar.ts";
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from "./score.ts";
import { prepareReviewer, type PreparedCase, type PreparedReviewer } from "./prepare.ts";
import { DEFAULT_QUALIFICATION_RULES, type QualificationRules, type ReviewerForMatching } from "./types.ts";

export type PreparedPanel = {
  rules: QualificationRules;
  now: Date;
  today: number;
  weights: RankingWeights;
  /** in reviewerId order */
  reviewers: PreparedReviewer[];
  bySpecialty: Map<string, number[]>;
};

export function preparePanel(
  reviewers: ReviewerForMatching[], rules: QualificationRules = DEFAULT_QUALIFICATION_RULES, now: Date = new Date(),
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): PreparedPanel {
  // sorted by reviewerId, so that index order is id order: results never depend on input order
  const inOrder = reviewers.every((r, i) => i === 0 || reviewers[i - 1].reviewerId < r.reviewerId);
  const sorted = inOrder ? reviewers : [...reviewers].sort((a, b) => (a.reviewerId < b.reviewerId ? -1 : a.reviewerId > b.reviewerId ? 1 : 0));
  const prepared = sorted.map((r) => prepareReviewer(r, rules, now, weights));
  const bySpecialty = new Map<string, number[]>();
  prepared.forEach((pr, index) => {
    for (const { code } of pr.certs) {
      const list = bySpecialty.get(code);
      if (!list) bySpecialty.set(code, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  return { rules, now, today: californiaDay(now), weights, reviewers: prepared, bySpecialty };
}

/** Indexes (ascending) of the reviewers certified in any specialty the case accepts. */
export function certifiedFor(panel: PreparedPanel, pc: PreparedCase): number[] {
  let merged: number[] = [];
  for (const code of pc.acceptedCodes) {
    const list = panel.bySpecialty.get(code);
    if (list) merged = merged.length === 0 ? list : mergeSorted(merged, list);
  }
  return merged;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}
