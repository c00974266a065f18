// The benchmark's table and its goals (pure): per route requests per second, p50 and p95
// latency and errors; for the queue, its raw SQL time beside the page time, and its latency
// at fewer connections (the sweep). Goals at 2,000,000 cases: queue p95 under 150 ms, no
// errors at 50 connections, and the queue page's median within 3 times the median of its
// own SQL. The page's own time is its median with one connection (from the sweep; without
// one, the median under load, which also holds the time spent waiting for the server).
import type { Spread } from "./percentiles.ts";
import type { RouteResult } from "./run-route.ts";

export const GOALS = { queueP95Ms: 150, connections: 50, pageOverSql: 3 };

export type ReportRow = { name: string; label: string; result: RouteResult | null; note?: string };
export type Goal = { goal: string; met: boolean; detail: string };

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "-");

export function formatTable(rows: ReportRow[], queueSql: Spread | null): string {
  const header = ["Route", "req/s", "p50 ms", "p95 ms", "errors", "raw SQL p50/p95 ms"];
  const body = rows.map((row) =>
    row.result && row.result.requests === 0
      ? [row.label, "0", "-", "-", String(row.result.errors), "no request finished within the run"]
      : row.result
        ? [
            row.label,
            row.result.perSecond.toFixed(1),
            ms(row.result.latency.p50),
            ms(row.result.latency.p95),
            String(row.result.errors) + (row.result.timeouts ? ` (${row.result.timeouts} timeouts)` : ""),
            row.name === "queue" && queueSql ? `${ms(queueSql.p50)} / ${ms(queueSql.p95)}` : "",
          ]
        : [row.label, "-", "-", "-", "-", row.note ?? "skipped"],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export type SweepPoint = { connections: number; result: RouteResult };

/** The queue's latency by number of connections, and the most connections with p95 under the goal. */
export function formatSweep(points: SweepPoint[]): string {
  const lines = points.map(
    (p) =>
      `  ${String(p.connections).padStart(3)} connection(s): ${p.result.perSecond.toFixed(1).padStart(6)} req/s, p50 ${ms(p.result.latency.p50).padStart(5)} ms, p95 ${ms(p.result.latency.p95).padStart(5)} ms, ${p.result.errors} error(s)`,
  );
  const within = points
    .filter((p) => p.result.requests > 0 && p.result.latency.p95 < GOALS.queueP95Ms)
    .map((p) => p.connections);
  lines.push(
    within.length
      ? `  p95 under ${GOALS.queueP95Ms} ms up to ${Math.max(...within)} connection(s) of those tried`
      : `  p95 not under ${GOALS.queueP95Ms} ms at any number of connections tried`,
  );
  return lines.join("\n");
}

export function evaluateGoals(
  rows: ReportRow[],
  queueSql: Spread | null,
  connections: number,
  sweep: SweepPoint[] = [],
): Goal[] {
  const goals: Goal[] = [];
  const queue = rows.find((r) => r.name === "queue")?.result;
  if (queue) {
    goals.push({
      goal: `Queue p95 under ${GOALS.queueP95Ms} ms`,
      met: queue.latency.p95 < GOALS.queueP95Ms,
      detail: `p95 ${ms(queue.latency.p95)} ms`,
    });
  }
  const measured = rows.filter((r) => r.result);
  const errors = measured.reduce((sum, r) => sum + r.result!.errors, 0);
  const stalled = measured.filter((r) => r.result!.requests === 0).map((r) => r.name);
  goals.push({
    goal: `No errors at ${GOALS.connections} connections`,
    met: errors === 0 && stalled.length === 0 && connections >= GOALS.connections,
    detail:
      `${errors} error(s) over ${measured.length} route(s) at ${connections} connections${connections < GOALS.connections ? " (fewer than the goal's)" : ""}` +
      (stalled.length ? `; no request of ${stalled.join(", ")} finished` : ""),
  });
  const alone = sweep.find((p) => p.connections === 1 && p.result.requests > 0)?.result;
  const page = alone ?? queue;
  if (page && queueSql) {
    const ratio = page.latency.p50 / queueSql.p50;
    const which = alone ? "page p50 with 1 connection" : "page p50 under load";
    goals.push({
      goal: `Queue page within ${GOALS.pageOverSql}x its raw SQL`,
      met: ratio <= GOALS.pageOverSql,
      detail: `${which} ${ms(page.latency.p50)} ms = ${ratio.toFixed(1)}x SQL p50 ${ms(queueSql.p50)} ms`,
    });
  }
  return goals;
}

export function formatGoals(goals: Goal[]): string {
  return goals.map((g) => `  [${g.met ? "met" : "NOT met"}] ${g.goal}: ${g.detail}`).join("\n");
}
