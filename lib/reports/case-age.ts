// Average case age at decision, the figures the DWC reports: over the cases decided in the
// period (original letter issued in the period), the average number of days
// - from assignment: from the start of the accepted assignment (the time the case was
//   assigned to the reviewer who accepted it and wrote the letter) to the letter's issue;
// - from complete records: from the time intake marked the medical records complete (which
//   starts the decision clock, Labor Code 4610.6(d)) to the letter's issue.
// Days are exact (hours count as fractions of a day). A case without an accepted assignment
// or without a records-complete time is left out of that average only; the counts say how
// many cases each average is taken over. One row per review type and one for all.
import { Prisma } from "../db/generated/client.ts";
import type { ReviewType } from "../db/generated/enums.ts";
import { acceptedAssignmentOf, averageDays, originalLetterIn, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";
import { ALL_REVIEW_TYPES, REVIEW_TYPE_NAMES, REVIEW_TYPE_ORDER } from "./review-types.ts";

export type CaseAgeRow = {
  reviewType: string;
  decided: number;
  withAssignment: number;
  averageDaysFromAssignment: number | null;
  withRecordsComplete: number;
  averageDaysFromRecords: number | null;
};

type Grouped = Omit<CaseAgeRow, "reviewType"> & { reviewType: ReviewType | null };

export async function caseAge(reader: ReportReader, period: ReportPeriod): Promise<CaseAgeRow[]> {
  const rows = await reader.$queryRaw<Grouped[]>(Prisma.sql`
    SELECT c."reviewType"::text AS "reviewType",
           count(*)::int AS decided,
           count(a."assignedAt")::int AS "withAssignment",
           ${averageDays(`d."issuedAt"`, `a."assignedAt"`)} AS "averageDaysFromAssignment",
           count(c."recordsCompleteAt")::int AS "withRecordsComplete",
           ${averageDays(`d."issuedAt"`, `c."recordsCompleteAt"`)} AS "averageDaysFromRecords"
    FROM "Determination" d
    JOIN "Case" c ON c.id = d."caseId"
    ${acceptedAssignmentOf}
    WHERE ${originalLetterIn(period)}
    GROUP BY GROUPING SETS ((c."reviewType"), ())`);
  const empty = {
    decided: 0,
    withAssignment: 0,
    averageDaysFromAssignment: null,
    withRecordsComplete: 0,
    averageDaysFromRecords: null,
  };
  const find = (type: ReviewType | null) => rows.find((r) => r.reviewType === type) ?? { ...empty, reviewType: type };
  return [
    ...REVIEW_TYPE_ORDER.map((type) => ({ ...find(type), reviewType: REVIEW_TYPE_NAMES[type] })),
    { ...find(null), reviewType: ALL_REVIEW_TYPES },
  ];
}
