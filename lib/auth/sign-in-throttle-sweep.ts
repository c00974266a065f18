// The hourly sweep's part for sign-in: failed sign-ins older than the longest throttle window
// count for nothing any more (lib/auth/sign-in-throttle.ts) and are deleted, as are unlock
// links that ran out a day ago. The audit trail keeps every failure.
import { db } from "../db/client.ts";
import { ACCOUNT_RULE, ADDRESS_RULE, windowStart } from "./sign-in-throttle.ts";

export async function sweepSignInThrottle({
  now,
}: {
  now: Date;
}): Promise<{ signInFailuresDeleted: number; unlockLinksDeleted: number }> {
  const [account, address] = [windowStart(now, ACCOUNT_RULE), windowStart(now, ADDRESS_RULE)];
  const before = account < address ? account : address;
  const failures = await db().signInFailure.deleteMany({ where: { at: { lt: before } } });
  const links = await db().signInUnlock.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } },
  });
  return { signInFailuresDeleted: failures.count, unlockLinksDeleted: links.count };
}
