// How report figures read on the page (the CSV keeps more decimals): counts with thousands
// separators, percentages and days to one decimal, "—" where there is no figure.
import type { ColumnKind } from "@/lib/reports/catalog.ts";

const COUNT = new Intl.NumberFormat("en-US");

export const NO_FIGURE = "—";

export function formatFigure(kind: ColumnKind, value: unknown): string {
  if (value === null || value === undefined || value === "") return NO_FIGURE;
  switch (kind) {
    case "count":
      return COUNT.format(Number(value));
    case "percent":
      return `${Number(value).toFixed(1)}%`;
    case "days":
      return Number(value).toFixed(1);
    case "flag":
      return value ? "Yes" : "No";
    case "text":
      return String(value);
  }
}

/** "Nov 2025" from "2025-11". */
export function monthLabel(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleString("en-US", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
