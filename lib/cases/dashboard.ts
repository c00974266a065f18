// The admin dashboard: cases by stage; open deadlines due today, at risk (last 20% of the
// window) or overdue; and the average case age the regulator reports: days from assignment
// and from complete records to the decision, over the cases decided in the last 90 days
// (California days, today included), the same figures as the case-age report
// (lib/reports/case-age.ts) for that period, aggregated in the database.
import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { deadlineDashboard } from "../deadlines/deadline-dashboard.ts";
import { caseDeadlineSelect, deadlinesOf } from "./case-deadlines-view.ts";
import { caseAge } from "../reports/case-age.ts";
import { tuneReportSession } from "../reports/sql.ts";
import { parseReportPeriod } from "../reports/period.ts";
import { addDays, californiaDate } from "../deadlines/calendar.ts";
import { OPEN_CASE_STATUSES } from "./case-status-rules.ts";

/** Stages are counted up to this many cases each (index-only, a few milliseconds); more is shown as "more than". */
export const STAGE_COUNT_CAP = 100_000;

/** Cases per status, each counted through the (status, ...) index no further than the cap. */
async function casesByStage(): Promise<Record<string, number>> {
  const rows = await db().$queryRaw<{ status: string; n: number }[]>(Prisma.sql`
    SELECT s.status::text AS status,
           (SELECT count(*) FROM (SELECT 1 FROM "Case" c WHERE c.status = s.status LIMIT ${STAGE_COUNT_CAP + 1}::int) AS capped)::int AS n
    FROM unnest(enum_range(NULL::"CaseStatus")) AS s(status)`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Assigned cases split by the reviewer's answer: offered and not answered yet, or accepted (in review); capped as the stages are. */
async function assignedByAnswer(): Promise<{ offered: number; inReview: number }> {
  const [row] = await db().$queryRaw<{ offered: number; in_review: number }[]>(Prisma.sql`
    SELECT
      (SELECT count(*) FROM (SELECT 1 FROM "Case" c WHERE c.status = 'ASSIGNED'
         AND EXISTS (SELECT 1 FROM "Assignment" a WHERE a."caseId" = c.id AND a.status = 'ACTIVE') LIMIT ${STAGE_COUNT_CAP + 1}::int) AS capped)::int AS in_review,
      (SELECT count(*) FROM (SELECT 1 FROM "Case" c WHERE c.status = 'ASSIGNED'
         AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."caseId" = c.id AND a.status = 'ACTIVE')
         AND EXISTS (SELECT 1 FROM "Assignment" a WHERE a."caseId" = c.id AND a.status = 'OFFERED') LIMIT ${STAGE_COUNT_CAP + 1}::int) AS capped)::int AS offered`);
  return { offered: row?.offered ?? 0, inReview: row?.in_review ?? 0 };
}

/** California days of letters the averages cover, today included. */
export const DASHBOARD_AGE_DAYS = 90;

export async function loadDashboard({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  requirePermission(actor, "dashboard.read");
  const today = californiaDate(now);
  const period = parseReportPeriod({ from: addDays(today, 1 - DASHBOARD_AGE_DAYS), to: today }, now);
  const [stages, assigned, open, ages] = await Promise.all([
    casesByStage(),
    assignedByAnswer(),
    db().case.findMany({
      where: { status: { in: [...OPEN_CASE_STATUSES] } },
      select: { ...caseDeadlineSelect, caseNumber: true },
      take: 5000,
      orderBy: { dueAt: { sort: "asc", nulls: "last" } },
    }),
    // read as the reports are: one transaction with their planner settings
    db().$transaction(async (tx) => {
      await tuneReportSession(tx);
      return caseAge(tx, period);
    }),
  ]);
  const all = ages[ages.length - 1];
  const numbers = new Map(open.map((c) => [c.id, c.caseNumber]));
  const board = deadlineDashboard(
    open.map((c) => {
      const deadlines = deadlinesOf(c, now);
      return {
        caseId: c.id,
        status: c.status,
        deadlines,
        done: Object.fromEntries(deadlines.map((d) => [d.kind, d.doneAt])),
      };
    }),
    now,
  );
  return {
    /** up to STAGE_COUNT_CAP + 1 per status */
    byStage: stages,
    /** the ASSIGNED stage split: offers not answered yet, and accepted cases in review */
    assigned,
    dueToday: board.dueToday,
    atRisk: board.atRisk,
    overdue: board.overdue,
    caseNumber: (id: string) => numbers.get(id) ?? id,
    averageDaysFromAssignment: all.averageDaysFromAssignment,
    averageDaysFromRecords: all.averageDaysFromRecords,
    lettersCounted: all.decided,
  };
}
