// Credentials by expiry date, each linked to its reviewer's record.
import Link from "@/components/ui/link.tsx";
import type { ExpiringRow } from "@/lib/reviewers/expiring-credentials.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";

type Props = {
  rows: ExpiringRow[];
  total: number;
  page: number;
  pageSize: number;
  params: Record<string, string | undefined>;
};

export function ExpiringTable({ rows, total, page, pageSize, params }: Props) {
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Expiring credentials (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Credentials by expiry date</caption>
          <thead className="bg-slate-50">
            <tr>
              {["Expires", "Credential", "Reviewer", "Verification"].map((h) => (
                <PlainHeader key={h} label={h} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={4}>Nothing in this window.</EmptyRow> : null}
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.id}`}>
                <td className="px-3 py-2 whitespace-nowrap">
                  {formatDate(row.expiresOn)}{" "}
                  <span
                    className={
                      row.daysLeft < 0
                        ? "font-semibold text-red-700"
                        : row.daysLeft <= 30
                          ? "font-semibold text-amber-800"
                          : "text-slate-500"
                    }
                  >
                    (
                    {row.daysLeft < 0
                      ? `${-row.daysLeft} d ago`
                      : row.daysLeft === 0
                        ? "today"
                        : `in ${row.daysLeft} d`}
                    )
                  </span>
                </td>
                <td className="px-3 py-2">{row.label}</td>
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/reviewers/${row.reviewerId}`}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.reviewerName}
                  </Link>
                  {row.disabled ? (
                    <>
                      {" "}
                      <Badge>Disabled</Badge>
                    </>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  {row.verifiedAt ? <Badge tone="green">Verified</Badge> : <Badge tone="amber">Unverified</Badge>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/admin/reviewers/expiring" params={params} />
    </div>
  );
}
