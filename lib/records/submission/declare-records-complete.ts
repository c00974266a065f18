// The claims administrator declares its records submission complete (8 CCR 9792.10.5: it
// must deliver the medical records). Asked to confirm on the page first; recorded on the
// case's records request (when, by whom, how many documents) with its audit row, once.
// Intake still marks the records complete (lib/records/mark-records-complete.ts) and sees
// the declaration beside that button.
import { z } from "zod";
import { db } from "../../db/client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/actor.ts";
import { AppError, conflict } from "../../errors.ts";
import { openSubmittingParty } from "./submitting-party.ts";
import { DECLARING_ROLE, isLateSubmission } from "./submission-rules.ts";

export const declareRecordsCompleteInput = z.object({
  confirmed: z.literal(true, { error: "Confirm that you have sent every record." }),
});

export async function declareRecordsComplete({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}) {
  return db().$transaction(async (tx) => {
    const sender = await openSubmittingParty(tx, actor);
    if (sender.role !== DECLARING_ROLE)
      throw new AppError("FORBIDDEN", "Only the claims administrator declares the records complete.");
    declareRecordsCompleteInput.parse(input);
    if (!sender.request) throw conflict("No records were requested on this case.");
    const party = sender.actor;
    const documents = await tx.document.count({ where: { caseId: sender.caseId, submittedByPartyId: party.partyId } });
    if (documents === 0) throw conflict("Send at least one document before declaring the submission complete.");
    const moved = await tx.recordsRequest.updateMany({
      where: { id: sender.request.id, declaredCompleteAt: null },
      data: { declaredCompleteAt: now, declaredCompleteByPartyId: party.partyId, declaredDocumentCount: documents },
    });
    if (moved.count !== 1) throw conflict("The submission was already declared complete.");
    const late = isLateSubmission(now, sender.request.dueAt);
    await recordAudit(tx, party, {
      action: "records.declared_complete",
      entityType: "RecordsRequest",
      entityId: sender.request.id,
      caseId: sender.caseId,
      payload: { recordsRequestId: sender.request.id, documents, late, partyRole: sender.role },
    });
    return { declaredAt: now, documents, late };
  });
}
