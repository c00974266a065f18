// The reviewer panel as a table: name and account, specialties, licensed states,
// credential status, practice and load against capacity.
import Link from "@/components/ui/link.tsx";
import type { ReviewerListRow } from "@/lib/reviewers/list-reviewers.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyRow, Pagination, PlainHeader, SortHeader, type SortState } from "@/components/ui/table.tsx";
import { CredentialSummaryBadges } from "./credential-badge.tsx";

type Props = {
  rows: ReviewerListRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: SortState;
  params: Record<string, string | undefined>;
};

export function ReviewerTable({ rows, total, page, pageSize, sort, params }: Props) {
  const header = { state: sort, basePath: "/admin/reviewers", params };
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Reviewers (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Reviewers</caption>
          <thead className="bg-slate-50">
            <tr>
              <SortHeader label="Reviewer" column="name" {...header} />
              <PlainHeader label="Credentials" />
              <PlainHeader label="Specialties" />
              <PlainHeader label="Licensed in" />
              <SortHeader label="Years" column="yearsInPractice" {...header} />
              <SortHeader label="Hours / week" column="hoursPerWeek" {...header} />
              <PlainHeader label="Open cases" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={7}>No reviewer matches these filters.</EmptyRow> : null}
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/reviewers/${row.id}`}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.user.name}
                  </Link>
                  <div className="text-xs text-slate-500">{row.user.email}</div>
                  {row.user.disabledAt || row.disciplinaryHistory ? (
                    <div className="mt-1 flex flex-wrap gap-1">
                      {row.user.disabledAt ? <Badge tone="gray">Disabled</Badge> : null}
                      {row.disciplinaryHistory ? <Badge tone="red">Disciplinary history</Badge> : null}
                    </div>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <CredentialSummaryBadges credentials={[...row.licenses, ...row.certifications]} />
                </td>
                <td className="px-3 py-2">
                  {[...new Set(row.certifications.map((c) => c.specialtyCode))].join(", ") || "—"}
                </td>
                <td className="px-3 py-2">{[...new Set(row.licenses.map((l) => l.state))].join(", ") || "—"}</td>
                <td className="px-3 py-2 text-center">{row.yearsInPractice}</td>
                <td className="px-3 py-2 text-center">{row.hoursPerWeek}</td>
                <td className="px-3 py-2 whitespace-nowrap text-center">
                  {row._count.assignments} of {row.maxOpenCases}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/admin/reviewers" params={params} />
    </div>
  );
}
