// The admin dashboard's figures from plain case data: cases by stage (status), and the open
// deadlines that are due today, at risk (last 20% of their window) or overdue, soonest first.
// Only duties count: the appeal window closing is not a missed deadline.
import type { CaseDeadline } from "./case-deadlines.ts";
import { DEADLINE_RULES, type DeadlineKind } from "./deadline-rules.ts";
import { AT_RISK_SHARE, deadlineStatus, type DeadlineStatus } from "./deadline-status.ts";

export type DashboardCase = {
  caseId: string;
  status: string;
  deadlines: CaseDeadline[];
  /** when each deadline's act was done (notice sent, records complete, letter issued, ...) */
  done?: Partial<Record<DeadlineKind, Date | boolean | null>>;
};

export type DashboardEntry = {
  caseId: string;
  kind: DeadlineKind;
  label: string;
  dueDate?: string;
  dueAt: Date;
  status: DeadlineStatus;
};

export type DeadlineDashboard = {
  byStage: Record<string, number>;
  dueToday: DashboardEntry[];
  atRisk: DashboardEntry[];
  overdue: DashboardEntry[];
};

export function deadlineDashboard(
  cases: DashboardCase[],
  now: Date,
  atRiskShare: number = AT_RISK_SHARE,
): DeadlineDashboard {
  const byStage: Record<string, number> = {};
  const dueToday: DashboardEntry[] = [];
  const atRisk: DashboardEntry[] = [];
  const overdue: DashboardEntry[] = [];
  for (const kase of cases) {
    byStage[kase.status] = (byStage[kase.status] ?? 0) + 1;
    for (const d of kase.deadlines) {
      if (!DEADLINE_RULES[d.kind].isDuty) continue;
      const status = deadlineStatus(d.startsAt, d.dueAt, now, kase.done?.[d.kind], atRiskShare);
      const entry: DashboardEntry = {
        caseId: kase.caseId,
        kind: d.kind,
        label: d.label,
        ...(d.dueDate ? { dueDate: d.dueDate } : {}),
        dueAt: d.dueAt,
        status,
      };
      if (status === "due_today") dueToday.push(entry);
      else if (status === "at_risk") atRisk.push(entry);
      else if (status === "overdue") overdue.push(entry);
    }
  }
  const soonest = (a: DashboardEntry, b: DashboardEntry) =>
    a.dueAt.getTime() - b.dueAt.getTime() || a.caseId.localeCompare(b.caseId);
  return { byStage, dueToday: dueToday.sort(soonest), atRisk: atRisk.sort(soonest), overdue: overdue.sort(soonest) };
}
