// An administrator unlocks a locked account. Failed sign-ins no longer lock accounts (they
// slow the next attempt down instead: lib/auth/sign-in-throttle.ts); accounts locked before
// stay locked until unlocked here. Unlocking also starts the account's failure count and
// its sign-in wait afresh.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { userEntity, userId } from "./user-fields.ts";

export const unlockUserInput = z.object({ userId });

export async function unlockUser({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ userId: string }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId: id } = unlockUserInput.parse(input);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true } });
    if (!user) throw notFound("User");
    const unlocked = await tx.user.updateMany({
      where: { id, lockedAt: { not: null } },
      data: { lockedAt: null, failedSignIns: 0, lastFailedSignInAt: null },
    });
    if (unlocked.count !== 1) throw conflict("This account is not locked.");
    await tx.signInFailure.deleteMany({ where: { email: user.email } });
    await recordAudit(tx, admin, { action: "user.unlocked", ...userEntity(id), payload: { userId: id } });
    return { userId: id };
  });
}
