// Deadlines met and missed (Labor Code 4610.6(d); 8 CCR 9792.10.6: the determination is due
// 30 days after the application and complete records, 3 days expedited, 5 working days for
// a pharmacy formulary dispute; lib/deadlines computes each case's due time, Case.dueAt).
// - Met / missed: over the cases decided in the period, the original letter issued on or
//   before the case's due time (met) or after it (missed). A late letter stays valid, but
//   its lateness is reported; an amendment does not change whether the decision was on time.
//   A decided case with no due time on record is counted apart ("no due time").
// - Open past due: cases not yet decided (still open) whose due time fell within the period
//   and has passed at the time of the report.
// One row per review type and one for all.
import { Prisma } from "../db/generated/client.ts";
import type { ReviewType } from "../db/generated/enums.ts";
import { instant, originalLetterIn, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";
import { ALL_REVIEW_TYPES, REVIEW_TYPE_NAMES, REVIEW_TYPE_ORDER } from "./review-types.ts";
// the statuses of a case whose determination is still to come
import { OPEN_CASE_STATUSES } from "../cases/case-status-rules.ts";

export type DeadlineRow = {
  reviewType: string;
  met: number;
  missed: number;
  noDueTime: number;
  /** met as a share of met + missed; null when none */
  metPercent: number | null;
  openPastDue: number;
};

type Decided = { reviewType: ReviewType | null; met: number; missed: number; noDueTime: number };
type Open = { reviewType: ReviewType | null; openPastDue: number };

export async function deadlines(reader: ReportReader, period: ReportPeriod): Promise<DeadlineRow[]> {
  const pastDueBefore = period.now < period.end ? period.now : period.end;
  const [decided, open] = await Promise.all([
    reader.$queryRaw<Decided[]>`
      SELECT c."reviewType"::text AS "reviewType",
             count(*) FILTER (WHERE d."issuedAt" <= c."dueAt")::int AS met,
             count(*) FILTER (WHERE d."issuedAt" > c."dueAt")::int AS missed,
             count(*) FILTER (WHERE c."dueAt" IS NULL)::int AS "noDueTime"
      FROM "Determination" d
      JOIN "Case" c ON c.id = d."caseId"
      WHERE ${originalLetterIn(period)}
      GROUP BY GROUPING SETS ((c."reviewType"), ())`,
    reader.$queryRaw<Open[]>`
      SELECT c."reviewType"::text AS "reviewType", count(*)::int AS "openPastDue"
      FROM "Case" c
      WHERE c.status IN (${Prisma.raw(OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(", "))})
        AND c."dueAt" >= ${instant(period.start)} AND c."dueAt" < ${instant(pastDueBefore)}
      GROUP BY GROUPING SETS ((c."reviewType"), ())`,
  ]);
  const row = (type: ReviewType | null, name: string): DeadlineRow => {
    const d = decided.find((r) => r.reviewType === type) ?? { met: 0, missed: 0, noDueTime: 0 };
    const o = open.find((r) => r.reviewType === type);
    return {
      reviewType: name,
      met: d.met,
      missed: d.missed,
      noDueTime: d.noDueTime,
      metPercent: d.met + d.missed > 0 ? (100 * d.met) / (d.met + d.missed) : null,
      openPastDue: o?.openPastDue ?? 0,
    };
  };
  return [...REVIEW_TYPE_ORDER.map((type) => row(type, REVIEW_TYPE_NAMES[type])), row(null, ALL_REVIEW_TYPES)];
}
