// SQL shared by the reports. Every report aggregates in PostgreSQL (never row by row in
// JavaScript) and reads its period through the indexes on Case(receivedAt),
// Case(status, dueAt) and Determination(issuedAt).
//
// Terms used by the reports:
// - A case is *decided* in the period when its original letter (the determination with no
//   `amendsId`, version 1) was issued in the period. That issue time is the case's decision
//   date: an amendment corrects the letter but does not move the decision to another
//   period, and a deadline met by the original letter stays met.
// - A case's *current decisions* are those of its latest issued letter (the highest version
//   with an issue time): an amended case counts once, with the amended decisions; the
//   superseded version is not counted again.
// - The *accepted assignment* of a decided case is the assignment of the reviewer who wrote
//   the original letter that the reviewer accepted (with the conflict attestation); its
//   start is the time the case was assigned to that reviewer (`assignedAt`). Offers that
//   other reviewers declined earlier do not count.
// - Months and years are California calendar months and years (America/Los_Angeles).
import { Prisma } from "../db/generated/client.ts";
import type { ReportPeriod } from "./period.ts";

/** A Prisma client or transaction: the reports only read. */
export type ReportReader = Pick<Prisma.TransactionClient, "$queryRaw">;

const DAY_SECONDS = 86_400;

/** An instant as the database stores it (timestamp without time zone, in UTC). */
export const instant = (value: Date) => Prisma.sql`${value.toISOString()}::timestamp`;

/** A stored UTC timestamp column as California wall-clock time. `column` is a constant of this module's callers. */
export const californiaTime = (column: string) =>
  Prisma.raw(`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'America/Los_Angeles')`);

/** `d` is an original letter issued within the period. */
export const originalLetterIn = (period: ReportPeriod, alias = "d") =>
  Prisma.sql`${Prisma.raw(`${alias}."amendsId"`)} IS NULL AND ${Prisma.raw(`${alias}."issuedAt"`)} >= ${instant(period.start)} AND ${Prisma.raw(`${alias}."issuedAt"`)} < ${instant(period.end)}`;

/**
 * Joins, as `a`, the accepted assignment behind the original letter `d` (its reviewer, with
 * the conflict attestation). A case has at most one: accepting creates the case's
 * determination, and an offer can no longer be accepted once the case has one
 * (lib/cases/respond-to-offer.ts). A plain join lets PostgreSQL hash the assignments for a
 * long period instead of looking each one up.
 */
export const acceptedAssignmentOf = Prisma.raw(`LEFT JOIN "Assignment" a
    ON a."caseId" = d."caseId" AND a."reviewerId" = d."reviewerId" AND a."conflictAttestedAt" IS NOT NULL`);

/** Average whole-and-fractional days between two timestamp expressions (null when none). */
export const averageDays = (later: string, earlier: string) =>
  Prisma.raw(`(avg(extract(epoch FROM (${later} - ${earlier}))) / ${DAY_SECONDS})::float8`);

/**
 * One row per disputed item of each case decided in the period, with the item's current
 * decision: columns "caseId", "issuedAt" (the decision date), "reviewerId" (of the latest
 * letter), "disputedItemId", decision. An original letter that is still ISSUED is the
 * latest one (issuing an amendment marks the letter it replaces SUPERSEDED in the same
 * transaction, lib/qa/issue-letter.ts), so only a superseded original is followed
 * to the highest issued version: one index lookup per amended case, none for the others.
 */
export const decidedItems = (period: ReportPeriod) => Prisma.sql`
  SELECT d."caseId", d."issuedAt", coalesce(later."reviewerId", d."reviewerId") AS "reviewerId", di."disputedItemId", di.decision
  FROM "Determination" d
  LEFT JOIN LATERAL (
    SELECT latest.id, latest."reviewerId" FROM "Determination" latest
    WHERE d.status = 'SUPERSEDED' AND latest."caseId" = d."caseId" AND latest."issuedAt" IS NOT NULL
    ORDER BY latest.version DESC LIMIT 1
  ) later ON true
  JOIN "DeterminationItem" di ON di."determinationId" = coalesce(later.id, d.id)
  WHERE ${originalLetterIn(period)} AND di.decision IS NOT NULL`;

/**
 * For the transaction that reads the reports (settings end with it): no JIT compilation,
 * which cost about 2 s a query at 2,000,000 cases and saved nothing; and room for the hash
 * joins of a year's letters in memory rather than on disk (admins only, one at a time).
 */
export async function tuneReportSession(reader: ReportReader): Promise<void> {
  await reader.$queryRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`;
}

/** Columns shared by the three overturn reports. */
export type OutcomeCounts = {
  cases: number;
  items: number;
  overturned: number;
  upheld: number;
  overturnedPercent: number;
};
