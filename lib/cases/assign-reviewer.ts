// An administrator offers a case to a reviewer of their choice (method MANUAL). The
// candidate list is recomputed on the server inside the transaction; the chosen reviewer
// must be qualified; choosing one ranked below the top score is an override and needs a
// stated reason. The case moves only from READY_FOR_ASSIGNMENT, so of many concurrent
// assignments exactly one succeeds. The reviewer then accepts or declines
// (./respond-to-offer.ts).
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { assignmentScore } from "../matching/auto-assign.ts";
import { lockAssignmentWriters } from "./assignment-lock.ts";
import { screenForOffer, snapshotOfScreen, topCandidate } from "./case-candidates.ts";
import { writeOffer } from "./offer-case.ts";
import { CASE_ACTION_REFUSALS, statusAllows } from "./case-status-rules.ts";

export const assignReviewerInput = z.object({
  caseId: z.uuid("Unknown case."),
  reviewerId: z.uuid("Choose a reviewer."),
  reason: z
    .string()
    .trim()
    .max(500, "Reason is too long (at most 500 characters).")
    .nullish()
    .transform((value) => (value ? value : null)),
});

export const TOP_RANKED_REASON = "Top-ranked candidate";

export async function assignReviewer({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ assignmentId: string; override: boolean }> {
  const staff = requirePermission(actor, "cases.assign");
  const { caseId, reviewerId, reason } = assignReviewerInput.parse(input);

  return db().$transaction(async (tx) => {
    await lockAssignmentWriters(tx);
    const kase = await tx.case.findUnique({ where: { id: caseId }, select: { status: true } });
    if (!kase) throw notFound("Case");
    if (!statusAllows(kase.status, "assignment.offer")) throw conflict(CASE_ACTION_REFUSALS["assignment.offer"]);

    const candidates = await screenForOffer(tx, caseId, now);
    const chosen = candidates.find((candidate) => candidate.reviewerId === reviewerId);
    if (!chosen) throw notFound("Reviewer");
    if (!chosen.qualified || chosen.score === null) {
      throw new AppError(
        "VALIDATION",
        `This reviewer is not qualified for the case: ${chosen.reasons.map((r) => r.message).join(" ")}`,
      );
    }
    const top = topCandidate(candidates)!;
    const override = chosen.score < top.score!;
    if (override && !reason) {
      throw new AppError("VALIDATION", "Give the reason for choosing this reviewer over the top-ranked candidate.", {
        reason: [
          `${top.name} ranks first (score ${top.score}; ${chosen.name}: ${chosen.score}). State why you choose otherwise.`,
        ],
      });
    }
    const assignmentId = await writeOffer(
      tx,
      staff,
      {
        caseId,
        reviewerId,
        method: "MANUAL",
        override,
        assignedById: staff.userId,
        reason: reason ?? TOP_RANKED_REASON,
        score: assignmentScore({ score: chosen.score, parts: chosen.scoreParts }),
        candidates: snapshotOfScreen(candidates),
      },
      now,
    );
    if (!assignmentId) throw conflict("This case was assigned by someone else a moment ago.");
    return { assignmentId, override };
  });
}
