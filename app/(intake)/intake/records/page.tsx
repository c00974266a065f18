import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listLateRecords } from "@/lib/records/late-records.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { ReviewTypeBadge } from "@/components/cases/case-badges.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";

export const metadata = { title: "Late records" };

export default async function LateRecordsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const page = Math.max(1, Number(params.page) || 1);
  const late = await listLateRecords({ actor: await requireRole("INTAKE", "ADMIN"), page });
  return (
    <>
      <PageHeader
        title="Late records"
        description="Records requests past their due date with no records received, most overdue first."
      />
      <div
        tabIndex={0}
        role="region"
        aria-label="Records overdue (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Late records requests</caption>
          <thead className="bg-slate-50">
            <tr>
              {["Case", "Type", "Requested", "Due", "Late by", "Request"].map((h) => (
                <PlainHeader key={h} label={h} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {late.rows.length === 0 ? <EmptyRow colSpan={6}>No records are late.</EmptyRow> : null}
            {late.rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2 font-mono">
                  <Link className="font-semibold text-brand-700 hover:underline" href={`/intake/cases/${r.case.id}`}>
                    {r.case.caseNumber}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <ReviewTypeBadge type={r.case.reviewType} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.requestedAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.dueAt)}</td>
                <td className="px-3 py-2 font-semibold text-red-700">{r.daysLate} d</td>
                <td className="px-3 py-2">{r.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={late.page}
        pageSize={late.pageSize}
        total={late.total}
        basePath="/intake/records"
        params={params}
      />
    </>
  );
}
