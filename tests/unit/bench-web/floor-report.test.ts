// bench:web's table against the floor and its goals.
import {
  evaluateFloorGoals,
  formatFloorTable,
  pairedSummary,
  type FloorRow,
} from "@/scripts/bench-web/floor-report.ts";
import type { RouteResult } from "@/tools/load/bench/run-route.ts";
import { withFloorAgain, type BenchRoute } from "@/scripts/bench-web/public-routes.ts";

const result = (perSecond: number, p95 = 100, errors = 0): RouteResult => ({
  requests: perSecond * 10,
  perSecond,
  latency: { count: perSecond * 10, p50: p95 / 2, p95, max: p95 },
  errors,
  non2xx: errors,
  timeouts: 0,
});
const row = (name: string, perSecond: number | null, bytes: number | null = 1000): FloorRow => ({
  name,
  label: name,
  result: perSecond === null ? null : result(perSecond),
  bytes,
});

describe("bench:web against the floor", () => {
  test("each route's ratio to the floor, and its bytes", () => {
    const table = formatFloorTable([row("floor", 200, 15_000), row("queue", 50, 100_000), row("pdf", null)]);
    expect(table).toMatch(/floor\s+200\.0.*14\.6 KB\s+1\.00/);
    expect(table).toMatch(/queue\s+50\.0.*97\.7 KB\s+0\.25/);
    expect(table).toMatch(/pdf\s+-/);
  });

  test("processor time a request: each route's, and the floor's (its lower reading) over it", () => {
    const withCpu = (r: FloorRow, app: number | null, database: number | null = 0.5): FloorRow => ({
      ...r,
      cpu: { app, database },
    });
    const table = formatFloorTable([
      withCpu(row("floor", 200), 2.5),
      withCpu(row("queue", 100), 6),
      withCpu(row("case", 100), null, null),
      withCpu(row("floor-again", 150), 3),
    ]);
    expect(table).toMatch(/queue\s+100\.0.*0\.50\s+-\s+6\.00\s+0\.50\s+0\.42/);
    expect(table).toMatch(/case\s+100\.0.*0\.50\s+-\s+-\s+-\s+-/);
    expect(table).toMatch(/floor-again\s+150\.0.*3\.00\s+0\.50\s+0\.83/);
  });

  test("measured beside the floor: the median of the rounds' ratios is shown and judged", () => {
    const paired = pairedSummary([
      { floor: 400, route: 180, cpuRatio: 0.45 },
      { floor: 300, route: 160, cpuRatio: 0.52 },
      { floor: 200, route: 110, cpuRatio: null },
    ]);
    expect(paired.ratio).toBeCloseTo(0.533, 3); // 0.45, 0.533, 0.55
    expect(paired.cpuRatio).toBeCloseTo(0.485, 3); // the two read
    const rows = [row("floor", 400), { ...row("queue", 150), paired }, row("case", 210), row("floor-again", 280)];
    expect(formatFloorTable(rows)).toMatch(/queue\s+150\.0.*0\.38\s+0\.53/);
    const goals = evaluateFloorGoals(rows, null);
    expect(goals.map((g) => [g.goal.split(":")[0], g.met])).toEqual([
      ["queue", true],
      ["case", true],
    ]);
    expect(goals[0].detail).toBe(
      "0.53x the floor measured beside it (median of 0.45, 0.53, 0.55); 150.0 req/s = 0.38x the floor's 400.0 (the run's higher floor)",
    );
    // beside the floor below half: not met, whatever the other ratio
    const low = pairedSummary([{ floor: 100, route: 45, cpuRatio: null }]);
    expect(evaluateFloorGoals([row("floor", 80), { ...row("queue", 60), paired: low }], null)[0].met).toBe(false);
    expect(pairedSummary([]).ratio).toBe(0);
  });

  test("goals: half the floor, the decisions page under 40 KB, the cached search p95", () => {
    const goals = evaluateFloorGoals(
      [row("floor", 200), row("queue", 99), row("search", 120, 50_000), row("decisions", 150, 30_000)],
      { result: result(900, 120), connections: 50 },
    );
    expect(goals.map((g) => [g.goal.split(":")[0], g.met])).toEqual([
      ["queue", false],
      ["search", true],
      ["decisions", true],
      ["decisions", true],
      ["search", false],
      ["Public search through the shared cache", true],
    ]);
  });

  test("without the floor the ratio goal is not met; a slow or too few cached run is not met", () => {
    expect(evaluateFloorGoals([row("queue", 99)], null)[0].met).toBe(false);
    expect(evaluateFloorGoals([row("floor", 1)], { result: result(900, 200), connections: 50 }).at(-1)!.met).toBe(
      false,
    );
    expect(evaluateFloorGoals([row("floor", 1)], { result: result(900, 100), connections: 10 }).at(-1)!.met).toBe(
      false,
    );
  });

  test("the floor measured twice: the ratios use the higher, and the second is no route of its own", () => {
    const rows = [row("floor", 150), row("queue", 90), row("floor-again", 200)];
    expect(formatFloorTable(rows)).toMatch(/queue\s+90\.0.*0\.45/);
    expect(evaluateFloorGoals(rows, null).map((g) => [g.goal.split(":")[0], g.met, g.detail])).toEqual([
      ["queue", false, "90.0 req/s = 0.45x the floor's 200.0"],
    ]);
    expect(formatFloorTable([row("floor", 200), row("queue", 100), row("floor-again", 120)])).toMatch(
      /queue\s+100\.0.*0\.50/,
    );
  });

  test.each([
    [
      ["floor", "queue", "search"],
      ["floor", "queue", "search", "floor-again"],
    ],
    [
      ["queue", "search"],
      ["queue", "search"],
    ],
    [["floor"], ["floor"]],
  ])("routes %j are measured as %j", (names, measured) => {
    const spec = (name: string) => ({ name, label: name, as: "public", paths: ["/"] }) as BenchRoute;
    expect(withFloorAgain(names.map(spec)).map((s) => s.name)).toEqual(measured);
  });
});
