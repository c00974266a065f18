// An administrator answers a possible conflict of interest (Labor Code 139.5(d); 8 CCR
// 9792.10.5): the identity core (lib/identity) could not tell a reviewer's affiliation
// apart from a party of the case, so matching holds the reviewer back ("needs
// confirmation") and auto-assign and batch assignment skip them. CONFIRMED makes it a
// conflict (the reviewer is excluded from the case, with the reason); DISMISSED lets
// matching consider the reviewer. The answer is checked against the screen as it stands
// (only a possible conflict shown now can be answered), stored per case, reviewer and pair
// of names, and audited in the same transaction.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { conflict, notFound } from "../errors.ts";
import { lockAssignmentWriters } from "./assignment-lock.ts";
import { screenForOffer } from "./case-candidates.ts";
import { CASE_ACTION_REFUSALS, statusAllows } from "./case-status-rules.ts";

export const decidePossibleConflictInput = z.object({
  caseId: z.uuid("Unknown case."),
  reviewerId: z.uuid("Unknown reviewer."),
  pairKey: z.string().min(1, "Unknown possible conflict.").max(2000, "Unknown possible conflict."),
  resolution: z.enum(["CONFIRMED", "DISMISSED"], "Choose confirm or dismiss."),
  reason: z
    .string({ error: "Give the reason for your answer." })
    .trim()
    .min(3, "Give the reason for your answer (at least 3 characters).")
    .max(500, "The reason is too long (at most 500 characters)."),
});

export async function decidePossibleConflict({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}) {
  const staff = requirePermission(actor, "conflicts.decide");
  const { caseId, reviewerId, pairKey, resolution, reason } = decidePossibleConflictInput.parse(input);
  return db().$transaction(async (tx) => {
    await lockAssignmentWriters(tx);
    const kase = await tx.case.findUnique({ where: { id: caseId }, select: { status: true } });
    if (!kase) throw notFound("Case");
    if (!statusAllows(kase.status, "conflicts.decide")) throw conflict(CASE_ACTION_REFUSALS["conflicts.decide"]);
    const candidates = await screenForOffer(tx, caseId, now);
    const open = candidates
      .find((c) => c.reviewerId === reviewerId)
      ?.reasons.find(
        (r) => r.code === "POSSIBLE_CONFLICT" && r.possibleConflict?.pairKey === pairKey,
      )?.possibleConflict;
    if (!open)
      throw conflict("This possible conflict is no longer open (it may have just been answered). Reload the page.");
    const decision = await tx.conflictDecision.create({
      data: {
        caseId,
        reviewerId,
        pairKey,
        resolution,
        reason,
        decidedById: staff.userId,
        decidedAt: now,
        affiliationName: open.affiliationName,
        partyName: open.partyName,
        partyLabel: open.partyLabel,
      },
      select: { id: true },
    });
    await recordAudit(tx, staff, {
      action: resolution === "CONFIRMED" ? "conflict.confirmed" : "conflict.dismissed",
      entityType: "ConflictDecision",
      entityId: decision.id,
      caseId,
      payload: {
        reviewerId,
        affiliationName: open.affiliationName,
        partyName: open.partyName,
        partyLabel: open.partyLabel,
        reason,
      },
    });
    return { decisionId: decision.id };
  });
}
