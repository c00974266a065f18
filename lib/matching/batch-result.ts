// Turns a batch solution into what an administrator reads: each assignment with its score
// in words (including what sharing a reviewer within the batch cost), and each case left
// unassigned with the reason.
import { disqualify } from "./hard-constraints.ts";
import { batchCost, type BatchChoice, type BatchCost, type BatchProblem } from "./batch-problem.ts";
import { scoreCandidate } from "./rank.ts";
import { batchLoadPart } from "./score.ts";
import type { DisqualificationCode, ScorePart } from "./types.ts";
import type { PreparedCase } from "./prepare.ts";

export type BatchAssignment = {
  caseId: string;
  reviewerId: string;
  name: string;
  score: number;
  cost: number;
  parts: ScorePart[];
};
export type UnassignedCase = { caseId: string; code: "NO_ELIGIBLE_REVIEWER" | "NO_CAPACITY_LEFT"; reason: string };
export type BatchStats = {
  cases: number;
  reviewers: number;
  eligiblePairs: number;
  /** for the optimal solver: solve rounds (1 unless left-out pairs had to be added), Dijkstra phases, pair arcs in the last round */
  solver: { rounds: number; phases: number; arcs: number } | null;
};
export type BatchResult = {
  assignments: BatchAssignment[];
  unassigned: UnassignedCase[];
  cost: BatchCost;
  stats: BatchStats;
};

const CODE_WORDS: Record<DisqualificationCode, string> = {
  INACTIVE_ACCOUNT: "account disabled",
  NO_VALID_LICENSE: "no valid license",
  NO_MATCHING_CERTIFICATION: "no matching certification",
  UNVERIFIED_CREDENTIAL: "credential not verified",
  TOO_FEW_HOURS: "too few practice hours",
  DISCIPLINARY_HISTORY: "disciplinary history",
  CONFLICT_OF_INTEREST: "conflict of interest",
  POSSIBLE_CONFLICT: "possible conflict to confirm",
  PRIOR_REVIEWER: "reviewed the earlier IMR",
  AT_CAPACITY: "at capacity",
  ON_LEAVE: "on leave",
};

export function batchResult(problem: BatchProblem, choice: BatchChoice, solver: BatchStats["solver"]): BatchResult {
  const { panel } = problem;
  const given = new Int32Array(problem.capacity.length);
  const assignments: BatchAssignment[] = [];
  const unassigned: UnassignedCase[] = [];
  choice.forEach((position, c) => {
    const pc = problem.cases[c];
    if (position < 0) {
      unassigned.push(whyUnassigned(problem, pc, problem.candidates[c].reviewer.length));
      return;
    }
    const r = problem.candidates[c].reviewer[position];
    const slot = given[r]++;
    const ranked = scoreCandidate(pc, panel.reviewers[r], panel.weights, panel.rules.acceptedLicenseStates);
    const parts = slot > 0 ? [...ranked.parts, batchLoadPart(slot, problem.step[r])] : ranked.parts;
    assignments.push({
      caseId: pc.kase.caseId,
      reviewerId: ranked.reviewerId,
      name: ranked.name,
      score: parts.reduce((sum, p) => sum + p.points, 0),
      cost: problem.candidates[c].cost[position] + slot * problem.step[r],
      parts,
    });
  });
  const eligiblePairs = problem.candidates.reduce((sum, c) => sum + c.reviewer.length, 0);
  return {
    assignments,
    unassigned,
    cost: batchCost(problem, choice),
    stats: { cases: problem.cases.length, reviewers: panel.reviewers.length, eligiblePairs, solver },
  };
}

function whyUnassigned(problem: BatchProblem, pc: PreparedCase, eligible: number): UnassignedCase {
  const caseId = pc.kase.caseId;
  if (eligible > 0) {
    const who = eligible === 1 ? "the one eligible reviewer" : `all ${eligible} eligible reviewers`;
    return {
      caseId,
      code: "NO_CAPACITY_LEFT",
      reason: `The remaining capacity of ${who} went to other cases of this batch (expedited and nearly due first).`,
    };
  }
  const counts = new Map<DisqualificationCode, number>();
  for (const pr of problem.panel.reviewers) {
    for (const code of new Set(disqualify(pc, pr, problem.panel.rules.acceptedLicenseStates).map((d) => d.code))) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([code, n]) => `${n} ${CODE_WORDS[code]}`);
  const screened = problem.panel.reviewers.length;
  return {
    caseId,
    code: "NO_ELIGIBLE_REVIEWER",
    reason: `No reviewer on the panel is eligible (${screened} screened${top.length > 0 ? `: ${top.join(", ")}` : ""}).`,
  };
}
