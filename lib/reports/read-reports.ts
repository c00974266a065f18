// The admin reports for a period (default: the last 12 months). Read-only: every report is
// read in one repeatable-read transaction, so the figures of one page come from the same
// snapshot of the data and agree with each other.
import { dbRead } from "../db/read-client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { parseReportPeriod, type ReportPeriod } from "./period.ts";
import { REPORT_IDS, REPORTS, type ReportRows } from "./catalog.ts";
import { tuneReportSession, type ReportReader } from "./sql.ts";

/** Long enough for a year of a national caseload; reads only. */
export const REPORT_TRANSACTION = { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 120_000 } as const;

export type ReportsResult = { period: ReportPeriod; rows: ReportRows };

export async function loadAllReports(reader: ReportReader, period: ReportPeriod): Promise<ReportRows> {
  const rows = {} as Record<string, unknown>;
  await tuneReportSession(reader);
  // One after another: the transaction has one connection.
  for (const id of REPORT_IDS) rows[id] = await REPORTS[id].load(reader, period);
  return rows as ReportRows;
}

export async function readReports({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<ReportsResult> {
  requirePermission(actor, "reports.read");
  const period = parseReportPeriod(input, now);
  const rows = await dbRead().$transaction((tx) => loadAllReports(tx, period), REPORT_TRANSACTION);
  return { period, rows };
}
