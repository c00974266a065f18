// QA returns a submitted determination to its reviewer with comments; the reviewer sees
// them, edits and resubmits.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";

export const returnDeterminationInput = z.object({
  determinationId: z.uuid("Unknown determination."),
  comments: z
    .string()
    .trim()
    .min(10, "Tell the reviewer what to change (at least 10 characters).")
    .max(5000, "At most 5000 characters."),
});

export async function returnDetermination({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ qaReviewId: string }> {
  const reader = requirePermission(actor, "qa.decide");
  const { determinationId, comments } = returnDeterminationInput.parse(input);
  return db().$transaction(async (tx) => {
    const determination = await tx.determination.findUnique({
      where: { id: determinationId },
      select: { caseId: true, amendsId: true },
    });
    if (!determination) throw notFound("Determination");
    const moved = await tx.determination.updateMany({
      where: { id: determinationId, status: "SUBMITTED" },
      data: { status: "RETURNED" },
    });
    if (moved.count !== 1)
      throw conflict("This determination is no longer waiting for QA (another reader may have acted on it).");
    if (!determination.amendsId)
      await tx.case.updateMany({ where: { id: determination.caseId, status: "IN_QA" }, data: { status: "ASSIGNED" } });
    const review = await tx.qaReview.create({
      data: { determinationId, readerId: reader.userId, outcome: "RETURNED", comments },
    });
    await recordAudit(tx, reader, {
      action: "determination.returned",
      entityType: "Determination",
      entityId: determinationId,
      caseId: determination.caseId,
      payload: { determinationId, qaReviewId: review.id },
    });
    return { qaReviewId: review.id };
  });
}
