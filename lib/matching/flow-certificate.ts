// Extends the min-cost flow's optimality certificate to arcs that are not in the network
// (the pairs a batch left out of it). If potentials exist under which every residual arc
// and every extra arc has a reduced cost >= 0, there is no negative cycle even with the
// extra arcs added, so the flow is a min-cost flow of the larger network too (linear
// programming duality). They are searched by Bellman-Ford with a queue, starting from the
// solver's potentials, so only what the extra arcs disturb is visited; a path of n arcs
// means a negative cycle (the flow is not optimal with the extra arcs), and a work limit
// bounds the search. On success the new potentials replace the old.
import type { MinCostFlow } from "./min-cost-flow.ts";

/** Arcs by tail node in CSR form: arcs of node v are [start[v], start[v + 1]). */
export type ExtraArcs = { start: Int32Array; to: Int32Array; cost: Float64Array };

export function certifyWith(graph: MinCostFlow, extra: ExtraArcs, workLimit = 50): boolean {
  const n = graph.nodeCount,
    pot = graph.potential;
  const { head: first, next, to, cap, cost } = graph.residual();
  const d = new Float64Array(n);
  const queued = new Uint8Array(n),
    hops = new Int32Array(n);
  const queue = new Int32Array(n + 1);
  let head = 0,
    tail = 0,
    work = 0;
  const budget = workLimit * n;
  const push = (v: number) => {
    queued[v] = 1;
    queue[tail] = v;
    tail = tail === n ? 0 : tail + 1;
  };
  for (let u = 0; u < n; u++) {
    for (let k = extra.start[u]; k < extra.start[u + 1]; k++) {
      if (extra.cost[k] + pot[u] - pot[extra.to[k]] < 0) {
        push(u);
        break;
      }
    }
  }
  while (head !== tail) {
    const u = queue[head];
    head = head === n ? 0 : head + 1;
    queued[u] = 0;
    const du = d[u] + pot[u];
    for (let e = first[u]; e !== -1; e = next[e]) {
      if (cap[e] <= 0) continue;
      const w = to[e],
        nd = du + cost[e] - pot[w];
      if (nd < d[w]) {
        d[w] = nd;
        if ((hops[w] = hops[u] + 1) >= n) return false;
        if (!queued[w]) push(w);
      }
    }
    for (let k = extra.start[u]; k < extra.start[u + 1]; k++) {
      const w = extra.to[k],
        nd = du + extra.cost[k] - pot[w];
      if (nd < d[w]) {
        d[w] = nd;
        if ((hops[w] = hops[u] + 1) >= n) return false;
        if (!queued[w]) push(w);
      }
    }
    work += 1;
    if (work > budget) return false;
  }
  for (let v = 0; v < n; v++) pot[v] += d[v];
  return true;
}
