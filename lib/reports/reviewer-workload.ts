// Reviewer workload, one row per reviewer:
// - open assignments: cases the reviewer has accepted and not yet decided (ACTIVE), today;
// - pending offers: cases offered to the reviewer awaiting an answer (OFFERED), today;
// - decided: cases decided in the period whose original letter the reviewer wrote;
// - average days to decide: over those, from the start of the accepted assignment to the
//   letter's issue (as in case-age.ts).
// Every reviewer with an enabled account is listed, idle ones included, so that spare
// capacity shows; a disabled reviewer is listed only with open work or decisions in the
// period. Specialties are the reviewer's board certifications today.
import { Prisma } from "../db/generated/client.ts";
import { acceptedAssignmentOf, averageDays, originalLetterIn, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export type ReviewerWorkloadRow = {
  reviewerId: string;
  reviewer: string;
  specialties: string;
  accountDisabled: boolean;
  openAssignments: number;
  pendingOffers: number;
  decided: number;
  averageDaysToDecide: number | null;
};

export function reviewerWorkload(reader: ReportReader, period: ReportPeriod): Promise<ReviewerWorkloadRow[]> {
  return reader.$queryRaw<ReviewerWorkloadRow[]>(Prisma.sql`
    WITH decided AS (
      SELECT d."reviewerId", count(*)::int AS decided,
             ${averageDays(`d."issuedAt"`, `a."assignedAt"`)} AS "averageDaysToDecide"
      FROM "Determination" d
      ${acceptedAssignmentOf}
      WHERE ${originalLetterIn(period)}
      GROUP BY 1
    )
    SELECT r.id AS "reviewerId", u.name AS reviewer,
           coalesce((SELECT string_agg(DISTINCT bc."specialtyCode", ', ' ORDER BY bc."specialtyCode")
                     FROM "BoardCertification" bc WHERE bc."reviewerId" = r.id), '') AS specialties,
           (u."disabledAt" IS NOT NULL) AS "accountDisabled",
           coalesce(o.active, 0) AS "openAssignments",
           coalesce(o.offered, 0) AS "pendingOffers",
           coalesce(dc.decided, 0) AS decided,
           dc."averageDaysToDecide"
    FROM "ReviewerProfile" r
    JOIN "User" u ON u.id = r."userId"
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE a.status = 'ACTIVE')::int AS active,
             count(*) FILTER (WHERE a.status = 'OFFERED')::int AS offered
      FROM "Assignment" a
      WHERE a."reviewerId" = r.id AND a.status IN ('ACTIVE', 'OFFERED')
    ) o ON true
    LEFT JOIN decided dc ON dc."reviewerId" = r.id
    WHERE u."disabledAt" IS NULL OR o.active > 0 OR o.offered > 0 OR dc.decided > 0
    ORDER BY "openAssignments" DESC, u.name, r.id`);
}
