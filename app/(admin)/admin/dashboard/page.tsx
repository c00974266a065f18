import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { loadDashboard, STAGE_COUNT_CAP } from "@/lib/cases/dashboard.ts";
import type { DashboardEntry } from "@/lib/deadlines/deadline-dashboard.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { STATUS_LABELS } from "@/components/cases/case-badges.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "Dashboard" };

function DeadlineList({
  title,
  entries,
  caseNumber,
  empty,
}: {
  title: string;
  entries: DashboardEntry[];
  caseNumber: (id: string) => string;
  empty: string;
}) {
  return (
    <Card title={`${title} (${entries.length})`}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" aria-label={title}>
          {entries.slice(0, 50).map((e) => (
            <li key={`${e.caseId}-${e.kind}`} className="py-2">
              <Link
                className="font-mono font-semibold text-brand-700 hover:underline"
                href={`/admin/cases/${e.caseId}`}
              >
                {caseNumber(e.caseId)}
              </Link>{" "}
              <span>{e.label}</span> <span className="text-slate-600">— due {formatDateTime(e.dueAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const stageCount = (n: number) =>
  n > STAGE_COUNT_CAP ? `more than ${STAGE_COUNT_CAP.toLocaleString("en-US")}` : n.toLocaleString("en-US");

/** The admin case list filtered by one status (the assignment queue's own filter). */
const stageHref = (status: string) => `/admin?${new URLSearchParams({ status })}`;

const days = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} days`);

export default async function DashboardPage() {
  const d = await loadDashboard({ actor: await requireRole("ADMIN") });
  return (
    <>
      <PageHeader title="Dashboard" description="Cases by stage and the deadlines that need attention." />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Cases by stage">
          <ul
            className="grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2"
            aria-label="Cases by stage"
          >
            {Object.entries(STATUS_LABELS).map(([status, [label]]) => (
              <li key={status} className="border-b border-slate-100">
                <Link
                  href={stageHref(status)}
                  className="flex justify-between gap-2 rounded py-1.5 text-brand-700 underline-offset-2 hover:bg-slate-50 hover:underline"
                >
                  <span>{label}</span>
                  <span className="font-semibold tabular-nums text-slate-900">
                    {stageCount(d.byStage[status] ?? 0)}
                  </span>
                </Link>
                {status === "ASSIGNED" ? (
                  <p className="pb-1.5 text-xs text-slate-600">
                    {stageCount(d.assigned.offered)} offered, waiting for the reviewer&apos;s answer;{" "}
                    {stageCount(d.assigned.inReview)} in review
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-slate-600">Each stage opens the case list filtered by it.</p>
        </Card>
        <Card title="Average case age (cases decided in the last 90 days)">
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between">
              <dt>From assignment to decision</dt>
              <dd className="font-semibold">{days(d.averageDaysFromAssignment)}</dd>
            </div>
            <div className="flex justify-between">
              <dt>From complete records to decision</dt>
              <dd className="font-semibold">{days(d.averageDaysFromRecords)}</dd>
            </div>
            <div className="flex justify-between text-slate-600">
              <dt>Letters counted</dt>
              <dd>{d.lettersCounted}</dd>
            </div>
          </dl>
        </Card>
        <DeadlineList title="Overdue" entries={d.overdue} caseNumber={d.caseNumber} empty="Nothing is overdue." />
        <DeadlineList title="Due today" entries={d.dueToday} caseNumber={d.caseNumber} empty="Nothing is due today." />
        <DeadlineList title="At risk" entries={d.atRisk} caseNumber={d.caseNumber} empty="Nothing is at risk." />
      </div>
    </>
  );
}
