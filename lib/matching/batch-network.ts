// The flow network of a batch (see batch-assign.ts): which pairs it holds, how it is
// built and solved, and the pairs left out of it, for the optimality check.
import { MinCostFlow } from "./min-cost-flow.ts";
import type { BatchChoice, BatchProblem } from "./batch-problem.ts";

/** The pairs not given to the solver, as arcs by tail node (CSR), with their positions. */
export function leftOutArcs(problem: BatchProblem, given: Uint8Array[], nodeOf: Int32Array, nodeCount: number) {
  const start = new Int32Array(nodeCount + 1);
  given.forEach((marks, c) => (start[3 + c] = marks.length - marks.reduce((sum, m) => sum + m, 0)));
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const to = new Int32Array(start[nodeCount]),
    cost = new Float64Array(to.length),
    position = new Int32Array(to.length);
  given.forEach((marks, c) => {
    let k = start[2 + c];
    for (let j = 0; j < marks.length; j++) {
      if (marks[j]) continue;
      to[k] = nodeOf[problem.candidates[c].reviewer[j]];
      cost[k] = problem.candidates[c].cost[j];
      position[k++] = j;
    }
  });
  return { start, to, cost, position };
}

/** Each reviewer also gets its cheapest cases (3 per free slot, at least 10). */
export function markReviewerSide(problem: BatchProblem, given: Uint8Array[]): void {
  const m = problem.capacity.length;
  const start = new Int32Array(m + 1);
  for (const c of problem.candidates) for (const r of c.reviewer) start[r + 1] += 1;
  for (let r = 0; r < m; r++) start[r + 1] += start[r];
  const fill = start.slice(0, m);
  const keys = new Float64Array(start[m]),
    ownerCase = new Int32Array(start[m]),
    ownerPosition = new Int32Array(start[m]);
  problem.candidates.forEach((c, caseIndex) => {
    c.reviewer.forEach((r, j) => {
      const slot = fill[r]++;
      keys[slot] = c.cost[j] * PAIR_SPAN + (slot - start[r]);
      ownerCase[slot] = caseIndex;
      ownerPosition[slot] = j;
    });
  });
  for (let r = 0; r < m; r++) {
    const own = keys.subarray(start[r], start[r + 1]).sort();
    const take = Math.min(own.length, Math.max(10, 3 * problem.capacity[r]));
    for (let k = 0; k < take; k++) {
      const slot = start[r] + (own[k] % PAIR_SPAN);
      given[ownerCase[slot]][ownerPosition[slot]] = 1;
    }
  }
}
const PAIR_SPAN = 2_097_152;

export function solveRound(problem: BatchProblem, given: Uint8Array[]) {
  const n = problem.cases.length;
  const nodeOf = new Int32Array(problem.capacity.length).fill(-1);
  const demand = new Int32Array(problem.capacity.length);
  let nodes = 2 + n;
  for (const c of problem.candidates) {
    for (const r of c.reviewer) {
      if (nodeOf[r] < 0) nodeOf[r] = nodes++;
      demand[r] += 1;
    }
  }
  const graph = new MinCostFlow(nodes);
  const pairArcs: { arc: number; position: number }[][] = [];
  let arcs = 0;
  for (let c = 0; c < n; c++) {
    graph.addArc(0, 2 + c, 1, 0);
    graph.addArc(2 + c, 1, 1, problem.unitPenalty * problem.priority[c]);
    const list: { arc: number; position: number }[] = [];
    const { reviewer, cost } = problem.candidates[c];
    given[c].forEach((mark, j) => {
      if (mark) list.push({ arc: graph.addArc(2 + c, nodeOf[reviewer[j]], 1, cost[j]), position: j });
    });
    pairArcs.push(list);
    arcs += list.length;
  }
  nodeOf.forEach((node, r) => {
    if (node < 0) return;
    const slots = Math.min(problem.capacity[r], demand[r]);
    if (problem.step[r] === 0) graph.addArc(node, 1, slots, 0);
    else for (let k = 0; k < slots; k++) graph.addArc(node, 1, 1, k * problem.step[r]);
  });
  const { phases } = graph.solve(0, 1, n);
  const choice: BatchChoice = new Int32Array(n).fill(-1);
  pairArcs.forEach((list, c) => {
    for (const { arc, position } of list) if (graph.flowOn(arc) > 0) choice[c] = position;
  });
  return { graph, phases, arcs, nodeOf, choice };
}
