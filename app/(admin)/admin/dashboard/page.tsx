import Link from "next/link";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { loadDashboard, STAGE_COUNT_CAP } from "@/lib/cases/dashboard.ts";
import type { DashboardEntry } from "@/lib/deadlines/deadline-dashboard.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { STATUS_LABELS } from "@/components/cases/case-badges.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "Dashboard" };

function DeadlineList({ title, entries, caseNumber, empty }: { title: string; entries: DashboardEntry[]; caseNumber: (id: string) => string; empty: string }) {
  return (
    <Card title={`${title} (${entries.length})`}>
      {entries.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : (
        <ul className="divide-y divide-slate-100 text-sm" aria-label={title}>
          {entries.slice(0, 50).map((e) => (
            <li key={`${e.caseId}-${e.kind}`} className="py-2">
              <Link className="font-mono font-semibold text-brand-700 hover:underline" href={`/intake/cases/${e.caseId}`}>{caseNumber(e.caseId)}</Link>{" "}
              <span>{e.label}</span> <span className="text-slate-600">— due {formatDateTime(e.dueAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const stageCount = (n: number) => (n > STAGE_COUNT_CAP ? `more than ${STAGE_COUNT_CAP.toLocaleString("en-US")}` : n.toLocaleString("en-US"));

const days = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} days`);

export default async function DashboardPage() {
  const d = await loadDashboard({ actor: await requireRole("ADMIN") });
  return (
    <>
      <PageHeader title="Dashboard" description="Cases by stage and the deadlines that need attention." />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Cases by stage">
          <dl className="grid grid-cols-2 gap-2 text-sm">
            {Object.entries(STATUS_LABELS).map(([status, [label]]) => (
              <div key={status} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                <dt>{label}</dt>
                <dd className="font-semibold tabular-nums">{stageCount(d.byStage[status] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Average case age (cases decided in the last 90 days)">
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between"><dt>From assignment to decision</dt><dd className="font-semibold">{days(d.averageDaysFromAssignment)}</dd></div>
            <div className="flex justify-between"><dt>From complete records to decision</dt><dd className="font-semibold">{days(d.averageDaysFromRecords)}</dd></div>
            <div className="flex justify-between text-slate-600"><dt>Letters counted</dt><dd>{d.lettersCounted}</dd></div>
          </dl>
        </Card>
        <DeadlineList title="Overdue" entries={d.overdue} caseNumber={d.caseNumber} empty="Nothing is overdue." />
        <DeadlineList title="Due today" entries={d.dueToday} caseNumber={d.caseNumber} empty="Nothing is due today." />
        <DeadlineList title="At risk" entries={d.atRisk} caseNumber={d.caseNumber} empty="Nothing is at risk." />
      </div>
    </>
  );
}
