// The case table used by the intake list, the admin queue and the reviewer's list. On
// phone-sized screens it keeps the case, the employee, the status and the due date; the
// claims administrator, the received date, the type and the item count come with more width.
// Each row is put in words here (caseRowView) and drawn by ./case-rows.tsx.
import type { CaseListRow } from "@/lib/cases/list-cases.ts";
import { formatCaliforniaDate } from "@/lib/format/dates.ts";
import { californiaDate } from "@/lib/deadlines/calendar.ts";
import { EmptyRow, Pagination, PlainHeader, SortHeader, type SortState } from "@/components/ui/table.tsx";
import { statusWords, typeWords } from "./case-badges.tsx";
import { dueDateView } from "./due-date.tsx";
import { CaseRows, type CaseRowView } from "./case-rows.tsx";
import { NOT_NARROW, WIDE, WIDER } from "./case-columns.ts";

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

/** One row in words: what ./case-rows.tsx draws. */
export function caseRowView(row: CaseListRow, href: string, now: Date, today = californiaDate(now)): CaseRowView {
  return {
    id: row.id,
    href,
    caseNumber: row.caseNumber,
    employee: row.employeeName,
    claimsAdministrator: row.claimsAdministratorName,
    status: statusWords(row.status, row.assignments),
    type: typeWords(row.reviewType),
    received: formatCaliforniaDate(row.receivedAt),
    due: dueDateView(row.dueAt, row.status === "DECIDED", now, today),
    items: row._count.items,
  };
}

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
  const now = new Date();
  const today = californiaDate(now);
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Cases (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
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
            <CaseRows rows={rows.map((row) => caseRowView(row, caseHref(row.id), now, today))} />
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
