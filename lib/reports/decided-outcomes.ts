// The outcomes behind the three overturn reports (by year, by treatment category, by the
// reviewer's specialty), counted in one pass over the disputed items of the cases decided in
// the period: one query with three grouping sets, so a year of letters is read once, not
// three times. The definitions are in overturn-by-year.ts, overturn-by-category.ts and
// overturn-by-specialty.ts. The result is shared by the reports read for the same period
// object through the same reader (one page, one transaction), never across requests.
import { Prisma } from "../db/generated/client.ts";
import { californiaTime, decidedItems, type OutcomeCounts, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export const NO_CATEGORY = "(no category)";
export const NO_CERTIFICATION = "(no board certification)";

export type OutcomeGrouping = "year" | "category" | "specialty";

export type OutcomeRow = OutcomeCounts & {
  grouping: OutcomeGrouping;
  year: number | null;
  category: string | null;
  specialtyCode: string | null;
  specialty: string | null;
};

const shared = new WeakMap<ReportPeriod, WeakMap<object, Promise<OutcomeRow[]>>>();

export function decidedOutcomes(reader: ReportReader, period: ReportPeriod): Promise<OutcomeRow[]> {
  let byReader = shared.get(period);
  if (!byReader) shared.set(period, (byReader = new WeakMap()));
  let rows = byReader.get(reader);
  if (!rows) {
    rows = queryOutcomes(reader, period);
    byReader.set(reader, rows);
    rows.catch(() => byReader.delete(reader));
  }
  return rows;
}

// The specialty grouping is first counted per reviewer and case specialty; each pair's
// reviewer specialty is then resolved once (see overturn-by-specialty.ts) and the pairs
// summed per resolved specialty. Year and category rows pass the outer grouping unchanged.
function queryOutcomes(reader: ReportReader, period: ReportPeriod): Promise<OutcomeRow[]> {
  return reader.$queryRaw<OutcomeRow[]>(Prisma.sql`
    WITH x AS (
      SELECT i."caseId", i.decision, i."reviewerId",
             extract(year FROM ${californiaTime(`i."issuedAt"`)})::int AS "year",
             coalesce(it.category, ${NO_CATEGORY}) AS category,
             c."specialtyCode" AS "caseSpecialty"
      FROM (${decidedItems(period)}) i
      JOIN "DisputedItem" it ON it.id = i."disputedItemId"
      JOIN "Case" c ON c.id = i."caseId"
    ),
    g AS (
      SELECT CASE WHEN GROUPING("year") = 0 THEN 'year' WHEN GROUPING(category) = 0 THEN 'category' ELSE 'specialty' END AS grouping,
             "year", category, "reviewerId", "caseSpecialty",
             count(DISTINCT "caseId") AS cases,
             count(*) AS items,
             count(*) FILTER (WHERE decision = 'OVERTURNED') AS overturned,
             count(*) FILTER (WHERE decision = 'UPHELD') AS upheld
      FROM x
      GROUP BY GROUPING SETS (("year"), (category), ("reviewerId", "caseSpecialty"))
    )
    SELECT g.grouping, g."year", g.category, rs.code AS "specialtyCode",
           CASE WHEN g.grouping = 'specialty' THEN coalesce(sp.name, rs.code, ${NO_CERTIFICATION}) END AS specialty,
           sum(g.cases)::int AS cases,
           sum(g.items)::int AS items,
           sum(g.overturned)::int AS overturned,
           sum(g.upheld)::int AS upheld,
           (100.0 * sum(g.overturned) / sum(g.items))::float8 AS "overturnedPercent"
    FROM g
    LEFT JOIN LATERAL (
      SELECT bc."specialtyCode" AS code FROM "BoardCertification" bc
      WHERE g.grouping = 'specialty' AND bc."reviewerId" = g."reviewerId"
      ORDER BY (bc."specialtyCode" = g."caseSpecialty") DESC,
               EXISTS (SELECT 1 FROM "SpecialtySimilarity" s WHERE s."specialtyCode" = g."caseSpecialty" AND s."similarCode" = bc."specialtyCode") DESC,
               bc."specialtyCode"
      LIMIT 1
    ) rs ON true
    LEFT JOIN "Specialty" sp ON sp.code = rs.code
    GROUP BY g.grouping, g."year", g.category, rs.code, sp.name
    ORDER BY g.grouping, g."year", items DESC, g.category, specialty`);
}

/** The rows of one grouping, without the grouping columns of the others. */
export async function outcomesBy(
  reader: ReportReader,
  period: ReportPeriod,
  grouping: OutcomeGrouping,
): Promise<OutcomeRow[]> {
  return (await decidedOutcomes(reader, period)).filter((row) => row.grouping === grouping);
}
