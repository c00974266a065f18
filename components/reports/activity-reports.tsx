// Volume by month (letters as a column chart, with totals), case age, deadlines (met and
// missed as shares per review type) and reviewer workload (sortable).
import { REPORTS, type ReportRows } from "@/lib/reports/catalog.ts";
import type { ReportPeriod } from "@/lib/reports/period.ts";
import { BarChart } from "./bar-chart.tsx";
import { formatFigure, monthLabel } from "./format.ts";
import { ReportSection } from "./report-section.tsx";
import { ReportTable } from "./report-table.tsx";
import { ShareBars } from "./share-bars.tsx";
import { csvHref, plainRows, tableColumns } from "./table-columns.ts";

function VolumeReport({ rows, period }: { rows: ReportRows["volume-by-month"]; period: ReportPeriod }) {
  const total = (key: "applications" | "eligible" | "letters" | "amendedLetters") =>
    rows.reduce((sum, r) => sum + r[key], 0);
  const letters = total("letters");
  return (
    <ReportSection
      id="volume-by-month"
      title={REPORTS["volume-by-month"].title}
      definition={REPORTS["volume-by-month"].definition}
      csvHref={csvHref("volume-by-month", period)}
    >
      {letters > 0 ? (
        <BarChart
          id="chart-letters-by-month"
          title="Letters issued by month"
          description={`${rows.map((r) => `${monthLabel(r.month)}: ${r.letters}`).join("; ")}.`}
          bars={rows.map((r) => ({
            key: r.month,
            label: monthLabel(r.month).replace(/ (\d\d)(\d\d)$/, " ’$2"),
            value: r.letters,
            valueText: formatFigure("count", r.letters),
          }))}
          axisText={(v) => formatFigure("count", v)}
        />
      ) : (
        <p className="mb-4 text-sm text-slate-500">No letter was issued in this period.</p>
      )}
      <ReportTable
        caption={REPORTS["volume-by-month"].title}
        columns={tableColumns("volume-by-month")}
        rows={rows.map((r) => ({ ...r, month: monthLabel(r.month) }))}
        rowKey="month"
        empty="No months in this period."
        totals={{
          month: "Total",
          applications: total("applications"),
          eligible: total("eligible"),
          letters,
          amendedLetters: total("amendedLetters"),
        }}
      />
    </ReportSection>
  );
}

function DeadlineReport({ rows, period }: { rows: ReportRows["deadlines"]; period: ReportPeriod }) {
  const byType = rows.slice(0, -1);
  const decided = rows.at(-1)!.met + rows.at(-1)!.missed;
  return (
    <ReportSection
      id="deadlines"
      title={REPORTS.deadlines.title}
      definition={REPORTS.deadlines.definition}
      csvHref={csvHref("deadlines", period)}
    >
      {decided > 0 ? (
        <ShareBars
          id="chart-deadlines"
          title="Deadlines met and missed, by review type"
          description={`${rows.map((r) => `${r.reviewType}: ${r.met} met, ${r.missed} missed`).join("; ")}.`}
          labels={["Met", "Missed"]}
          rows={byType.map((r) => ({ key: r.reviewType, label: r.reviewType, first: r.met, second: r.missed }))}
        />
      ) : null}
      <ReportTable
        caption={REPORTS.deadlines.title}
        columns={tableColumns("deadlines")}
        rows={plainRows(rows)}
        rowKey="reviewType"
        empty="No figures."
      />
    </ReportSection>
  );
}

export function ActivityReports({ rows, period }: { rows: ReportRows; period: ReportPeriod }) {
  return (
    <>
      <VolumeReport rows={rows["volume-by-month"]} period={period} />
      <ReportSection
        id="case-age"
        title={REPORTS["case-age"].title}
        definition={REPORTS["case-age"].definition}
        csvHref={csvHref("case-age", period)}
      >
        <ReportTable
          caption={REPORTS["case-age"].title}
          columns={tableColumns("case-age")}
          rows={plainRows(rows["case-age"])}
          rowKey="reviewType"
          empty="No figures."
        />
      </ReportSection>
      <DeadlineReport rows={rows.deadlines} period={period} />
      <ReportSection
        id="reviewer-workload"
        title={REPORTS["reviewer-workload"].title}
        definition={REPORTS["reviewer-workload"].definition}
        csvHref={csvHref("reviewer-workload", period)}
      >
        <ReportTable
          caption={REPORTS["reviewer-workload"].title}
          columns={tableColumns("reviewer-workload")}
          rows={plainRows(rows["reviewer-workload"])}
          rowKey="reviewerId"
          empty="There are no reviewers on the panel."
          sortable
          initialSort={{ key: "openAssignments", dir: "desc" }}
        />
      </ReportSection>
    </>
  );
}
