// The case table used by the intake list, the admin queue and the reviewer's list. On
// phone-sized screens it keeps the case, the employee, the status and the due date; the
// claims administrator, the received date, the type and the item count come with more width.
import Link from "next/link";
import type { CaseListRow } from "@/lib/cases/list-cases.ts";
import { formatCaliforniaDate } from "@/lib/format/dates.ts";
import { EmptyRow, Pagination, PlainHeader, SortHeader, type SortState } from "@/components/ui/table.tsx";
import { DueDate, ReviewTypeBadge, StatusBadge } from "./case-badges.tsx";

type Props = {
  rows: CaseListRow[];
  total: number;
  totalIsCapped?: boolean;
  page: number;
  pageSize: number;
  sort: SortState;
  basePath: string;
  params: Record<string, string | undefined>;
  caseHref: (id: string) => string;
  emptyMessage: string;
};

/** Columns left out below a width (with their headers): from 640 px, 768 px, 1024 px. */
const NOT_NARROW = "hidden sm:table-cell";
const WIDE = "hidden md:table-cell";
const WIDER = "hidden lg:table-cell";
const NONE = <span className="text-slate-400">—</span>;

export function CaseTable({
  rows,
  total,
  totalIsCapped = false,
  page,
  pageSize,
  sort,
  basePath,
  params,
  caseHref,
  emptyMessage,
}: Props) {
  const header = { state: sort, basePath, params };
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Cases (scrolls sideways on narrow screens)"
        className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      >
        <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Cases</caption>
          <thead className="bg-slate-50">
            <tr>
              <SortHeader label="Case" column="caseNumber" {...header} />
              <SortHeader label="Employee" column="employee" {...header} />
              <SortHeader label="Claims administrator" column="claimsAdministrator" {...header} className={WIDE} />
              <SortHeader label="Status" column="status" {...header} />
              <PlainHeader label="Type" className={WIDER} />
              <SortHeader label="Received" column="receivedAt" {...header} className={NOT_NARROW} />
              <SortHeader label="Due" column="dueAt" {...header} />
              <PlainHeader label="Items" className={WIDER} />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={8}>{emptyMessage}</EmptyRow> : null}
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="font-mono">
                  <Link href={caseHref(row.id)} prefetch={false} className="row-link">
                    {row.caseNumber}
                  </Link>
                </td>
                <td>{row.employeeName || NONE}</td>
                <td className={WIDE}>{row.claimsAdministratorName || NONE}</td>
                <td>
                  <StatusBadge status={row.status} assignments={row.assignments} />
                </td>
                <td className={WIDER}>
                  <ReviewTypeBadge type={row.reviewType} />
                </td>
                <td className={`whitespace-nowrap ${NOT_NARROW}`}>{formatCaliforniaDate(row.receivedAt)}</td>
                <td>
                  <DueDate dueAt={row.dueAt} done={row.status === "DECIDED"} />
                </td>
                <td className={`text-center ${WIDER}`}>{row._count.items}</td>
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
