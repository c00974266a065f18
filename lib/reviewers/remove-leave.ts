// An administrator removes a leave (cancelled, or entered in error).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { isoDay, recordId } from "./fields.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const removeLeaveInput = z.object({ leaveId: recordId("leave") });

export async function removeLeave({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ removed: true }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { leaveId } = removeLeaveInput.parse(input);
  return db().$transaction(async (tx) => {
    const found = await tx.reviewerLeave.findUnique({
      where: { id: leaveId },
      select: { reviewerId: true, startsOn: true, endsOn: true },
    });
    if (!found) throw notFound("Leave");
    if ((await tx.reviewerLeave.deleteMany({ where: { id: leaveId } })).count !== 1) throw notFound("Leave");
    await recordAudit(tx, admin, {
      action: "leave.removed",
      ...reviewerEntity(found.reviewerId),
      payload: { leaveId, startsOn: isoDay(found.startsOn), endsOn: isoDay(found.endsOn) },
    });
    return { removed: true };
  });
}
