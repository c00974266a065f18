// Overturn rate by treatment category. Among the disputed items of the cases decided in the
// period (current decisions, as in overturn-by-year.ts), the share Overturned, grouped by the
// item's category from the maintained list; items entered without a category are grouped
// as "(no category)". A case with items in two categories counts in both. Most items first.
// Counted in decided-outcomes.ts.
import { outcomesBy } from "./decided-outcomes.ts";
import type { OutcomeCounts, ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export { NO_CATEGORY } from "./decided-outcomes.ts";

export type OverturnByCategoryRow = { category: string } & OutcomeCounts;

export async function overturnByCategory(reader: ReportReader, period: ReportPeriod): Promise<OverturnByCategoryRow[]> {
  return (await outcomesBy(reader, period, "category")).map(
    ({ category, cases, items, overturned, upheld, overturnedPercent }) => ({
      category: category!,
      cases,
      items,
      overturned,
      upheld,
      overturnedPercent,
    }),
  );
}
