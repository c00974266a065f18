// Claiming work on the Job table, safe with any number of workers on PostgreSQL (and on the
// single-connection embedded database): one UPDATE takes the oldest due job whose row no
// other worker holds (FOR UPDATE SKIP LOCKED), so a job is never run by two workers at once.
// A RUNNING job whose lease ran out (its worker died) is due again; one that has used all
// its attempts that way is failed instead (exhaustedLeases).
import { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/client.ts";

type RawClient = Pick<Db, "$queryRaw">;

/** Dates go in as ISO text and are read as UTC: the columns are timestamp without time zone, in UTC. */
const at = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const ofKinds = (kinds?: readonly string[]) =>
  kinds?.length ? Prisma.sql`AND "kind" IN (${Prisma.join([...kinds])})` : Prisma.empty;
const ofIds = (ids?: readonly string[]) =>
  ids ? Prisma.sql`AND "id"::text IN (${Prisma.join(ids.length ? [...ids] : [""])})` : Prisma.empty;

/** `kinds`: only jobs of these kinds; `ids`: only these jobs (a job run at once, e.g. by a test). */
export type ClaimOptions = {
  workerId: string;
  now: Date;
  leaseMs: number;
  kinds?: readonly string[];
  ids?: readonly string[];
};

/** The id of the job this worker now holds (attempts already counted), or null when none is due. */
export async function claimNextJob(
  client: RawClient,
  { workerId, now, leaseMs, kinds, ids }: ClaimOptions,
): Promise<string | null> {
  const staleBefore = new Date(now.getTime() - leaseMs);
  const rows = await client.$queryRaw<{ id: string }[]>`
    UPDATE "Job" SET "status" = 'RUNNING', "lockedAt" = ${at(now)}, "lockedBy" = ${workerId}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE (("status" = 'QUEUED' AND "runAt" <= ${at(now)})
          OR ("status" = 'RUNNING' AND "lockedAt" < ${at(staleBefore)} AND "attempts" < "maxAttempts"))
        ${ofKinds(kinds)} ${ofIds(ids)}
      ORDER BY "runAt" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"::text AS "id"`;
  return rows[0]?.id ?? null;
}

export type ExhaustedJob = { id: string; kind: string; attempts: number };

/** RUNNING jobs whose lease ran out on their last attempt become FAILED; returns them (for the audit). */
export async function failExhaustedLeases(
  client: RawClient,
  { now, leaseMs, kinds }: Omit<ClaimOptions, "workerId">,
): Promise<ExhaustedJob[]> {
  const staleBefore = new Date(now.getTime() - leaseMs);
  return client.$queryRaw<ExhaustedJob[]>`
    UPDATE "Job" SET "status" = 'FAILED', "finishedAt" = ${at(now)}, "lockedAt" = NULL,
      "lastError" = 'The worker stopped during the last attempt (lease expired).'
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "status" = 'RUNNING' AND "lockedAt" < ${at(staleBefore)} AND "attempts" >= "maxAttempts" ${ofKinds(kinds)}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"::text AS "id", "kind", "attempts"`;
}
