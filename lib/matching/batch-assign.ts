// Batch assignment of every waiting case at once (Labor Code 4610.6; 8 CCR 9792.10.5 and
// 9792.10.6): each case to at most one eligible reviewer, no reviewer over their remaining
// capacity (the smaller of open-case and weekly room), expedited and nearly due cases first,
// then the least total cost (batch-problem.ts defines it).
//
// Optimality. The problem is a min-cost flow: source -> case (1 unit), case -> reviewer
// (1 unit, the pair's cost), reviewer -> sink (one unit arc per free slot, the k-th costing
// k * step: convex, so cheaper slots fill first), and case -> sink at the unassigned
// penalty, so a flow of one unit per case always exists; it is solved exactly by
// successive shortest paths (min-cost-flow.ts). To stay fast, the network first holds only
// part of the eligible pairs: each case's `candidateLimit` (default 50) cheapest reviewers,
// the greedy choice, and each reviewer's cheapest cases. Then the pairs left out are checked
// against the dual prices (node potentials): if prices exist under which no left-out pair
// has a negative reduced cost, they prove the result optimal over ALL eligible pairs, not
// only those in the network; otherwise the left-out pairs that look improving are added
// and the flow is solved again. So the result is optimal for the cost function over every
// eligible pair, and never worse than greedy.
// `greedyAssign` (most urgent case first, cheapest reviewer with room) is the baseline.
import { leftOutArcs, markReviewerSide, solveRound } from "./batch-network.ts";
import { certifyWith } from "./flow-certificate.ts";
import {
  batchCost,
  buildBatchProblem,
  type BatchChoice,
  type BatchOptions,
  type BatchProblem,
} from "./batch-problem.ts";
import { batchResult, type BatchResult } from "./batch-result.ts";
import type { CaseForMatching, ReviewerForMatching } from "./types.ts";

export type SolveStats = { rounds: number; phases: number; arcs: number };

export function solveOptimal(problem: BatchProblem, candidateLimit = 50): { choice: BatchChoice; stats: SolveStats } {
  // The solver starts from each case's cheapest `candidateLimit` reviewers, the greedy
  // choice (so it can never do worse than greedy), and each reviewer's cheapest cases.
  const greedy = solveGreedy(problem);
  const given = problem.candidates.map((c, i) => {
    const marks = new Uint8Array(c.reviewer.length);
    marks.fill(1, 0, Math.min(c.reviewer.length, Math.max(1, candidateLimit)));
    if (greedy[i] >= 0) marks[greedy[i]] = 1;
    return marks;
  });
  markReviewerSide(problem, given);
  const stats: SolveStats = { rounds: 0, phases: 0, arcs: 0 };
  for (;;) {
    stats.rounds += 1;
    const { graph, phases, arcs, nodeOf, choice } = solveRound(problem, given);
    stats.phases += phases;
    stats.arcs = arcs;
    const left = leftOutArcs(problem, given, nodeOf, graph.nodeCount);
    if (certifyWith(graph, left)) return { choice, stats };
    // Not proven optimal over all pairs: add the left-out pairs that look improving, solve again.
    for (let c = 0; c < problem.cases.length; c++) {
      for (let k = left.start[2 + c]; k < left.start[3 + c]; k++) {
        if (graph.reducedCost(2 + c, left.to[k], left.cost[k]) < 0) given[c][left.position[k]] = 1;
      }
    }
  }
}

/** Most urgent case first; each takes the cheapest eligible reviewer who still has room (ties: smaller reviewerId). */
export function solveGreedy(problem: BatchProblem): BatchChoice {
  const given = new Int32Array(problem.capacity.length);
  return Int32Array.from(problem.candidates, ({ reviewer, cost }) => {
    let best = -1,
      bestCost = Infinity;
    for (let j = 0; j < reviewer.length; j++) {
      const r = reviewer[j];
      if (given[r] >= problem.capacity[r]) continue;
      const marginal = cost[j] + problem.step[r] * given[r];
      if (marginal < bestCost || (marginal === bestCost && r < reviewer[best])) {
        best = j;
        bestCost = marginal;
      }
    }
    if (best >= 0) given[reviewer[best]] += 1;
    return best;
  });
}

export function batchAssign(
  cases: CaseForMatching[],
  reviewers: ReviewerForMatching[],
  options: BatchOptions,
): BatchResult {
  const problem = buildBatchProblem(cases, reviewers, options);
  const { choice, stats } = solveOptimal(problem, options.candidateLimit);
  return batchResult(problem, choice, stats);
}

export function greedyAssign(
  cases: CaseForMatching[],
  reviewers: ReviewerForMatching[],
  options: BatchOptions,
): BatchResult {
  const problem = buildBatchProblem(cases, reviewers, options);
  return batchResult(problem, solveGreedy(problem), null);
}

export { batchCost, buildBatchProblem };
export type { BatchOptions, BatchProblem, BatchResult };
