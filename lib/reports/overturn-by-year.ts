// Overturn rate by year of decision. Among the cases decided in the period (original letter
// issued in the period; the California year of that issue), the share of disputed items
// whose current decision (latest issued letter, so an amended case counts once with its
// amended decisions) is Overturned (the treatment is found medically necessary and must be
// authorized). Upheld items are the rest.
import { decidedItems, itemOutcomes, californiaTime, type OutcomeCounts, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export type OverturnByYearRow = { year: number } & OutcomeCounts;

export function overturnByYear(reader: ReportReader, period: ReportPeriod): Promise<OverturnByYearRow[]> {
  return reader.$queryRaw<OverturnByYearRow[]>`
    SELECT extract(year FROM ${californiaTime(`x."issuedAt"`)})::int AS year,
           count(DISTINCT x."caseId")::int AS cases,
           ${itemOutcomes}
    FROM (${decidedItems(period)}) x
    GROUP BY 1
    ORDER BY 1`;
}
