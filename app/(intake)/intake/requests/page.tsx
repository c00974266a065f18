import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listOverdueInformationRequests } from "@/lib/information-requests/overdue-information-requests.ts";
import { partyRoleLabel } from "@/lib/parties/party-role-labels.ts";
import { formatCaliforniaDate, formatDateTime } from "@/lib/format/dates.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { ReviewTypeBadge } from "@/components/cases/case-badges.tsx";
import { NOT_NARROW, WIDE, WIDER } from "@/components/cases/case-columns.ts";
import { PageHeader } from "@/components/ui/card.tsx";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";

export const metadata = { title: "Overdue requests" };

/** Phones keep the case, how late, whom and what; the dates and the type come with more width. */
const COLUMNS: [label: string, className?: string][] = [
  ["Case"],
  ["Late by"],
  ["Asked"],
  ["Question"],
  ["Due", NOT_NARROW],
  ["Sent", WIDE],
  ["Type", WIDER],
];

export default async function OverdueRequestsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const page = Math.min(100_000, Math.max(1, Math.floor(Number(params.page)) || 1));
  const overdue = await listOverdueInformationRequests({ actor: await requireRole("INTAKE", "ADMIN"), page });
  return (
    <>
      <PageHeader
        title="Overdue requests"
        description="Requests for information a party has not answered by their due date, on cases still open, most overdue first. Open the case to see the request or send another."
      />
      <div
        tabIndex={0}
        role="region"
        aria-label="Overdue requests (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Requests for information past their due date, not answered</caption>
          <thead className="bg-slate-50">
            <tr>
              {COLUMNS.map(([label, className]) => (
                <PlainHeader key={label} label={label} className={className} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {overdue.rows.length === 0 ? (
              <EmptyRow colSpan={COLUMNS.length}>No request is overdue: every party has answered in time.</EmptyRow>
            ) : null}
            {overdue.rows.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap font-mono">
                  <Link className="row-link" href={`/intake/cases/${r.case.id}#information-requests`}>
                    {r.case.caseNumber}
                  </Link>
                </td>
                <td className="whitespace-nowrap font-semibold text-red-700">{r.daysLate} d</td>
                <td>
                  {r.partyName} <span className="text-slate-500">({partyRoleLabel(r.partyRole)})</span>
                </td>
                <td className="min-w-48 max-w-md">
                  <p className="line-clamp-2" title={r.question}>
                    {r.question}
                  </p>
                </td>
                <td className={`whitespace-nowrap ${NOT_NARROW}`}>{formatCaliforniaDate(r.dueAt)}</td>
                <td className={`whitespace-nowrap ${WIDE}`}>{formatDateTime(r.sentAt)}</td>
                <td className={WIDER}>
                  <ReviewTypeBadge type={r.case.reviewType} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={overdue.page}
        pageSize={overdue.pageSize}
        total={overdue.total}
        basePath="/intake/requests"
        params={params}
      />
    </>
  );
}
