// An administrator resets a user's two-factor sign-in (a lost phone): the secret and the
// recovery codes are deleted and the user's sessions end. An administrator or reviewer
// then sets it up again at their next sign-in (lib/auth/account-gate.ts).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { refuseOwnAccount, userEntity, userId } from "./user-fields.ts";

export const resetTwoFactorInput = z.object({ userId });

export async function resetTwoFactor({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ userId: string }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId: id } = resetTwoFactorInput.parse(input);
  refuseOwnAccount(admin, id, "Reset your own two-factor sign-in from your account page.");
  return db().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id }, select: { id: true } }))) throw notFound("User");
    const reset = await tx.user.updateMany({
      where: { id, OR: [{ totpEnabledAt: { not: null } }, { totpSecret: { not: null } }] },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    if (reset.count !== 1) throw conflict("Two-factor sign-in is not set up for this account.");
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
    await recordAudit(tx, admin, {
      action: "user.totp_reset",
      ...userEntity(id),
      payload: { userId: id, byAdmin: true },
    });
    await recordAudit(tx, admin, {
      action: "user.sessions_revoked",
      ...userEntity(id),
      payload: { userId: id, sessionVersion },
    });
    return { userId: id };
  });
}
