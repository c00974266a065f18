// Minimum-cost flow by successive shortest paths with node potentials (the primal-dual
// method): Dijkstra on reduced costs finds the cheapest augmenting path, then every other
// path of the same cost is saturated by depth-first search on zero-reduced-cost arcs before
// the next Dijkstra. Arc costs must be non-negative integers (they are exact in doubles up
// to 2^53). The potentials at the end are dual prices: every residual arc has a reduced
// cost >= 0, which is the optimality certificate flow-certificate.ts extends to pruned arcs.
import { BinaryHeap } from "./binary-heap.ts";

export class MinCostFlow {
  private head: Int32Array;
  private next = new Int32Array(16);
  private to = new Int32Array(16);
  private cap = new Int32Array(16);
  private cost = new Float64Array(16);
  private arcCount = 0;
  readonly potential: Float64Array;

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.potential = new Float64Array(nodeCount);
  }

  /** Adds an arc and returns its id; its flow is read with `flowOn`. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (cost < 0 || !Number.isInteger(cost))
      throw new RangeError(`arc cost must be a non-negative integer, got ${cost}`);
    if (this.arcCount + 2 > this.to.length) this.grow();
    const id = this.arcCount;
    this.link(id, from, to, capacity, cost);
    this.link(id + 1, to, from, 0, -cost);
    this.arcCount += 2;
    return id;
  }

  flowOn(arc: number): number {
    return this.cap[arc + 1];
  }

  reducedCost(from: number, to: number, cost: number): number {
    return cost + this.potential[from] - this.potential[to];
  }

  /** Sends up to `limit` units from s to t at least cost; returns the flow sent and its cost. */
  solve(s: number, t: number, limit: number): { flow: number; cost: number; phases: number } {
    let flow = 0,
      total = 0,
      phases = 0;
    const dist = new Float64Array(this.nodeCount);
    const done = new Uint8Array(this.nodeCount);
    while (flow < limit && this.shortestPaths(s, t, dist, done)) {
      phases += 1;
      const pushed = this.saturateZeroCostPaths(s, t, limit - flow);
      if (pushed.flow === 0) throw new Error("min-cost flow: no zero-reduced-cost path after a shortest-path phase");
      flow += pushed.flow;
      total += pushed.cost;
    }
    return { flow, cost: total, phases };
  }

  /** Read-only view of the residual network (arc e and its reverse e ^ 1), for the certificate. */
  residual(): {
    head: Int32Array;
    next: Int32Array;
    to: Int32Array;
    cap: Int32Array;
    cost: Float64Array;
    arcCount: number;
  } {
    return { head: this.head, next: this.next, to: this.to, cap: this.cap, cost: this.cost, arcCount: this.arcCount };
  }

  private link(id: number, from: number, to: number, capacity: number, cost: number) {
    this.to[id] = to;
    this.cap[id] = capacity;
    this.cost[id] = cost;
    this.next[id] = this.head[from];
    this.head[from] = id;
  }

  private grow() {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, b: T) => (b.set(a), b);
    this.next = copy(this.next, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.cap = copy(this.cap, new Int32Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }

  /** Dijkstra on reduced costs, stopped when t is settled; potentials move by min(dist, dist(t)). */
  private shortestPaths(s: number, t: number, dist: Float64Array, done: Uint8Array): boolean {
    dist.fill(Infinity);
    done.fill(0);
    const heap = new BinaryHeap(this.nodeCount);
    dist[s] = 0;
    heap.push(0, s);
    const pot = this.potential;
    while (heap.size > 0) {
      const d = heap.topKey(),
        v = heap.pop();
      if (done[v] || d > dist[v]) continue;
      done[v] = 1;
      if (v === t) break;
      for (let e = this.head[v]; e !== -1; e = this.next[e]) {
        if (this.cap[e] <= 0) continue;
        const w = this.to[e];
        const nd = d + this.cost[e] + pot[v] - pot[w];
        if (nd < dist[w]) {
          dist[w] = nd;
          heap.push(nd, w);
        }
      }
    }
    if (!done[t]) return false;
    const dt = dist[t];
    for (let v = 0; v < this.nodeCount; v++) pot[v] += Math.min(dist[v], dt);
    return true;
  }

  /** Augments one unit at a time along paths of zero reduced cost (all shortest now). */
  private saturateZeroCostPaths(s: number, t: number, limit: number): { flow: number; cost: number } {
    const n = this.nodeCount,
      pot = this.potential;
    const iter = Int32Array.from(this.head);
    const blocked = new Uint8Array(n);
    const stack = new Int32Array(n + 1);
    const via = new Int32Array(n + 1);
    let flow = 0,
      total = 0;
    while (flow < limit) {
      let top = 0;
      stack[0] = s;
      blocked[s] = 1;
      while (top >= 0 && stack[top] !== t) {
        const v = stack[top];
        let e = iter[v];
        for (; e !== -1; e = this.next[e]) {
          const w = this.to[e];
          if (this.cap[e] > 0 && !blocked[w] && this.cost[e] + pot[v] - pot[w] === 0) break;
        }
        iter[v] = e;
        if (e === -1) {
          top -= 1; // a dead end for this phase: stays blocked
          if (top >= 0) iter[stack[top]] = this.next[iter[stack[top]]];
        } else {
          via[top] = e;
          stack[++top] = this.to[e];
          blocked[this.to[e]] = 1;
        }
      }
      if (top < 0) break;
      for (let i = 0; i < top; i++) {
        const e = via[i];
        this.cap[e] -= 1;
        this.cap[e ^ 1] += 1;
        total += this.cost[e];
      }
      for (let i = 1; i <= top; i++) blocked[stack[i]] = 0;
      flow += 1;
    }
    return { flow, cost: total };
  }
}
