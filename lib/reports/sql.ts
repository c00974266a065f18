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
export const californiaTime = (column: string) => Prisma.raw(`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'America/Los_Angeles')`);

/** `d` is an original letter issued within the period. */
export const originalLetterIn = (period: ReportPeriod, alias = "d") =>
  Prisma.sql`${Prisma.raw(`${alias}."amendsId"`)} IS NULL AND ${Prisma.raw(`${alias}."issuedAt"`)} >= ${instant(period.start)} AND ${Prisma.raw(`${alias}."issuedAt"`)} < ${instant(period.end)}`;

/** Joins, as `a`, the start of the accepted assignment behind the original letter `d`. */
export const acceptedAssignmentOf = Prisma.raw(`LEFT JOIN LATERAL (
    SELECT acc."assignedAt" FROM "Assignment" acc
    WHERE acc."caseId" = d."caseId" AND acc."reviewerId" = d."reviewerId"
      AND acc."conflictAttestedAt" IS NOT NULL AND acc."assignedAt" <= d."issuedAt"
    ORDER BY acc."assignedAt" DESC LIMIT 1
  ) a ON true`);

/** Average whole-and-fractional days between two timestamp expressions (null when none). */
export const averageDays = (later: string, earlier: string) =>
  Prisma.raw(`(avg(extract(epoch FROM (${later} - ${earlier}))) / ${DAY_SECONDS})::float8`);

/**
 * One row per disputed item of each case decided in the period, with the item's current
 * decision: columns "caseId", "issuedAt" (the decision date), "reviewerId" (of the latest
 * letter), "disputedItemId", decision.
 */
export const decidedItems = (period: ReportPeriod) => Prisma.sql`
  SELECT d."caseId", d."issuedAt", cur."reviewerId", di."disputedItemId", di.decision
  FROM "Determination" d
  JOIN LATERAL (
    SELECT latest.id, latest."reviewerId" FROM "Determination" latest
    WHERE latest."caseId" = d."caseId" AND latest."issuedAt" IS NOT NULL
    ORDER BY latest.version DESC LIMIT 1
  ) cur ON true
  JOIN "DeterminationItem" di ON di."determinationId" = cur.id
  WHERE ${originalLetterIn(period)} AND di.decision IS NOT NULL`;

/** Item counts and the overturn rate over the rows `x` of decidedItems. */
export const itemOutcomes = Prisma.raw(`count(*)::int AS items,
  count(*) FILTER (WHERE x.decision = 'OVERTURNED')::int AS overturned,
  count(*) FILTER (WHERE x.decision = 'UPHELD')::int AS upheld,
  (100.0 * count(*) FILTER (WHERE x.decision = 'OVERTURNED') / count(*))::float8 AS "overturnedPercent"`);

/** Columns shared by the three overturn reports. */
export type OutcomeCounts = { cases: number; items: number; overturned: number; upheld: number; overturnedPercent: number };
