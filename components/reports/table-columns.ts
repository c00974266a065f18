// A report's columns from the catalog as plain data for the table (a client component),
// and the address of its CSV file for the same period.
import { REPORTS, type ReportId } from "@/lib/reports/catalog.ts";
import type { ReportPeriod } from "@/lib/reports/period.ts";
import type { TableColumn } from "./report-table.tsx";

export function tableColumns(id: ReportId): TableColumn[] {
  return REPORTS[id].columns.map(({ key, label, kind }) => ({ key, label, kind }));
}

export function csvHref(id: ReportId, period: Pick<ReportPeriod, "from" | "to">): string {
  return `/api/reports/${id}?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`;
}

/** Rows as plain records for the table. */
export const plainRows = (rows: object[]) => rows as Record<string, unknown>[];
