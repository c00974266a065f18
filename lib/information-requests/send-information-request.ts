// Intake asks one party of a case for information (8 CCR 9792.10.3: 5 business days to
// answer): the question is stored with its due date on the California business-day calendar
// (../deadlines/information-request-due.ts), appears in that party's inbox on the portal, and
// the party is e-mailed that something new is there (no medical content). One transaction,
// with the audit row.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { LETTER_RECIPIENT_ROLES } from "../cases/create-case.ts";
import { CASE_ACTION_REFUSALS, statusAllows } from "../cases/case-status-rules.ts";
import { informationRequestDue } from "../deadlines/information-request-due.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { notifyPartiesOfInboxItem } from "../notifications/party-notifications.ts";

export const QUESTION_MAX = 4000;

export const sendInformationRequestInput = z.object({
  caseId: z.uuid("Unknown case."),
  partyId: z.uuid("Choose the party to ask."),
  question: z
    .string({ error: "Write the question." })
    .trim()
    .min(10, "Write the question (at least 10 characters).")
    .max(QUESTION_MAX, `At most ${QUESTION_MAX} characters.`),
});

export async function sendInformationRequest({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ requestId: string; dueDate: string; dueAt: Date }> {
  const staff = requirePermission(actor, "information_requests.manage");
  const data = sendInformationRequestInput.parse(input);
  const { dueDate, dueAt } = informationRequestDue(now);
  return db().$transaction(async (tx) => {
    const party = await tx.party.findFirst({
      where: { id: data.partyId, caseId: data.caseId, case: caseWhereForActor(staff) },
      select: { id: true, role: true, case: { select: { status: true } } },
    });
    if (!party) throw notFound("Party");
    if (!LETTER_RECIPIENT_ROLES.includes(party.role))
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        partyId: ["This party has no access to the portal; choose one that receives the letters."],
      });
    // answers become case documents: a case that takes no more documents takes no more questions
    if (!statusAllows(party.case.status, "documents.upload")) throw conflict(CASE_ACTION_REFUSALS["documents.upload"]);
    const created = await tx.informationRequest.create({
      data: {
        caseId: data.caseId,
        partyId: party.id,
        question: data.question,
        sentAt: now,
        sentById: staff.userId,
        dueDate: new Date(`${dueDate}T00:00:00Z`),
        dueAt,
      },
      select: { id: true },
    });
    await notifyPartiesOfInboxItem(
      tx,
      { caseId: data.caseId, kind: "request", itemKey: `rfi:${created.id}`, partyIds: [party.id], dueAt },
      now,
    );
    await recordAudit(tx, staff, {
      action: "information_request.sent",
      entityType: "InformationRequest",
      entityId: created.id,
      caseId: data.caseId,
      payload: { requestId: created.id, partyId: party.id, partyRole: party.role, dueDate },
    });
    return { requestId: created.id, dueDate, dueAt };
  });
}
