// The three overturn-rate reports: by year (with a column chart), by treatment category
// and by reviewer specialty (sortable tables).
import { REPORTS, type ReportRows } from "@/lib/reports/catalog.ts";
import type { ReportPeriod } from "@/lib/reports/period.ts";
import { BarChart } from "./bar-chart.tsx";
import { formatFigure } from "./format.ts";
import { ReportSection } from "./report-section.tsx";
import { ReportTable } from "./report-table.tsx";
import { csvHref, plainRows, tableColumns } from "./table-columns.ts";

const NONE_DECIDED = "No case was decided in this period.";

export function OverturnReports({ rows, period }: { rows: ReportRows; period: ReportPeriod }) {
  const years = rows["overturn-by-year"];
  const yearText = years
    .map((y) => `${y.year}: ${formatFigure("percent", y.overturnedPercent)} of ${y.items} items overturned`)
    .join("; ");
  return (
    <>
      <ReportSection
        id="overturn-by-year"
        title={REPORTS["overturn-by-year"].title}
        definition={REPORTS["overturn-by-year"].definition}
        csvHref={csvHref("overturn-by-year", period)}
      >
        {years.length > 0 ? (
          <BarChart
            id="chart-overturn-by-year"
            title="Share of disputed items overturned, by year of decision"
            description={`${yearText}.`}
            bars={years.map((y) => ({
              key: String(y.year),
              label: String(y.year),
              value: y.overturnedPercent,
              valueText: formatFigure("percent", y.overturnedPercent),
            }))}
            axisText={(v) => `${v}%`}
          />
        ) : null}
        <ReportTable
          caption={REPORTS["overturn-by-year"].title}
          columns={tableColumns("overturn-by-year")}
          rows={plainRows(years)}
          rowKey="year"
          empty={NONE_DECIDED}
        />
      </ReportSection>
      <ReportSection
        id="overturn-by-category"
        title={REPORTS["overturn-by-category"].title}
        definition={REPORTS["overturn-by-category"].definition}
        csvHref={csvHref("overturn-by-category", period)}
      >
        <ReportTable
          caption={REPORTS["overturn-by-category"].title}
          columns={tableColumns("overturn-by-category")}
          rows={plainRows(rows["overturn-by-category"])}
          rowKey="category"
          empty={NONE_DECIDED}
          sortable
          initialSort={{ key: "items", dir: "desc" }}
        />
      </ReportSection>
      <ReportSection
        id="overturn-by-specialty"
        title={REPORTS["overturn-by-specialty"].title}
        definition={REPORTS["overturn-by-specialty"].definition}
        csvHref={csvHref("overturn-by-specialty", period)}
      >
        <ReportTable
          caption={REPORTS["overturn-by-specialty"].title}
          columns={tableColumns("overturn-by-specialty")}
          rows={plainRows(rows["overturn-by-specialty"])}
          rowKey="specialty"
          empty={NONE_DECIDED}
          sortable
          initialSort={{ key: "items", dir: "desc" }}
        />
      </ReportSection>
    </>
  );
}
