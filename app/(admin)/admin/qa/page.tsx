import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listQaQueue } from "@/lib/qa/qa-queue.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { DueDate, ReviewTypeBadge } from "@/components/cases/case-badges.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";

export const metadata = { title: "QA queue" };

export default async function QaQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const page = Math.max(1, Number(params.page) || 1);
  const queue = await listQaQueue({ actor: await requireRole("ADMIN"), page });
  return (
    <>
      <PageHeader
        title="QA queue"
        description="Determinations submitted by reviewers, oldest first. Read the draft letter, then return it with comments or approve it."
      />
      <div
        tabIndex={0}
        role="region"
        aria-label="QA queue (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Determinations waiting for QA</caption>
          <thead className="bg-slate-50">
            <tr>
              {["Case", "Type", "Reviewer", "Submitted", "Due", "Readings"].map((h) => (
                <PlainHeader key={h} label={h} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {queue.rows.length === 0 ? <EmptyRow colSpan={6}>Nothing is waiting for QA.</EmptyRow> : null}
            {queue.rows.map((row) => (
              <tr key={row.id}>
                <td className="px-3 py-2 font-mono">
                  <Link className="font-semibold text-brand-700 hover:underline" href={`/admin/qa/${row.id}`}>
                    {row.case.caseNumber}
                  </Link>
                  {row.amendsId ? (
                    <span className="ml-2">
                      <Badge tone="amber">Amendment v{row.version}</Badge>
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <ReviewTypeBadge type={row.case.reviewType} />
                </td>
                <td className="px-3 py-2">{row.reviewer.user.name}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.submittedAt ? formatDateTime(row.submittedAt) : "—"}
                </td>
                <td className="px-3 py-2">
                  <DueDate dueAt={row.case.dueAt} />
                </td>
                <td className="px-3 py-2 text-center">{row._count.qaReviews}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={queue.page}
        pageSize={queue.pageSize}
        total={queue.total}
        basePath="/admin/qa"
        params={params}
      />
    </>
  );
}
