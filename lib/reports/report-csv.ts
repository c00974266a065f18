// A report's rows as CSV, with the same columns as its table on the page. Percentages and
// days keep two decimals; yes/no columns read "yes" or "no"; empty cells where a figure has
// no value (an average over no cases).
import { toCsv, type CsvCell } from "./csv.ts";
import type { ColumnKind, ReportColumn } from "./catalog.ts";

export function csvValue(kind: ColumnKind, value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "count":
      return Number(value);
    case "percent":
    case "days":
      return Number(Number(value).toFixed(2));
    case "flag":
      return value ? "yes" : "no";
    case "text":
      return String(value);
  }
}

export function reportCsv<Row>(columns: readonly ReportColumn<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map((c) => c.label),
    rows.map((row) => columns.map((c) => csvValue(c.kind, row[c.key]))),
  );
}
