// One staff account for the administrator's user page: its state, its reviewer record if
// any, recovery codes left, and its recent sign-in events.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { twoFactorRequired } from "../auth/account-gate.ts";
import { notFound } from "../errors.ts";

const SIGN_IN_ACTIONS = [
  "user.signed_in",
  "user.sign_in_failed",
  "user.locked",
  "user.unlocked",
  "user.recovery_code_used",
];

export async function getUser({ actor, userId }: { actor: Actor | null; userId: unknown }) {
  requirePermission(actor, "users.manage");
  const id = z.uuid().safeParse(userId);
  if (!id.success) throw notFound("User");
  const user = await db().user.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      lockedAt: true,
      failedSignIns: true,
      totpEnabledAt: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      reviewer: { select: { id: true } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!user) throw notFound("User");
  const events = await db().auditEvent.findMany({
    where: { action: { in: SIGN_IN_ACTIONS }, entityType: "User", entityId: user.id },
    orderBy: { at: "desc" },
    take: 10,
    select: { id: true, at: true, action: true, ip: true, payload: true },
  });
  const { _count, ...rest } = user;
  return {
    ...rest,
    recoveryCodesLeft: _count.recoveryCodes,
    twoFactorRequired: twoFactorRequired(user.role),
    isSelf: actor?.kind === "user" && actor.userId === user.id,
    events: events.map((event) => ({ ...event, id: String(event.id), reason: reasonOf(event.payload) })),
  };
}

function reasonOf(payload: unknown): string | null {
  const value = payload as { reason?: unknown; throttled?: unknown; locked?: unknown } | null;
  if (value?.locked === true) return "account locked";
  if (value?.throttled === true) return "too many attempts";
  if (value?.reason === "totp") return "wrong code";
  if (value?.reason === "totp_reused") return "code already used";
  if (value?.reason === "password") return "wrong password";
  return null;
}
