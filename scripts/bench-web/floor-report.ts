// The benchmark's per-route table measured against the floor (pure): a minimal dynamic page
// of the same app (the sign-in page) shows what one instance serves when a page costs
// nothing but the framework; each route's throughput is given as a ratio to it, with its
// bytes per response (the HTML document, which carries the RSC payload inline). Goals: every
// measured route at least half the floor's throughput, the public decisions page under
// 40 KB per response, and, through the shared cache, the public search at 50 connections
// with p95 under 150 ms. The floor is measured first and again after the other routes
// ("floor-again"): the machine's other load moves it between minutes. The table gives each
// route's ratio to the higher of the two, the stricter reference; and, when the route was also
// measured in turn with the floor (bench:web's --pairs rounds), the median of those rounds'
// ratios, each taken under the same minute's load: the goal is judged on that one when present.
import { median } from "../../tools/load/bench/percentiles.ts";
import type { RouteResult } from "../../tools/load/bench/run-route.ts";

export const FLOOR_GOALS = { ratio: 0.5, decisionsPageBytes: 40 * 1024, cachedSearchP95Ms: 150, cachedConnections: 50 };

/** Processor time a request (ms): the app server's processes, the database server's; null where unread. */
export type CpuPerRequest = { app: number | null; database: number | null };
/** A route measured in turn with the floor: each round's req/s of both, and the medians of the rounds' ratios. */
export type PairedRatios = {
  rounds: { floor: number; route: number; cpuRatio: number | null }[];
  /** median of route / floor over the rounds */
  ratio: number;
  /** median of the floor's app processor time a request over the route's, or null where unread */
  cpuRatio: number | null;
};
export type FloorRow = {
  name: string;
  label: string;
  result: RouteResult | null;
  bytes: number | null;
  note?: string;
  cpu?: CpuPerRequest;
  paired?: PairedRatios;
};

export function pairedSummary(rounds: PairedRatios["rounds"]): PairedRatios {
  const measured = rounds.filter((r) => r.floor > 0);
  const cpu = rounds.flatMap((r) => (r.cpuRatio === null ? [] : [r.cpuRatio]));
  return {
    rounds,
    ratio: measured.length ? median(measured.map((r) => r.route / r.floor)) : 0,
    cpuRatio: cpu.length ? median(cpu) : null,
  };
}
export type FloorGoal = { goal: string; met: boolean; detail: string };

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "-");
export const kb = (bytes: number | null) => (bytes === null ? "-" : `${(bytes / 1024).toFixed(1)} KB`);

const isFloor = (row: FloorRow) => row.name === "floor" || row.name === "floor-again";

/** The floor's throughput (the higher of its measurements), or null when it was not measured (or nothing finished). */
export function floorRate(rows: FloorRow[]): number | null {
  const rates = rows
    .filter(isFloor)
    .flatMap((row) => (row.result && row.result.requests > 0 ? [row.result.perSecond] : []));
  return rates.length > 0 ? Math.max(...rates) : null;
}

/** The floor's app processor time a request (the lower of its measurements), or null. */
export function floorCpu(rows: FloorRow[]): number | null {
  const values = rows.filter(isFloor).flatMap((row) => (row.cpu?.app != null && row.cpu.app > 0 ? [row.cpu.app] : []));
  return values.length > 0 ? Math.min(...values) : null;
}

const cpuCell = (value: number | null | undefined) => (value == null ? "-" : value.toFixed(2));

export function formatFloorTable(rows: FloorRow[]): string {
  const floor = floorRate(rows);
  const floorMs = floorCpu(rows);
  const header = [
    "Route",
    "req/s",
    "p50 ms",
    "p95 ms",
    "bytes/resp",
    "x floor",
    "x floor beside",
    "app ms/req",
    "db ms/req",
    "floor ms/app ms",
    "errors",
  ];
  const body = rows.map((row) => {
    const r = row.result;
    if (!r) return [row.label, "-", "-", "-", kb(row.bytes), "-", "-", "-", "-", "-", row.note ?? "skipped"];
    const app = row.cpu?.app ?? null;
    return [
      row.label,
      r.perSecond.toFixed(1),
      ms(r.latency.p50),
      ms(r.latency.p95),
      kb(row.bytes),
      floor ? (r.perSecond / floor).toFixed(2) : "-",
      row.paired ? row.paired.ratio.toFixed(2) : "-",
      cpuCell(app),
      cpuCell(row.cpu?.database),
      floorMs && app ? (floorMs / app).toFixed(2) : "-",
      String(r.errors) + (r.timeouts ? ` (${r.timeouts} timeouts)` : ""),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Routes that are not the floor itself and are not served through the shared cache. */
const measuredAgainstFloor = (row: FloorRow) => !isFloor(row) && !row.name.startsWith("cached-") && row.result;

export function evaluateFloorGoals(
  rows: FloorRow[],
  cached: { result: RouteResult; connections: number } | null,
): FloorGoal[] {
  const goals: FloorGoal[] = [];
  const floor = floorRate(rows);
  if (floor) {
    for (const row of rows.filter(measuredAgainstFloor)) {
      const ratio = row.result!.perSecond / floor;
      const against = `${row.result!.perSecond.toFixed(1)} req/s = ${ratio.toFixed(2)}x the floor's ${floor.toFixed(1)}`;
      // measured beside the floor when it was: the same minute's machine for both
      const paired = row.paired;
      goals.push({
        goal: `${row.name}: at least ${FLOOR_GOALS.ratio}x the floor's throughput`,
        met: (paired ? paired.ratio : ratio) >= FLOOR_GOALS.ratio,
        detail: paired
          ? `${paired.ratio.toFixed(2)}x the floor measured beside it (median of ${paired.rounds.map((r) => (r.route / r.floor).toFixed(2)).join(", ")}); ${against} (the run's higher floor)`
          : against,
      });
    }
  } else {
    goals.push({
      goal: "Every route at least half the floor's throughput",
      met: false,
      detail: "the floor (sign-in page) was not measured: add floor to --routes",
    });
  }
  for (const name of ["decisions", "search"]) {
    const row = rows.find((r) => r.name === name);
    if (row?.bytes != null) {
      goals.push({
        goal: `${name}: under ${kb(FLOOR_GOALS.decisionsPageBytes)} per response`,
        met: row.bytes < FLOOR_GOALS.decisionsPageBytes,
        detail: `${kb(row.bytes)} (HTML with its RSC payload)`,
      });
    }
  }
  if (cached) {
    const ok =
      cached.result.requests > 0 && cached.result.errors === 0 && cached.connections >= FLOOR_GOALS.cachedConnections;
    goals.push({
      goal: `Public search through the shared cache: p95 under ${FLOOR_GOALS.cachedSearchP95Ms} ms at ${FLOOR_GOALS.cachedConnections} connections`,
      met: ok && cached.result.latency.p95 < FLOOR_GOALS.cachedSearchP95Ms,
      detail: `p95 ${ms(cached.result.latency.p95)} ms, ${cached.result.perSecond.toFixed(0)} req/s, ${cached.result.errors} error(s) at ${cached.connections} connections`,
    });
  }
  return goals;
}

export function formatFloorGoals(goals: FloorGoal[]): string {
  return goals.map((g) => `  [${g.met ? "met" : "NOT met"}] ${g.goal}: ${g.detail}`).join("\n");
}
