// An administrator records a period when a reviewer takes no cases (inclusive dates).
// Matching skips a reviewer whose next leave starts before a case's due date.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { isoDate, isoDay, optionalText, recordId } from "./fields.ts";
import { requireReviewer, reviewerEntity } from "./reviewer-entity.ts";

export const addLeaveInput = z
  .object({
    reviewerId: recordId("reviewer"),
    startsOn: isoDate("first day"),
    endsOn: isoDate("last day"),
    note: optionalText("note", 200),
  })
  .refine((leave) => leave.endsOn >= leave.startsOn, {
    path: ["endsOn"],
    message: "The last day cannot be before the first day.",
  });

export async function addLeave({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ leaveId: string }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { reviewerId, ...leave } = addLeaveInput.parse(input);
  return db().$transaction(async (tx) => {
    await requireReviewer(tx, reviewerId);
    const created = await tx.reviewerLeave.create({ data: { reviewerId, ...leave }, select: { id: true } });
    await recordAudit(tx, admin, {
      action: "leave.added",
      ...reviewerEntity(reviewerId),
      payload: { leaveId: created.id, startsOn: isoDay(leave.startsOn), endsOn: isoDay(leave.endsOn) },
    });
    return { leaveId: created.id };
  });
}
