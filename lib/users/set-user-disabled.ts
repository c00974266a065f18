// An administrator disables a staff account (sign-in refused, every open session ended by
// the bumped session version) or enables it again. A reviewer's account goes through the
// reviewer record's own rule (lib/reviewers/set-reviewer-disabled.ts), which also keeps
// them out of matching.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { setReviewerDisabled } from "../reviewers/set-reviewer-disabled.ts";
import { refuseOwnAccount, userEntity, userId } from "./user-fields.ts";

export const setUserDisabledInput = z.object({ userId, disabled: z.boolean() });

export async function setUserDisabled({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ disabled: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId: id, disabled } = setUserDisabledInput.parse(input);
  refuseOwnAccount(admin, id, "You cannot disable or enable your own account; another administrator can.");
  const user = await db().user.findUnique({ where: { id }, select: { reviewer: { select: { id: true } } } });
  if (!user) throw notFound("User");
  if (user.reviewer) return setReviewerDisabled({ actor, input: { reviewerId: user.reviewer.id, disabled }, now });
  return db().$transaction(async (tx) => {
    const moved = disabled
      ? await tx.user.updateMany({
          where: { id, disabledAt: null },
          data: { disabledAt: now, sessionVersion: { increment: 1 } },
        })
      : await tx.user.updateMany({ where: { id, disabledAt: { not: null } }, data: { disabledAt: null } });
    if (moved.count !== 1)
      throw conflict(disabled ? "This account is already disabled." : "This account is already enabled.");
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
    await recordAudit(tx, admin, {
      action: "user.status_changed",
      ...userEntity(id),
      payload: { userId: id, disabled, sessionVersion },
    });
    return { disabled };
  });
}
