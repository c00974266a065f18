// A reviewer's workload from their assignments: open cases (OFFERED or ACTIVE), cases in
// the last 7 days (assigned then and not declined or revoked), and the median turnaround
// (hours from assignment to completion) of the reviews completed in the last 180 days.
import { DAY_MS } from "./calendar.ts";

export const RECENT_DAYS = 7;
export const TURNAROUND_DAYS = 180;

export type AssignmentRow = { reviewerId: string; status: string; assignedAt: Date; endedAt: Date | null };
export type Workload = { openCases: number; casesLast7Days: number; medianTurnaroundHours: number | null };

export const recentSince = (now: Date): Date => new Date(now.getTime() - RECENT_DAYS * DAY_MS);
export const turnaroundSince = (now: Date): Date => new Date(now.getTime() - TURNAROUND_DAYS * DAY_MS);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarizeWorkload(rows: AssignmentRow[], now: Date): Map<string, Workload> {
  const recent = recentSince(now).getTime(), since = turnaroundSince(now).getTime();
  const counts = new Map<string, { open: number; recent: number; hours: number[] }>();
  for (const row of rows) {
    let entry = counts.get(row.reviewerId);
    if (!entry) counts.set(row.reviewerId, (entry = { open: 0, recent: 0, hours: [] }));
    if (row.status === "OFFERED" || row.status === "ACTIVE") entry.open += 1;
    if (row.status !== "DECLINED" && row.status !== "REVOKED" && row.assignedAt.getTime() >= recent) entry.recent += 1;
    if (row.status === "COMPLETED" && row.endedAt !== null && row.endedAt.getTime() >= since) {
      entry.hours.push(Math.max(0, row.endedAt.getTime() - row.assignedAt.getTime()) / 3_600_000);
    }
  }
  return new Map([...counts].map(([id, c]) => [id, { openCases: c.open, casesLast7Days: c.recent, medianTurnaroundHours: median(c.hours) }]));
}

export const NO_WORKLOAD: Workload = { openCases: 0, casesLast7Days: 0, medianTurnaroundHours: null };
