// A staff user changes their own password: the current one is checked, the new one stored
// as an argon2id hash, and the session version bumped so every other session ends. The
// browser that made the change gets a short-lived proof that keeps its own session
// (lib/auth/session-resume.ts). Clears "must change password" (accounts created with a
// generated password).
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { requirePermission } from "../auth/permissions.ts";
import { issueResumeProof, type ResumeProof } from "../auth/session-resume.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { changePasswordInput, passwordIsEmail } from "./password-rules.ts";
import { userEntity } from "./user-fields.ts";

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", { [field]: [message] });

export async function changeOwnPassword({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ resume: ResumeProof }> {
  const me = requirePermission(actor, "account.manage_own");
  const { currentPassword, newPassword } = changePasswordInput.parse(input);
  const user = await db().user.findUnique({
    where: { id: me.userId },
    select: { email: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) throw notFound("Account");
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw fieldError("currentPassword", "This is not your current password.");
  if (passwordIsEmail(newPassword, user.email))
    throw fieldError("newPassword", "Your password cannot be your email address.");
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    // the version read above: a change made meanwhile (another tab, an administrator) wins
    const changed = await tx.user.updateMany({
      where: { id: me.userId, sessionVersion: user.sessionVersion, disabledAt: null },
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw conflict("Your account changed meanwhile; please sign in again and retry.");
    const sessionVersion = user.sessionVersion + 1;
    await recordAudit(tx, me, {
      action: "user.password_changed",
      ...userEntity(me.userId),
      payload: { userId: me.userId, byAdmin: false, sessionVersion },
    });
    return { resume: issueResumeProof(me.userId, user.sessionVersion, sessionVersion, now.getTime()) };
  });
}
