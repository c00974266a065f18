// An administrator unlocks an account locked after repeated failed sign-ins
// (lib/auth/sign-in.ts): the failure count starts again from zero, and so does the
// account's sign-in throttle.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { userEntity, userId } from "./user-fields.ts";

export const unlockUserInput = z.object({ userId });

export async function unlockUser({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ userId: string }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId: id } = unlockUserInput.parse(input);
  return db().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id }, select: { id: true } }))) throw notFound("User");
    const unlocked = await tx.user.updateMany({ where: { id, lockedAt: { not: null } }, data: { lockedAt: null, failedSignIns: 0 } });
    if (unlocked.count !== 1) throw conflict("This account is not locked.");
    await recordAudit(tx, admin, { action: "user.unlocked", ...userEntity(id), payload: { userId: id } });
    return { userId: id };
  });
}
