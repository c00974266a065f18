// The administrators' list of publications: case and version, status, outcome, dates, and
// what needs attention: a blocked copy's leak message (with a retry), a withdrawal's reason,
// and for a published decision its PDF and the withdrawal.
import Link from "@/components/ui/link.tsx";
import type { ActionResult } from "@/lib/action-result.ts";
import type { AdminPublicationRow } from "@/lib/publication/admin-publications.ts";
import { publishedPdfPath } from "@/lib/publication/published-pdf.ts";
import { formatDate, formatDateTime } from "@/lib/format/dates.ts";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";
import { OutcomeBadge, PublicationStatusBadge } from "./publication-badges.tsx";
import { RetryPublication } from "./retry-publication.tsx";
import { WithdrawPublication } from "./withdraw-publication.tsx";

type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type Props = {
  rows: AdminPublicationRow[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  params: Record<string, string | undefined>;
  withdrawAction: Action;
  retryAction: Action;
};

function Details({ row }: { row: AdminPublicationRow }) {
  switch (row.status) {
    case "BLOCKED":
    case "NEEDS_REVIEW":
      return <p className="max-w-xl text-sm text-red-800">{row.leakMessage}</p>;
    case "WITHDRAWN":
      return (
        <p className="max-w-xl text-sm text-slate-700">
          Withdrawn {row.withdrawnAt ? formatDateTime(row.withdrawnAt) : ""}
          {row.withdrawnByName ? ` by ${row.withdrawnByName}` : ""}: {row.withdrawalReason}
        </p>
      );
    case "SUPERSEDED":
      return <p className="text-sm text-slate-600">Replaced by the publication of a later version.</p>;
    case "PUBLISHED":
      return (
        <p className="text-sm text-slate-700">
          Public since {row.publishedAt ? formatDateTime(row.publishedAt) : "—"}.{" "}
          <a href={publishedPdfPath(row.id)} className="font-medium text-brand-700 underline underline-offset-2">
            Published PDF
          </a>
        </p>
      );
  }
}

export function PublicationTable({
  rows,
  total,
  totalIsCapped,
  page,
  pageSize,
  params,
  withdrawAction,
  retryAction,
}: Props) {
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Published decisions (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Publications</caption>
          <thead className="bg-slate-50">
            <tr>
              <PlainHeader label="Case" />
              <PlainHeader label="Status" />
              <PlainHeader label="Outcome" />
              <PlainHeader label="Decided" />
              <PlainHeader label="Details" />
              <PlainHeader label="Action" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={6}>No publication matches these filters.</EmptyRow> : null}
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <td className="px-3 py-3 whitespace-nowrap">
                  <Link
                    href={`/admin/cases/${row.caseId}`}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.caseNumber}
                  </Link>
                  {row.version > 1 ? <div className="text-xs text-slate-500">Version {row.version}</div> : null}
                </td>
                <td className="px-3 py-3">
                  <PublicationStatusBadge status={row.status} />
                </td>
                <td className="px-3 py-3">
                  <OutcomeBadge outcome={row.outcome} />
                </td>
                <td className="px-3 py-3 whitespace-nowrap">{formatDate(row.decisionDate)}</td>
                <td className="px-3 py-3">
                  <Details row={row} />
                </td>
                <td className="px-3 py-3">
                  {row.status === "PUBLISHED" ? (
                    <WithdrawPublication publicationId={row.id} caseNumber={row.caseNumber} action={withdrawAction} />
                  ) : null}
                  {row.status === "BLOCKED" || row.status === "NEEDS_REVIEW" ? (
                    <div className="flex flex-col items-start gap-2">
                      <Link
                        href={`/admin/publications/${row.id}/review`}
                        className="text-sm font-medium text-brand-700 underline underline-offset-2"
                        aria-label={`Review the redaction of case ${row.caseNumber}`}
                      >
                        Review redaction
                      </Link>
                      <RetryPublication publicationId={row.id} caseNumber={row.caseNumber} action={retryAction} />
                    </div>
                  ) : null}
                </td>
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
        basePath="/admin/publications"
        params={params}
      />
    </div>
  );
}
