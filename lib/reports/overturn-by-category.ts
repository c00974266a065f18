// Overturn rate by treatment category. Among the disputed items of the cases decided in the
// period (current decisions, as in overturn-by-year.ts), the share Overturned, grouped by the
// item's category from the maintained list; items entered without a category are grouped
// as "(no category)". A case with items in two categories counts in both.
import { decidedItems, itemOutcomes, type OutcomeCounts, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export const NO_CATEGORY = "(no category)";

export type OverturnByCategoryRow = { category: string } & OutcomeCounts;

export function overturnByCategory(reader: ReportReader, period: ReportPeriod): Promise<OverturnByCategoryRow[]> {
  return reader.$queryRaw<OverturnByCategoryRow[]>`
    SELECT coalesce(it.category, ${NO_CATEGORY}) AS category,
           count(DISTINCT x."caseId")::int AS cases,
           ${itemOutcomes}
    FROM (${decidedItems(period)}) x
    JOIN "DisputedItem" it ON it.id = x."disputedItemId"
    GROUP BY 1
    ORDER BY items DESC, category`;
}
