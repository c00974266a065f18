// Intake's verification queue of applications filed online (lib/filings/filing-queue.ts).
import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listFilings } from "@/lib/filings/filing-queue.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { FilingStatusBadge } from "@/components/filings/filing-status-badge.tsx";
import { EmptyRow, Pagination, PlainHeader, SortHeader } from "@/components/ui/table.tsx";

export const metadata = { title: "Online filings" };

const STATUSES = [
  ["PENDING", "Waiting"],
  ["ACCEPTED", "Accepted"],
  ["REJECTED", "Rejected"],
  ["ALL", "All"],
] as const;

export default async function FilingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const list = await listFilings({ actor: await requireRole("INTAKE", "ADMIN"), query: params });
  const q = list.query;
  const state = { sort: q.sort, dir: q.dir };
  const keep = { status: q.status, sort: q.sort, dir: q.dir };
  const base = "/intake/filings";
  return (
    <>
      <PageHeader
        title="Online filings"
        description="Applications filed online wait here until intake checks them beside their papers and accepts each as a case or rejects it."
      />
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2 text-sm">
        {STATUSES.map(([value, label]) => (
          <Link
            key={value}
            href={`${base}?status=${value}`}
            aria-current={q.status === value ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ${q.status === value ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <div
        tabIndex={0}
        role="region"
        aria-label="Online filings (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Applications filed online</caption>
          <thead className="bg-slate-50">
            <tr>
              <SortHeader label="Filing" column="number" state={state} basePath={base} params={keep} />
              <SortHeader label="Filed" column="receivedAt" state={state} basePath={base} params={keep} />
              <PlainHeader label="Employee" />
              <SortHeader
                label="Filed by"
                column="filerName"
                state={state}
                basePath={base}
                params={keep}
                className="hidden md:table-cell"
              />
              <SortHeader label="Status" column="status" state={state} basePath={base} params={keep} />
              <PlainHeader label="Papers" className="hidden md:table-cell" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.length === 0 ? (
              <EmptyRow colSpan={6}>
                {q.status === "PENDING" ? "No filing is waiting to be checked." : "No filings."}
              </EmptyRow>
            ) : null}
            {list.rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2 font-mono">
                  <Link href={`${base}/${r.id}`} className="text-brand-700 underline">
                    {r.filingNumber}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {formatDateTime(r.receivedAt)}
                  {r.late ? (
                    <>
                      {" "}
                      <Badge tone="amber">Late</Badge>
                    </>
                  ) : null}
                </td>
                <td className="px-3 py-2">{r.employeeName}</td>
                <td className="hidden px-3 py-2 md:table-cell">
                  {r.filerName}{" "}
                  <span className="text-slate-500">
                    ({r.filerRole === "REPRESENTATIVE" ? "representative" : "employee"})
                  </span>
                </td>
                <td className="px-3 py-2">
                  <FilingStatusBadge status={r.status} />
                </td>
                <td className="hidden px-3 py-2 md:table-cell">{r.papers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={base} params={keep} />
    </>
  );
}
