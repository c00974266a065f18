// Overturn rate by year of decision. Among the cases decided in the period (original letter
// issued in the period; the California year of that issue), the share of disputed items
// whose current decision (latest issued letter, so an amended case counts once with its
// amended decisions) is Overturned (the treatment is found medically necessary and must be
// authorized). Upheld items are the rest. Counted in decided-outcomes.ts.
import { outcomesBy } from "./decided-outcomes.ts";
import type { OutcomeCounts, ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export type OverturnByYearRow = { year: number } & OutcomeCounts;

export async function overturnByYear(reader: ReportReader, period: ReportPeriod): Promise<OverturnByYearRow[]> {
  return (await outcomesBy(reader, period, "year")).map(
    ({ year, cases, items, overturned, upheld, overturnedPercent }) => ({
      year: year!,
      cases,
      items,
      overturned,
      upheld,
      overturnedPercent,
    }),
  );
}
