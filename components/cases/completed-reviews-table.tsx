// A reviewer's completed reviews: newest completion first (a fixed order, read from the
// assignments' index), with the case's type, received date, due date and items; paged.
import Link from "@/components/ui/link.tsx";
import type { CompletedReviewRow } from "@/lib/cases/list-completed-reviews.ts";
import { formatCaliforniaDate } from "@/lib/format/dates.ts";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";
import { DueDate, ReviewTypeBadge } from "./case-badges.tsx";

type Props = {
  rows: CompletedReviewRow[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  basePath: string;
  params: Record<string, string | undefined>;
  caseHref: (id: string) => string;
};

export function CompletedReviewsTable({
  rows,
  total,
  totalIsCapped,
  page,
  pageSize,
  basePath,
  params,
  caseHref,
}: Props) {
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Completed reviews (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Completed reviews, newest first</caption>
          <thead className="bg-slate-50">
            <tr>
              <PlainHeader label="Case" />
              <PlainHeader label="Completed" />
              <PlainHeader label="Type" />
              <PlainHeader label="Received" />
              <PlainHeader label="Was due" />
              <PlainHeader label="Items" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <EmptyRow colSpan={6}>No completed review yet. Cases appear here once their letter is issued.</EmptyRow>
            ) : null}
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-3 py-2 font-mono">
                  <Link
                    href={caseHref(row.id)}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.caseNumber}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.completedAt ? formatCaliforniaDate(row.completedAt) : "—"}
                </td>
                <td className="px-3 py-2">
                  <ReviewTypeBadge type={row.reviewType} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatCaliforniaDate(row.receivedAt)}</td>
                <td className="px-3 py-2">
                  <DueDate dueAt={row.dueAt} done />
                </td>
                <td className="px-3 py-2 text-center">{row._count.items}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        totalIsCapped={totalIsCapped}
        basePath={basePath}
        params={params}
      />
    </div>
  );
}
