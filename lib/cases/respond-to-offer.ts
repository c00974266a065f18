// The reviewer answers an offer. Accepting requires the attestation that they have no
// material professional, familial or financial affiliation with any party (Labor Code
// 139.5 and 4610.6; 8 CCR 9792.10.5): the assignment becomes ACTIVE with the time of the
// attestation, and the draft determination (one row per disputed item) is created. Declining
// requires a reason: the assignment is DECLINED, the case goes back to
// READY_FOR_ASSIGNMENT and is offered automatically to the top-ranked qualified reviewer
// who has not declined it (if there is none, it waits in the assignment queue).
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { systemActor, type Actor, type StaffActor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { lockAssignmentWriters } from "./assignment-lock.ts";
import { offerToTopCandidate } from "./auto-assign-case.ts";
import { notifyAcceptance } from "../notifications/case-notifications.ts";
import { statusesAllowing } from "./case-status-rules.ts";

export const REMATCH_REASON = "Re-matched automatically after the offered reviewer declined: top-ranked candidate";

export const respondToOfferInput = z.discriminatedUnion(
  "response",
  [
    z.object({
      assignmentId: z.uuid("Unknown offer."),
      response: z.literal("ACCEPT"),
      attestNoConflict: z.literal(
        true,
        "To accept, attest that you have no conflict of interest with any party of this case.",
      ),
    }),
    z.object({
      assignmentId: z.uuid("Unknown offer."),
      response: z.literal("DECLINE"),
      reason: z
        .string("Say why you decline.")
        .trim()
        .min(5, "Say why you decline (at least 5 characters).")
        .max(500, "At most 500 characters."),
    }),
  ],
  "Accept or decline the offer.",
);

export type OfferResponse =
  | { response: "ACCEPT"; caseId: string; determinationId: string }
  | { response: "DECLINE"; caseId: string; reoffered: boolean };

const ALREADY_ANSWERED = "You have already answered this offer.";
export const OFFER_WITHDRAWN = "This offer was withdrawn by the IMR administrator; you need not answer it.";

/** Why an offer can no longer be answered: withdrawn (said so), or answered already. */
const notAnswerable = (status: string) => conflict(status === "REVOKED" ? OFFER_WITHDRAWN : ALREADY_ANSWERED);

/** After a lost race on the row (updateMany moved nothing): the offer's status now, in words. */
async function lostRace(tx: Prisma.TransactionClient, assignmentId: string) {
  const current = await tx.assignment.findUnique({ where: { id: assignmentId }, select: { status: true } });
  return notAnswerable(current?.status ?? "");
}

async function ownOffer(tx: Prisma.TransactionClient, reviewer: StaffActor, assignmentId: string) {
  if (!reviewer.reviewerId) throw notFound("Offer");
  const offer = await tx.assignment.findFirst({
    where: { id: assignmentId, reviewerId: reviewer.reviewerId },
    select: { id: true, caseId: true, status: true, case: { select: { items: { select: { id: true } } } } },
  });
  if (!offer) throw notFound("Offer");
  if (offer.status !== "OFFERED") throw notAnswerable(offer.status);
  return offer;
}

export async function respondToOffer({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<OfferResponse> {
  const reviewer = requirePermission(actor, "assignments.respond");
  const data = respondToOfferInput.parse(input);
  if (data.response === "ACCEPT") return accept(reviewer, data.assignmentId, now);
  const caseId = await decline(reviewer, data.assignmentId, data.reason, now);
  return { response: "DECLINE", caseId, reoffered: await rematch(reviewer, caseId, now) };
}

async function accept(reviewer: StaffActor, assignmentId: string, now: Date): Promise<OfferResponse> {
  return db().$transaction(async (tx) => {
    const offer = await ownOffer(tx, reviewer, assignmentId);
    const moved = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "OFFERED" },
      data: { status: "ACTIVE", respondedAt: now, conflictAttestedAt: now },
    });
    if (moved.count !== 1) throw await lostRace(tx, assignmentId);
    if (await tx.determination.count({ where: { caseId: offer.caseId } }))
      throw conflict("This case already has a determination.");
    const determination = await tx.determination.create({
      data: {
        caseId: offer.caseId,
        reviewerId: reviewer.reviewerId!,
        version: 1,
        items: { create: offer.case.items.map((item) => ({ disputedItemId: item.id })) },
      },
      select: { id: true },
    });
    await notifyAcceptance(tx, assignmentId, now);
    await recordAudit(tx, reviewer, {
      action: "assignment.accepted",
      entityType: "Assignment",
      entityId: assignmentId,
      caseId: offer.caseId,
      payload: {
        assignmentId,
        reviewerId: reviewer.reviewerId!,
        determinationId: determination.id,
        conflictAttestedAt: now.toISOString(),
      },
    });
    return { response: "ACCEPT", caseId: offer.caseId, determinationId: determination.id };
  });
}

async function decline(reviewer: StaffActor, assignmentId: string, reason: string, now: Date): Promise<string> {
  return db().$transaction(async (tx) => {
    const offer = await ownOffer(tx, reviewer, assignmentId);
    const moved = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "OFFERED" },
      data: { status: "DECLINED", respondedAt: now, declineReason: reason, endedAt: now },
    });
    if (moved.count !== 1) throw await lostRace(tx, assignmentId);
    await tx.case.updateMany({
      where: { id: offer.caseId, status: { in: statusesAllowing("assignment.withdraw") } },
      data: { status: "READY_FOR_ASSIGNMENT" },
    });
    await recordAudit(tx, reviewer, {
      action: "assignment.declined",
      entityType: "Assignment",
      entityId: assignmentId,
      caseId: offer.caseId,
      payload: { assignmentId, reviewerId: reviewer.reviewerId!, reason },
    });
    return offer.caseId;
  });
}

/** The system offers the case again; a failure here leaves the declined case in the queue. */
async function rematch(reviewer: StaffActor, caseId: string, now: Date): Promise<boolean> {
  const system = { ...systemActor, meta: reviewer.meta };
  try {
    return await db().$transaction(async (tx) => {
      await lockAssignmentWriters(tx);
      const offer = await offerToTopCandidate(
        tx,
        system,
        caseId,
        { method: "AUTO", reason: REMATCH_REASON, assignedById: null },
        now,
      );
      return offer.kind === "offered";
    });
  } catch (error) {
    console.error("Re-match after a decline failed; the case waits in the assignment queue.", error);
    return false;
  }
}
