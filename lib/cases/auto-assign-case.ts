// Automatic assignment of one case (method AUTO): the offer goes to the top-ranked
// qualified reviewer, leaving out any who already declined the case. An administrator
// asks for it from the case page; the system does it when a reviewer declines
// (./respond-to-offer.ts), with no administrator named.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import type { AssignmentMethod } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { assignmentScore } from "../matching/auto-assign.ts";
import { lockAssignmentWriters } from "./assignment-lock.ts";
import { noCandidateMessage, screenForOffer, snapshotOfScreen, topCandidate } from "./case-candidates.ts";
import { writeOffer } from "./offer-case.ts";
import { TOP_RANKED_REASON } from "./assign-reviewer.ts";

export const autoAssignCaseInput = z.object({ caseId: z.uuid("Unknown case.") });

export type TopOffer =
  | { kind: "offered"; assignmentId: string; reviewerId: string; score: number }
  | { kind: "none"; reason: string }
  | { kind: "not_waiting" };

/** Offers the case to its top candidate, inside the caller's transaction (which holds the assignment lock). */
export async function offerToTopCandidate(
  tx: Prisma.TransactionClient,
  actor: Actor,
  caseId: string,
  how: { method: AssignmentMethod; reason: string; assignedById: string | null },
  now: Date = new Date(),
): Promise<TopOffer> {
  const kase = await tx.case.findUnique({ where: { id: caseId }, select: { status: true } });
  if (!kase) throw notFound("Case");
  if (kase.status !== "READY_FOR_ASSIGNMENT") return { kind: "not_waiting" };
  const candidates = await screenForOffer(tx, caseId, now);
  const top = topCandidate(candidates);
  if (!top || top.score === null) return { kind: "none", reason: noCandidateMessage(candidates) };
  const assignmentId = await writeOffer(
    tx,
    actor,
    {
      caseId,
      reviewerId: top.reviewerId,
      method: how.method,
      override: false,
      assignedById: how.assignedById,
      reason: how.reason,
      score: assignmentScore({ score: top.score, parts: top.scoreParts }),
      candidates: snapshotOfScreen(candidates),
    },
    now,
  );
  return assignmentId
    ? { kind: "offered", assignmentId, reviewerId: top.reviewerId, score: top.score }
    : { kind: "not_waiting" };
}

export async function autoAssignCase({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ assignmentId: string; reviewerId: string }> {
  const staff = requirePermission(actor, "cases.assign");
  const { caseId } = autoAssignCaseInput.parse(input);
  return db().$transaction(async (tx) => {
    await lockAssignmentWriters(tx);
    const offer = await offerToTopCandidate(
      tx,
      staff,
      caseId,
      { method: "AUTO", reason: TOP_RANKED_REASON, assignedById: staff.userId },
      now,
    );
    if (offer.kind === "not_waiting")
      throw conflict("This case is not waiting for assignment (it may have just been assigned).");
    if (offer.kind === "none") throw conflict(offer.reason);
    return { assignmentId: offer.assignmentId, reviewerId: offer.reviewerId };
  });
}
