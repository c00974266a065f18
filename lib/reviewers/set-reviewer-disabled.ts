// An administrator disables a reviewer's account (sign-in refused; the bumped session
// version ends every open session at its next request; matching screens them out as
// INACTIVE_ACCOUNT) or enables it again. Open assignments are left as they are.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { recordId } from "./fields.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const setReviewerDisabledInput = z.object({ reviewerId: recordId("reviewer"), disabled: z.boolean() });

export async function setReviewerDisabled({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ disabled: boolean }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { reviewerId, disabled } = setReviewerDisabledInput.parse(input);
  return db().$transaction(async (tx) => {
    const profile = await tx.reviewerProfile.findUnique({ where: { id: reviewerId }, select: { userId: true } });
    if (!profile) throw notFound("Reviewer");
    const userId = profile.userId;
    if (disabled) {
      const moved = await tx.user.updateMany({
        where: { id: userId, disabledAt: null },
        data: { disabledAt: now, sessionVersion: { increment: 1 } },
      });
      if (moved.count !== 1) throw conflict("This account is already disabled.");
      const { sessionVersion } = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { sessionVersion: true },
      });
      await recordAudit(tx, admin, {
        action: "reviewer.disabled",
        ...reviewerEntity(reviewerId),
        payload: { userId, sessionVersion },
      });
    } else {
      const moved = await tx.user.updateMany({
        where: { id: userId, disabledAt: { not: null } },
        data: { disabledAt: null },
      });
      if (moved.count !== 1) throw conflict("This account is already enabled.");
      await recordAudit(tx, admin, { action: "reviewer.enabled", ...reviewerEntity(reviewerId), payload: { userId } });
    }
    return { disabled };
  });
}
