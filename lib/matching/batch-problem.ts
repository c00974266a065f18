// The batch assignment problem, shared by the optimal solver and the greedy baseline so
// both are measured by the same cost:
//   total cost = sum over assigned cases of (maxScore - score of the pair)
//              + for each reviewer given q cases in the batch, step * (0 + 1 + ... + (q - 1))
//              + for each case left unassigned, W * priority
// `step` is what one more open and one more recent case take off that reviewer's score, so
// piling cases on one reviewer costs what it would in the ranking. W exceeds any possible
// sum of the first two terms, so the set of assigned cases is decided first, by priority
// (expedited first, then the nearest due date; 8 CCR 9792.10.6 deadlines), and the pairs'
// cost only after. Costs are integers.
import { isEligible } from "./hard-constraints.ts";
import { certifiedFor, mayBeTied, preparePanel, type PreparedPanel } from "./panel.ts";
import { daysUntilDue, prepareCase, type PreparedCase } from "./prepare.ts";
import { candidatePoints } from "./rank.ts";
import { batchStepPoints, DEFAULT_RANKING_WEIGHTS, maxScore, type RankingWeights } from "./score.ts";
import {
  DEFAULT_QUALIFICATION_RULES,
  type CaseForMatching,
  type QualificationRules,
  type ReviewerForMatching,
} from "./types.ts";

export type BatchOptions = {
  rules?: QualificationRules;
  /** the day the rules apply (no default: the caller owns the clock) */
  now: Date;
  weights?: RankingWeights;
  /** arcs per case given to the solver first (more are added when they could improve the result) */
  candidateLimit?: number;
};

export type CaseCandidates = { reviewer: Int32Array; cost: Int32Array };

export type BatchProblem = {
  panel: PreparedPanel;
  /** cases in priority order: expedited first, then by due date, then caseId */
  cases: PreparedCase[];
  priority: number[];
  /** eligible reviewers of each case (panel indexes), cheapest first, ties by reviewerId */
  candidates: CaseCandidates[];
  /** per panel reviewer: cases it can still take, and the batch step cost */
  capacity: Int32Array;
  step: Int32Array;
  /** W: the cost of leaving a case of priority 1 unassigned */
  unitPenalty: number;
  maxScore: number;
};

/** Expedited cases first (100 more), then the fewer days left the higher (1..100). */
export function casePriority(pc: PreparedCase, now: Date): number {
  const urgency = Math.max(1, 100 - daysUntilDue(pc, now));
  return (pc.kase.reviewType === "EXPEDITED" ? 100 : 0) + urgency;
}

export function buildBatchProblem(
  kases: CaseForMatching[],
  reviewers: ReviewerForMatching[],
  options: BatchOptions,
): BatchProblem {
  const now = options.now;
  const weights = options.weights ?? DEFAULT_RANKING_WEIGHTS;
  const panel = preparePanel(reviewers, options.rules ?? DEFAULT_QUALIFICATION_RULES, now, weights);
  const top = maxScore(weights);
  const ordered = kases
    .map((kase) => prepareCase(kase))
    .map((pc) => ({ pc, priority: casePriority(pc, now) }))
    .sort(
      (a, b) => b.priority - a.priority || a.pc.dueDay - b.pc.dueDay || compareIds(a.pc.kase.caseId, b.pc.kase.caseId),
    );

  const capacity = Int32Array.from(panel.reviewers, (pr) => pr.remainingCapacity);
  const step = Int32Array.from(panel.reviewers, (pr) => batchStepPoints(pr.reviewer, weights));
  const degree = new Int32Array(panel.reviewers.length);
  // Each case's candidates cheapest first; panel order is reviewerId order, so ties go to
  // the smaller id. A sort key packs (cost, position) into one number for a fast numeric sort.
  const candidates = ordered.map(({ pc }) => {
    const certified = certifiedFor(panel, pc);
    const tied = mayBeTied(panel, pc);
    const keys = new Float64Array(certified.length);
    let count = 0;
    for (const index of certified) {
      const pr = panel.reviewers[index];
      if (!isEligible(pc, pr, tied[index] === 1)) continue;
      keys[count++] = Math.max(0, top - candidatePoints(pc, pr, weights)) * KEY_SPAN + index;
      degree[index] += 1;
    }
    const sorted = keys.subarray(0, count).sort();
    const reviewer = new Int32Array(count),
      cost = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      reviewer[k] = sorted[k] % KEY_SPAN;
      cost[k] = Math.floor(sorted[k] / KEY_SPAN);
    }
    return { reviewer, cost };
  });

  let bound = 0;
  for (const c of candidates) bound += c.cost.length > 0 ? c.cost[c.cost.length - 1] : 0;
  for (let r = 0; r < capacity.length; r++) {
    const q = Math.min(capacity[r], degree[r]);
    bound += (step[r] * q * (q - 1)) / 2;
  }
  return {
    panel,
    cases: ordered.map((o) => o.pc),
    priority: ordered.map((o) => o.priority),
    candidates,
    capacity,
    step,
    unitPenalty: bound + 1,
    maxScore: top,
  };
}

/** Panel indexes stay under 2^22 (four million reviewers) in a sort key. */
const KEY_SPAN = 4_194_304;

export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A solution: for each case (problem order), the position in its candidate list, or -1. */
export type BatchChoice = Int32Array;

export type BatchCost = { totalCost: number; pairCost: number; spreadCost: number; unassignedPenalty: number };

/** The cost of a solution; throws if it gives a reviewer more cases than they can take. */
export function batchCost(problem: BatchProblem, choice: BatchChoice): BatchCost {
  const given = new Int32Array(problem.capacity.length);
  let pairCost = 0,
    spreadCost = 0,
    unassignedPenalty = 0;
  choice.forEach((position, c) => {
    if (position < 0) {
      unassignedPenalty += problem.unitPenalty * problem.priority[c];
      return;
    }
    const r = problem.candidates[c].reviewer[position];
    spreadCost += problem.step[r] * given[r];
    given[r] += 1;
    pairCost += problem.candidates[c].cost[position];
    if (given[r] > problem.capacity[r])
      throw new Error(`reviewer ${problem.panel.reviewers[r].reviewer.reviewerId} is over capacity`);
  });
  return { totalCost: pairCost + spreadCost + unassignedPenalty, pairCost, spreadCost, unassignedPenalty };
}
