// The admin dashboard: cases by stage; open deadlines due today, at risk (last 20% of the
// window) or overdue; and the average case age the regulator reports: days from assignment
// and from complete records to the decision, over letters issued in the last 90 days.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { deadlineDashboard } from "../deadlines/deadline-dashboard.ts";
import { caseDeadlineSelect, deadlinesOf } from "./case-deadlines-view.ts";

const OPEN = ["RECEIVED", "NEEDS_INFORMATION", "DEFERRED", "AWAITING_RECORDS", "READY_FOR_ASSIGNMENT", "ASSIGNED", "IN_QA"] as const;
const DAY = 86_400_000;

export async function loadDashboard({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  requirePermission(actor, "dashboard.read");
  const [stages, open, decided] = await Promise.all([
    db().case.groupBy({ by: ["status"], _count: { _all: true } }),
    db().case.findMany({ where: { status: { in: [...OPEN] } }, select: { ...caseDeadlineSelect, caseNumber: true }, take: 5000, orderBy: { dueAt: { sort: "asc", nulls: "last" } } }),
    db().determination.findMany({
      where: { version: 1, issuedAt: { gte: new Date(now.getTime() - 90 * DAY) } },
      select: { issuedAt: true, case: { select: { recordsCompleteAt: true, assignments: { select: { assignedAt: true }, orderBy: { assignedAt: "asc" }, take: 1 } } } },
    }),
  ]);
  const numbers = new Map(open.map((c) => [c.id, c.caseNumber]));
  const board = deadlineDashboard(
    open.map((c) => ({ caseId: c.id, status: c.status, deadlines: deadlinesOf(c, now), done: Object.fromEntries(deadlinesOf(c, now).map((d) => [d.kind, d.doneAt])) })),
    now,
  );
  const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  const fromAssignment = decided.flatMap((d) => (d.case.assignments[0] ? [(d.issuedAt!.getTime() - d.case.assignments[0].assignedAt.getTime()) / DAY] : []));
  const fromRecords = decided.flatMap((d) => (d.case.recordsCompleteAt ? [(d.issuedAt!.getTime() - d.case.recordsCompleteAt.getTime()) / DAY] : []));
  return {
    byStage: Object.fromEntries(stages.map((s) => [s.status, s._count._all])) as Record<string, number>,
    dueToday: board.dueToday,
    atRisk: board.atRisk,
    overdue: board.overdue,
    caseNumber: (id: string) => numbers.get(id) ?? id,
    averageDaysFromAssignment: average(fromAssignment),
    averageDaysFromRecords: average(fromRecords),
    lettersCounted: decided.length,
  };
}
