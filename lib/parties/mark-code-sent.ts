// Intake marks a party's access code sent (its code letter mailed or handed over): the time is
// kept and the sealed copy of the code erased in the same transaction, with the audit row.
// From then on the code exists only as its hash; a lost code is replaced by a new one
// (./reissue-access-code.ts).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { conflict, notFound } from "../errors.ts";

export const markCodeSentInput = z.object({ partyId: z.uuid("Unknown party.") });

export async function markCodeSent({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ partyId: string; sentAt: Date }> {
  const staff = requirePermission(actor, "parties.reissue_code");
  const { partyId } = markCodeSentInput.parse(input);
  return db().$transaction(async (tx) => {
    const party = await tx.party.findFirst({
      where: { id: partyId, case: caseWhereForActor(staff) },
      select: { id: true, role: true, caseId: true, accessCode: { select: { sentAt: true, revokedAt: true } } },
    });
    if (!party) throw notFound("Party");
    if (!party.accessCode || party.accessCode.revokedAt) throw conflict("This party has no access code to send.");
    // only a code still waiting is marked: two clicks, or two tabs, mark it once
    const marked = await tx.partyAccessCode.updateMany({
      where: { partyId, sentAt: null, revokedAt: null },
      data: { sentAt: now, sealedCode: null },
    });
    if (marked.count !== 1) throw conflict("This code was already marked sent.");
    await recordAudit(tx, staff, {
      action: "party.code_marked_sent",
      entityType: "Party",
      entityId: partyId,
      caseId: party.caseId,
      payload: { partyId, partyRole: party.role },
    });
    return { partyId, sentAt: now };
  });
}
