// The hourly sweep forgets failed sign-ins older than the throttle's window (they count for
// nothing any more) and unlock links that ran out more than a day ago; recent ones stay.
import crypto from "node:crypto";
import { db } from "@/lib/db/client.ts";
import { sweepSignInThrottle } from "@/lib/auth/sign-in-throttle-sweep.ts";
import { ACCOUNT_RULE, windowStart } from "@/lib/auth/sign-in-throttle.ts";
import { createStaff } from "../factories/index.ts";

test("old failed sign-ins and long-expired unlock links are deleted; recent ones stay", async () => {
  const now = new Date("2026-12-07T18:00:00Z");
  const email = `sweep-${crypto.randomUUID()}@example.test`;
  const edge = windowStart(now, ACCOUNT_RULE);
  await db().signInFailure.createMany({
    data: [
      { email, ip: null, at: new Date(edge.getTime() - 60_000) },
      { email, ip: "203.0.113.7", at: new Date(edge.getTime() + 60_000) },
    ],
  });
  const staff = await createStaff("INTAKE");
  const link = (expiresAt: Date) => ({
    userId: staff.userId,
    tokenHash: crypto.randomBytes(32).toString("hex"),
    expiresAt,
  });
  await db().signInUnlock.createMany({
    data: [link(new Date(now.getTime() - 2 * 86_400_000)), link(new Date(now.getTime() - 3_600_000))],
  });

  const swept = await sweepSignInThrottle({ now });
  expect(swept.signInFailuresDeleted).toBeGreaterThanOrEqual(1);
  expect(swept.unlockLinksDeleted).toBeGreaterThanOrEqual(1);
  expect((await db().signInFailure.findMany({ where: { email } })).map((f) => f.ip)).toEqual(["203.0.113.7"]);
  expect(await db().signInUnlock.count({ where: { userId: staff.userId } })).toBe(1);
});
