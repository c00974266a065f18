// Overturn rate by the reviewer's specialty. Among the disputed items of the cases decided
// in the period (current decisions, as in overturn-by-year.ts), the share Overturned,
// grouped by the specialty of the reviewer of the latest letter. A reviewer may hold several
// board certifications; the one counted is the one that qualified them for the case
// (board certified in the same or a similar specialty): the case's own specialty if they are
// certified in it, otherwise a certified specialty listed as similar to the case's,
// otherwise any certified specialty (the first by code in each tier). Certifications are
// read as they stand today. A reviewer with no certification on record is shown as
// "(no board certification)".
//
// Items are first counted per reviewer and case specialty, so the specialty is resolved
// once per pair rather than once per case.
import { Prisma } from "../db/generated/client.ts";
import { decidedItems, type OutcomeCounts, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export const NO_CERTIFICATION = "(no board certification)";

export type OverturnBySpecialtyRow = { specialtyCode: string | null; specialty: string } & OutcomeCounts;

export function overturnBySpecialty(reader: ReportReader, period: ReportPeriod): Promise<OverturnBySpecialtyRow[]> {
  return reader.$queryRaw<OverturnBySpecialtyRow[]>(Prisma.sql`
    WITH pairs AS (
      SELECT x."reviewerId", c."specialtyCode" AS "caseSpecialty",
             count(DISTINCT x."caseId") AS cases,
             count(*) AS items,
             count(*) FILTER (WHERE x.decision = 'OVERTURNED') AS overturned,
             count(*) FILTER (WHERE x.decision = 'UPHELD') AS upheld
      FROM (${decidedItems(period)}) x
      JOIN "Case" c ON c.id = x."caseId"
      GROUP BY 1, 2
    )
    SELECT rs.code AS "specialtyCode",
           coalesce(sp.name, rs.code, ${NO_CERTIFICATION}) AS specialty,
           sum(p.cases)::int AS cases,
           sum(p.items)::int AS items,
           sum(p.overturned)::int AS overturned,
           sum(p.upheld)::int AS upheld,
           (100.0 * sum(p.overturned) / sum(p.items))::float8 AS "overturnedPercent"
    FROM pairs p
    LEFT JOIN LATERAL (
      SELECT bc."specialtyCode" AS code FROM "BoardCertification" bc
      WHERE bc."reviewerId" = p."reviewerId"
      ORDER BY (bc."specialtyCode" = p."caseSpecialty") DESC,
               EXISTS (SELECT 1 FROM "SpecialtySimilarity" s WHERE s."specialtyCode" = p."caseSpecialty" AND s."similarCode" = bc."specialtyCode") DESC,
               bc."specialtyCode"
      LIMIT 1
    ) rs ON true
    LEFT JOIN "Specialty" sp ON sp.code = rs.code
    GROUP BY rs.code, sp.name
    ORDER BY items DESC, specialty`);
}
