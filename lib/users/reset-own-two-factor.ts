// A user turns off their own two-factor sign-in, to set it up again on a new phone or to
// get new recovery codes. Their password confirms it is them. Where two-factor is
// required (lib/auth/account-gate.ts) they are sent to set it up again at once.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { verifyPassword } from "../auth/passwords.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { userEntity } from "./user-fields.ts";

export const resetOwnTwoFactorInput = z.object({
  password: z.string("Enter your password.").min(1, "Enter your password.").max(200, "Use at most 200 characters."),
});

export async function resetOwnTwoFactor({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ userId: string }> {
  const me = requirePermission(actor, "account.manage_own");
  const { password } = resetOwnTwoFactorInput.parse(input);
  const user = await db().user.findUnique({ where: { id: me.userId }, select: { passwordHash: true } });
  if (!user) throw notFound("Account");
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      password: ["This is not your password."],
    });
  }
  return db().$transaction(async (tx) => {
    const reset = await tx.user.updateMany({
      where: { id: me.userId, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    if (reset.count !== 1) throw conflict("Two-factor sign-in is not on for your account.");
    await tx.recoveryCode.deleteMany({ where: { userId: me.userId } });
    await recordAudit(tx, me, {
      action: "user.totp_reset",
      ...userEntity(me.userId),
      payload: { userId: me.userId, byAdmin: false },
    });
    return { userId: me.userId };
  });
}
