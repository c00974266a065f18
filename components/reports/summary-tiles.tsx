// The period at a glance: a few totals taken from the report rows.
import type { ReportRows } from "@/lib/reports/catalog.ts";
import { formatFigure } from "./format.ts";

export function SummaryTiles({ rows }: { rows: ReportRows }) {
  const sum = <T,>(list: T[], pick: (row: T) => number) => list.reduce((total, row) => total + pick(row), 0);
  const months = rows["volume-by-month"];
  const years = rows["overturn-by-year"];
  const items = sum(years, (r) => r.items);
  const overturned = sum(years, (r) => r.overturned);
  const all = rows.deadlines.at(-1)!;
  const tiles: [string, string, string?][] = [
    [
      "Applications received",
      formatFigure(
        "count",
        sum(months, (r) => r.applications),
      ),
    ],
    [
      "Eligible cases",
      formatFigure(
        "count",
        sum(months, (r) => r.eligible),
      ),
      "of the applications received",
    ],
    [
      "Letters issued",
      formatFigure(
        "count",
        sum(months, (r) => r.letters),
      ),
      `${formatFigure(
        "count",
        sum(months, (r) => r.amendedLetters),
      )} amended`,
    ],
    [
      "Items overturned",
      formatFigure("percent", items ? (100 * overturned) / items : null),
      `${formatFigure("count", overturned)} of ${formatFigure("count", items)} items`,
    ],
    ["Decided on time", formatFigure("percent", all.metPercent), `${formatFigure("count", all.missed)} late`],
    ["Open past due", formatFigure("count", all.openPastDue), "due in the period, not decided"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles.map(([label, value, note]) => (
        <div key={label} className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
          <dt className="text-xs font-medium text-slate-600">{label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
          {note ? <dd className="text-xs text-slate-500">{note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
