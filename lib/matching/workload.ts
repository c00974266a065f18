// A reviewer's workload from their assignments: open cases (OFFERED or ACTIVE), cases in
// the last 7 days (assigned then and not declined or revoked), and the median turnaround
// (hours from assignment to completion) of the reviews completed in the last 180 days.
// Aggregated in the database by loadWorkload (lib/cases/matching-data/load-matching-data.ts).
import { DAY_MS } from "./calendar.ts";

export const RECENT_DAYS = 7;
export const TURNAROUND_DAYS = 180;

export type Workload = { openCases: number; casesLast7Days: number; medianTurnaroundHours: number | null };

export const recentSince = (now: Date): Date => new Date(now.getTime() - RECENT_DAYS * DAY_MS);
export const turnaroundSince = (now: Date): Date => new Date(now.getTime() - TURNAROUND_DAYS * DAY_MS);

export const NO_WORKLOAD: Workload = { openCases: 0, casesLast7Days: 0, medianTurnaroundHours: null };
