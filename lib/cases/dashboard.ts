// The admin dashboard: cases by stage; open deadlines due today, at risk (last 20% of the
// window) or overdue; and the average case age the regulator reports: days from assignment
// and from complete records to the decision, over the cases decided in the last 90 days
// (California days, today included), the same figures as the case-age report
// (lib/reports/case-age.ts) for that period, aggregated in the database.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { deadlineDashboard } from "../deadlines/deadline-dashboard.ts";
import { caseDeadlineSelect, deadlinesOf } from "./case-deadlines-view.ts";
import { caseAge } from "../reports/case-age.ts";
import { parseReportPeriod } from "../reports/period.ts";
import { addDays, californiaDate } from "../deadlines/calendar.ts";

const OPEN = ["RECEIVED", "NEEDS_INFORMATION", "DEFERRED", "AWAITING_RECORDS", "READY_FOR_ASSIGNMENT", "ASSIGNED", "IN_QA"] as const;
/** California days of letters the averages cover, today included. */
export const DASHBOARD_AGE_DAYS = 90;

export async function loadDashboard({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  requirePermission(actor, "dashboard.read");
  const today = californiaDate(now);
  const period = parseReportPeriod({ from: addDays(today, 1 - DASHBOARD_AGE_DAYS), to: today }, now);
  const [stages, open, ages] = await Promise.all([
    db().case.groupBy({ by: ["status"], _count: { _all: true } }),
    db().case.findMany({ where: { status: { in: [...OPEN] } }, select: { ...caseDeadlineSelect, caseNumber: true }, take: 5000, orderBy: { dueAt: { sort: "asc", nulls: "last" } } }),
    caseAge(db(), period),
  ]);
  const all = ages[ages.length - 1];
  const numbers = new Map(open.map((c) => [c.id, c.caseNumber]));
  const board = deadlineDashboard(
    open.map((c) => ({ caseId: c.id, status: c.status, deadlines: deadlinesOf(c, now), done: Object.fromEntries(deadlinesOf(c, now).map((d) => [d.kind, d.doneAt])) })),
    now,
  );
  return {
    byStage: Object.fromEntries(stages.map((s) => [s.status, s._count._all])) as Record<string, number>,
    dueToday: board.dueToday,
    atRisk: board.atRisk,
    overdue: board.overdue,
    caseNumber: (id: string) => numbers.get(id) ?? id,
    averageDaysFromAssignment: all.averageDaysFromAssignment,
    averageDaysFromRecords: all.averageDaysFromRecords,
    lettersCounted: all.decided,
  };
}
