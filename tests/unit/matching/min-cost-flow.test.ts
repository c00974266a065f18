// The min-cost flow solver on small networks with known answers.
import { MinCostFlow } from "@/lib/matching/min-cost-flow.ts";

describe("MinCostFlow", () => {
  it("solves the classic 3x3 assignment", () => {
    // costs: rows are workers, columns jobs; the optimum is 1->2, 2->1, 3->3 = 1 + 2 + 2 = 5 (0-based below)
    const cost = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const g = new MinCostFlow(8);
    const arcs = cost.map((row, i) => row.map((c, j) => g.addArc(2 + i, 5 + j, 1, c)));
    for (let i = 0; i < 3; i++) g.addArc(0, 2 + i, 1, 0);
    for (let j = 0; j < 3; j++) g.addArc(5 + j, 1, 1, 0);
    expect(g.solve(0, 1, 3)).toMatchObject({ flow: 3, cost: 5 });
    expect(arcs.map((row) => row.findIndex((arc) => g.flowOn(arc) === 1))).toEqual([1, 0, 2]);
  });

  it("reroutes earlier flow when a later path needs it (negative residual arcs)", () => {
    // s->a->t cheap, s->b only via a; the optimum sends a's unit elsewhere
    const g = new MinCostFlow(6);
    const [s, t, a, b, x] = [0, 1, 2, 3, 4];
    g.addArc(s, a, 1, 0);
    g.addArc(s, b, 1, 0);
    g.addArc(a, x, 1, 0);
    g.addArc(a, t, 1, 5);
    g.addArc(b, x, 1, 1);
    g.addArc(x, t, 1, 0);
    expect(g.solve(s, t, 2)).toMatchObject({ flow: 2, cost: 6 });
  });

  it("stops at the maximum flow, and leaves reduced costs non-negative", () => {
    const g = new MinCostFlow(4);
    g.addArc(0, 2, 3, 2);
    g.addArc(2, 1, 2, 1);
    g.addArc(0, 3, 1, 7);
    const result = g.solve(0, 1, 10);
    expect(result).toMatchObject({ flow: 2, cost: 6 });
    expect(g.reducedCost(0, 2, 2)).toBeGreaterThanOrEqual(0);
  });

  it("refuses negative or fractional costs", () => {
    const g = new MinCostFlow(2);
    expect(() => g.addArc(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => g.addArc(0, 1, 1, 0.5)).toThrow(RangeError);
  });
});
