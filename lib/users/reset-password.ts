// An administrator gives a user a new generated password (a forgotten one): shown once to
// the administrator, stored as an argon2id hash; the user must choose their own at the
// next sign-in, and every open session of theirs ends.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { generateInitialPassword } from "../auth/initial-password.ts";
import { hashPassword } from "../auth/passwords.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { refuseOwnAccount, userEntity, userId } from "./user-fields.ts";

export const resetPasswordInput = z.object({ userId });

export async function resetPassword({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ userId: string; password: string }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId: id } = resetPasswordInput.parse(input);
  refuseOwnAccount(admin, id, "Change your own password from your account page.");
  const password = generateInitialPassword();
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id },
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw notFound("User");
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
    await recordAudit(tx, admin, {
      action: "user.password_changed",
      ...userEntity(id),
      payload: { userId: id, byAdmin: true, sessionVersion },
    });
    return { userId: id, password };
  });
}
