// The party-access lockouts in force now: an address stopped on one case, and case numbers
// whose counted failures in the sliding window reached the limit (ACCESS_LIMITS in
// ./open-party-access.ts), with the count, the last attempt and when the lockout ends by
// itself if nothing more happens (the moment the limit-th newest failure leaves the window).
// Attempts whose address could not be known are never listed as an address. A case-number
// lockout never stops a party holding a valid code; it stops guessing at the case.
import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { ACCESS_LIMITS, UNKNOWN_ADDRESS, accessWindowStart } from "./open-party-access.ts";

export type AccessLockout = { key: string; failures: number; firstAt: Date; lastAt: Date; endsAt: Date };

/** An address stopped on one case: key is the address. */
export type AddressLockout = AccessLockout & { caseNumber: string };

export type AccessLockouts = {
  addresses: AddressLockout[];
  cases: (AccessLockout & { caseId: string | null })[];
  now: Date;
};

type Row = { key: string; caseNumber: string; failures: bigint; firstAt: Date; lastAt: Date; pivot: Date };

async function lockedBy(by: "address" | "case", limit: number, since: Date): Promise<AddressLockout[]> {
  const [key, group, known] =
    by === "address"
      ? [Prisma.sql`"ip"`, Prisma.sql`"ip", "caseNumber"`, Prisma.sql`AND "ip" <> ${UNKNOWN_ADDRESS}`]
      : [Prisma.sql`"caseNumber"`, Prisma.sql`"caseNumber"`, Prisma.empty];
  // pivot: the limit-th newest counted failure; once it leaves the window the count is below the limit.
  const rows = await db().$queryRaw<Row[]>`
    SELECT ${key} AS "key", "caseNumber", count(*) AS "failures", min("at") AS "firstAt", max("at") AS "lastAt",
           (array_agg("at" ORDER BY "at" DESC))[${limit}::int] AS "pivot"
    FROM "AccessAttempt"
    WHERE "succeeded" = false AND "liftedAt" IS NULL AND "at" >= ${since} ${known}
    GROUP BY ${group}
    HAVING count(*) >= ${limit}::int
    ORDER BY max("at") DESC
    LIMIT 500`;
  const windowMs = ACCESS_LIMITS.windowMinutes * 60_000;
  return rows.map((r) => ({
    key: r.key,
    caseNumber: r.caseNumber,
    failures: Number(r.failures),
    firstAt: r.firstAt,
    lastAt: r.lastAt,
    endsAt: new Date(r.pivot.getTime() + windowMs),
  }));
}

export async function listAccessLockouts({
  actor,
  now = new Date(),
}: {
  actor: Actor | null;
  now?: Date;
}): Promise<AccessLockouts> {
  requirePermission(actor, "parties.lift_lockout");
  const since = accessWindowStart(now);
  const [addresses, cases] = await Promise.all([
    lockedBy("address", ACCESS_LIMITS.failuresPerAddress, since),
    lockedBy("case", ACCESS_LIMITS.failuresPerCase, since),
  ]);
  const known = cases.length
    ? await db().case.findMany({
        where: { caseNumber: { in: cases.map((c) => c.key) } },
        select: { id: true, caseNumber: true },
      })
    : [];
  const idOf = new Map(known.map((k) => [k.caseNumber, k.id]));
  return {
    addresses,
    cases: cases.map(({ caseNumber: _same, ...c }) => ({ ...c, caseId: idOf.get(c.key) ?? null })),
    now,
  };
}
