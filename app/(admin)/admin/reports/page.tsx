import { requireRole } from "@/lib/auth/current-actor.ts";
import { AppError } from "@/lib/errors.ts";
import { californiaDate } from "@/lib/deadlines/calendar.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { readReports, type ReportsResult } from "@/lib/reports/read-reports.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { PeriodForm, type PeriodPreset } from "@/components/reports/period-form.tsx";
import { SummaryTiles } from "@/components/reports/summary-tiles.tsx";
import { OverturnReports } from "@/components/reports/overturn-reports.tsx";
import { ActivityReports } from "@/components/reports/activity-reports.tsx";

export const metadata = { title: "Reports" };

function presets(now: Date): PeriodPreset[] {
  const today = californiaDate(now);
  const year = Number(today.slice(0, 4));
  return [
    { label: "Last 12 months" },
    { label: "This year", from: `${year}-01-01`, to: today },
    { label: "Last year", from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    { label: "Last 5 years", from: `${year - 4}-01-01`, to: today },
  ];
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const actor = await requireRole("ADMIN");
  const now = new Date();
  let result: ReportsResult;
  try {
    result = await readReports({ actor, input: { from: params.from, to: params.to }, now });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "VALIDATION")) throw error;
    return (
      <>
        <PageHeader title="Reports" description="Choose the period of the reports." />
        <Card>
          <div className="space-y-4">
            <Alert tone="error">{error.userMessage}</Alert>
            <PeriodForm
              from={params.from ?? ""}
              to={params.to ?? ""}
              errors={error.fieldErrors}
              presets={presets(now)}
            />
          </div>
        </Card>
      </>
    );
  }
  const { period, rows } = result;
  return (
    <>
      <PageHeader
        title="Reports"
        description={`Decisions, volume, case age, deadlines and workload from ${period.from} to ${period.to} (California dates, both included). Every table can be downloaded as CSV.`}
      />
      <div className="space-y-6">
        <Card>
          <PeriodForm from={period.from} to={period.to} presets={presets(now)} />
        </Card>
        <SummaryTiles rows={rows} />
        <OverturnReports rows={rows} period={period} />
        <ActivityReports rows={rows} period={period} />
      </div>
    </>
  );
}
