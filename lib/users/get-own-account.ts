// The signed-in user's own account as the account pages show it: two-factor state,
// recovery codes left, when the password was last changed, and what is still owed.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { twoFactorRequired } from "../auth/account-gate.ts";
import { notFound } from "../errors.ts";

export async function getOwnAccount({ actor }: { actor: Actor | null }) {
  const me = requirePermission(actor, "account.manage_own");
  const user = await db().user.findUnique({
    where: { id: me.userId },
    select: {
      email: true,
      name: true,
      role: true,
      totpEnabledAt: true,
      passwordChangedAt: true,
      mustChangePassword: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!user) throw notFound("Account");
  const { _count, ...rest } = user;
  return { ...rest, recoveryCodesLeft: _count.recoveryCodes, twoFactorRequired: twoFactorRequired(user.role) };
}
