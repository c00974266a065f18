// The benchmark's arithmetic and verdicts: nearest-rank percentiles, the goals at 2,000,000
// cases (queue p95 under 150 ms, no errors at 50 connections, page within 3x its SQL), and
// the table, including routes skipped or that finished nothing.
import { median, percentile, spread } from "@/tools/load/bench/percentiles.ts";
import { evaluateGoals, formatSweep, formatTable, type ReportRow } from "@/tools/load/bench/bench-report.ts";
import type { RouteResult } from "@/tools/load/bench/run-route.ts";

test.each([
  [[5], 50, 5],
  [[5], 95, 5],
  [[1, 2, 3, 4], 50, 2],
  [[1, 2, 3, 4], 95, 4],
  [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
  [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19],
])("percentile(%j, %i) = %i", (values, p, expected) => {
  expect(percentile(values, p)).toBe(expected);
});

test.each([
  [[3, 1, 2], 2],
  [[0.55, 0.45], 0.5],
  [[4], 4],
  [[], Number.NaN],
])("the median of %j is %d", (values, expected) => expect(median(values)).toBe(expected));

test("spread sorts a copy and reports count, p50, p95 and max", () => {
  const values = [30, 10, 20];
  expect(spread(values)).toEqual({ count: 3, p50: 20, p95: 30, max: 30 });
  expect(values).toEqual([30, 10, 20]);
  expect(spread([]).count).toBe(0);
});

const result = (p50: number, p95: number, errors = 0, requests = 1000): RouteResult => ({
  requests,
  perSecond: requests / 10,
  latency: { count: requests, p50, p95, max: p95 },
  errors,
  non2xx: errors,
  timeouts: 0,
});
const sql = { count: 30, p50: 20, p95: 25, max: 30 };

test.each([
  { name: "all met", queue: result(50, 140), other: result(80, 200), connections: 50, met: [true, true, true] },
  { name: "slow p95", queue: result(50, 150), other: result(80, 200), connections: 50, met: [false, true, true] },
  {
    name: "an error on another route",
    queue: result(50, 100),
    other: result(80, 200, 1),
    connections: 50,
    met: [true, false, true],
  },
  {
    name: "too few connections",
    queue: result(50, 100),
    other: result(80, 200),
    connections: 10,
    met: [true, false, true],
  },
  {
    name: "page far above its SQL",
    queue: result(61, 100),
    other: result(80, 200),
    connections: 50,
    met: [true, true, false],
  },
  {
    name: "a route that finished nothing",
    queue: result(50, 100),
    other: result(NaN, NaN, 0, 0),
    connections: 50,
    met: [true, false, true],
  },
])("goals: $name", ({ queue, other, connections, met }) => {
  const rows: ReportRow[] = [
    { name: "queue", label: "Queue", result: queue },
    { name: "search", label: "Search", result: other },
  ];
  expect(evaluateGoals(rows, sql, connections).map((g) => g.met)).toEqual(met);
});

test("the table shows the queue's raw SQL beside it, and skipped routes with their reason", () => {
  const table = formatTable(
    [
      { name: "queue", label: "Queue", result: result(50, 140) },
      { name: "search", label: "Search", result: null, note: "skipped: /decisions answered 404" },
      { name: "case", label: "Case", result: result(NaN, NaN, 0, 0) },
    ],
    sql,
  );
  const lines = table.split("\n");
  expect(lines[0]).toMatch(/^Route\s+req\/s\s+p50 ms\s+p95 ms\s+errors\s+raw SQL p50\/p95 ms$/);
  expect(lines[2]).toMatch(/^Queue\s+100\.0\s+50\s+140\s+0\s+20 \/ 25$/);
  expect(lines[3]).toMatch(/skipped: \/decisions answered 404$/);
  expect(lines[4]).toMatch(/no request finished within the run$/);
});

test("the page's own time is taken with one connection when the sweep has it", () => {
  const rows: ReportRow[] = [{ name: "queue", label: "Queue", result: result(900, 1200) }];
  const sweep = [
    { connections: 1, result: result(55, 70) },
    { connections: 10, result: result(150, 200) },
  ];
  const [, , ratio] = evaluateGoals(rows, sql, 50, sweep);
  expect(ratio).toMatchObject({ met: true, detail: "page p50 with 1 connection 55 ms = 2.8x SQL p50 20 ms" });
  expect(evaluateGoals(rows, sql, 50)[2]).toMatchObject({
    met: false,
    detail: "page p50 under load 900 ms = 45.0x SQL p50 20 ms",
  });
});

test("the sweep says up to how many connections the queue's p95 stays under the goal", () => {
  const text = formatSweep([
    { connections: 1, result: result(20, 30) },
    { connections: 5, result: result(90, 140) },
    { connections: 10, result: result(160, 260) },
  ]);
  expect(text.split("\n")).toHaveLength(4);
  expect(text).toMatch(/p95 under 150 ms up to 5 connection\(s\) of those tried$/);
  expect(formatSweep([{ connections: 1, result: result(200, 300) }])).toMatch(
    /p95 not under 150 ms at any number of connections tried$/,
  );
});
