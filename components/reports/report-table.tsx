"use client";
// A report's table. Sortable tables sort in the browser (the rows are already aggregated,
// a few hundred at most): each column header is a button, and aria-sort tells screen
// readers the current order. Figures are right-aligned; an optional totals row stays last.
import { useMemo, useState } from "react";
import type { ColumnKind } from "@/lib/reports/catalog.ts";
import { formatFigure } from "./format.ts";

export type TableColumn = { key: string; label: string; kind: ColumnKind };
type Row = Record<string, unknown>;
type Sort = { key: string; dir: "asc" | "desc" };

type Props = {
  caption: string;
  columns: TableColumn[];
  rows: Row[];
  empty: string;
  sortable?: boolean;
  initialSort?: Sort;
  totals?: Row;
  rowKey: string;
};

const NUMERIC: ColumnKind[] = ["count", "percent", "days"];

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en-US", { numeric: true, sensitivity: "base" });
}

export function ReportTable({ caption, columns, rows, empty, sortable = false, initialSort, totals, rowKey }: Props) {
  const [sort, setSort] = useState<Sort | null>(initialSort ?? null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const sign = sort.dir === "asc" ? 1 : -1;
    // Missing figures go last in either direction.
    return [...rows].sort((x, y) => {
      const a = x[sort.key];
      const b = y[sort.key];
      if (a === null || a === undefined || b === null || b === undefined) return compare(a, b);
      return sign * compare(a, b);
    });
  }, [rows, sort]);

  const toggle = (column: TableColumn) =>
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, dir: current.dir === "asc" ? "desc" : "asc" }
        : { key: column.key, dir: NUMERIC.includes(column.kind) ? "desc" : "asc" },
    );

  const cell = (column: TableColumn) =>
    `px-3 py-2 ${NUMERIC.includes(column.kind) ? "text-right tabular-nums" : "text-left"}`;

  return (
    <div
      tabIndex={0}
      role="region"
      aria-label={`${caption} (scrolls sideways on narrow screens)`}
      className="-mx-4 overflow-x-auto sm:mx-0"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">
          {caption}
          {sortable ? " (column headers sort the table)" : ""}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              const ariaSort = active
                ? sort!.dir === "asc"
                  ? "ascending"
                  : "descending"
                : sortable
                  ? "none"
                  : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={`${cell(column)} text-xs font-semibold uppercase tracking-wide text-slate-600`}
                >
                  {sortable ? (
                    <button
                      type="button"
                      onClick={() => toggle(column)}
                      className={`inline-flex items-center gap-1 uppercase hover:text-slate-900 ${NUMERIC.includes(column.kind) ? "flex-row-reverse" : ""}`}
                    >
                      {column.label}
                      <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>
                        {active && sort!.dir === "desc" ? "▼" : "▲"}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-8 text-center text-sm text-slate-500">
                {empty}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={String(row[rowKey])} className="hover:bg-slate-50">
                {columns.map((column, i) => {
                  const text = formatFigure(column.kind, row[column.key]);
                  return i === 0 ? (
                    <th
                      key={column.key}
                      scope="row"
                      className={`${cell(column)} whitespace-nowrap font-medium text-slate-900`}
                    >
                      {text}
                    </th>
                  ) : (
                    <td key={column.key} className={cell(column)}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
        {totals && sorted.length > 0 ? (
          <tfoot className="border-t-2 border-slate-300 font-semibold">
            <tr>
              {columns.map((column, i) =>
                i === 0 ? (
                  <th key={column.key} scope="row" className={cell(column)}>
                    {String(totals[column.key] ?? "Total")}
                  </th>
                ) : (
                  <td key={column.key} className={cell(column)}>
                    {column.key in totals ? formatFigure(column.kind, totals[column.key]) : ""}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
