// The periodic reminders (job kind "sweep-reminders", scheduled by the job loop):
//   records overdue      a records request past its due date and not received
//                        (8 CCR 9792.10.5): to the intake user who opened the case and to
//                        the claims administrator, when they gave an e-mail address;
//   decision due soon    a case assigned or in QA whose determination is due today or is in
//                        the last 20% of its window (lib/deadlines, Labor Code 4610.6(d)): to
//                        the reviewer working on it, or to the administrators while in QA;
//   answer overdue       a request for information past its due date and not answered, on a
//                        case still open to documents: to the party asked, when it gave an
//                        e-mail address and holds a live access code (it answers with it).
// Each message carries a dedupe key, so running the sweep again never sends it twice.
import { db } from "../db/client.ts";
import { deadlineStatus } from "../deadlines/deadline-status.ts";
import { queueNotifications, type Notification } from "./outbox.ts";
import { decisionDueSoonText, recordsOverduePartyText, recordsOverdueStaffText } from "./message-texts.ts";
import { partyAnswerOverdueText } from "./party-inbox-texts.ts";
import { statusesAllowing } from "../cases/case-status-rules.ts";

const BATCH = 500;
/** Longer than the last fifth of any determination window, so no case due soon is missed. */
const DUE_SOON_HORIZON_MS = 10 * 86_400_000;

export async function sweepReminders({ now = new Date() }: { now?: Date } = {}) {
  const recordsOverdue = await queueNotifications(db(), await recordsOverdueMessages(now), now);
  const decisionsDueSoon = await queueNotifications(db(), await decisionDueSoonMessages(now), now);
  const answersOverdue = await queueNotifications(db(), await answerOverdueMessages(now), now);
  return { recordsOverdue, decisionsDueSoon, answersOverdue };
}

async function answerOverdueMessages(now: Date): Promise<Notification[]> {
  const overdue = await db().informationRequest.findMany({
    where: {
      answeredAt: null,
      dueAt: { lt: now },
      case: { status: { in: statusesAllowing("documents.upload") } },
      party: { email: { not: null }, accessCode: { is: { revokedAt: null } } },
    },
    select: {
      id: true,
      dueAt: true,
      caseId: true,
      partyId: true,
      case: { select: { caseNumber: true } },
      party: { select: { email: true } },
    },
    orderBy: { dueAt: "asc" },
    take: BATCH,
  });
  return overdue
    .filter((request) => request.party.email?.trim())
    .map((request): Notification => ({
      kind: "party.answer_overdue",
      caseId: request.caseId,
      to: request.party.email!.trim(),
      dedupeKey: `rfi-overdue:${request.id}:${request.partyId}`,
      ...partyAnswerOverdueText({ caseNumber: request.case.caseNumber, dueAt: request.dueAt }),
    }));
}

async function recordsOverdueMessages(now: Date): Promise<Notification[]> {
  const late = await db().recordsRequest.findMany({
    where: { receivedAt: null, dueAt: { lt: now }, case: { status: "AWAITING_RECORDS" } },
    select: {
      id: true,
      dueAt: true,
      caseId: true,
      case: {
        select: {
          caseNumber: true,
          createdBy: { select: { email: true, disabledAt: true } },
          parties: { where: { role: "CLAIMS_ADMINISTRATOR", email: { not: null } }, select: { email: true } },
        },
      },
    },
    orderBy: { dueAt: "asc" },
    take: BATCH,
  });
  return late.flatMap((request) => {
    const facts = { caseNumber: request.case.caseNumber, dueAt: request.dueAt };
    const staff = request.case.createdBy.disabledAt
      ? []
      : [{ to: request.case.createdBy.email, ...recordsOverdueStaffText(facts) }];
    const parties = request.case.parties.map((p) => ({ to: p.email!.trim(), ...recordsOverduePartyText(facts) }));
    return [...staff, ...parties]
      .filter((m) => m.to)
      .map((m): Notification => ({
        kind: "records.overdue",
        caseId: request.caseId,
        dedupeKey: `records-overdue:${request.id}:${m.to}`,
        ...m,
      }));
  });
}

async function decisionDueSoonMessages(now: Date): Promise<Notification[]> {
  const cases = await db().case.findMany({
    where: {
      status: { in: ["ASSIGNED", "IN_QA"] },
      recordsCompleteAt: { not: null },
      dueAt: { gte: now, lte: new Date(now.getTime() + DUE_SOON_HORIZON_MS) },
    },
    select: {
      id: true,
      caseNumber: true,
      status: true,
      dueAt: true,
      recordsCompleteAt: true,
      assignments: {
        where: { status: "ACTIVE" },
        select: { reviewer: { select: { user: { select: { email: true, disabledAt: true } } } } },
      },
    },
    orderBy: { dueAt: "asc" },
    take: BATCH,
  });
  const dueSoon = cases.filter((c) =>
    ["at_risk", "due_today"].includes(deadlineStatus(c.recordsCompleteAt!, c.dueAt!, now)),
  );
  const admins = dueSoon.some((c) => c.status === "IN_QA")
    ? (
        await db().user.findMany({
          where: { role: "ADMIN", disabledAt: null },
          select: { email: true },
          orderBy: { email: "asc" },
        })
      ).map((u) => u.email)
    : [];
  return dueSoon.flatMap((c) => {
    const inQa = c.status === "IN_QA";
    const to = inQa
      ? admins
      : c.assignments.filter((a) => !a.reviewer.user.disabledAt).map((a) => a.reviewer.user.email);
    const text = decisionDueSoonText({ caseNumber: c.caseNumber, dueAt: c.dueAt!, inQa });
    return to.map((address): Notification => ({
      kind: "decision.due_soon",
      caseId: c.id,
      to: address,
      dedupeKey: `due-soon:${c.id}:${c.dueAt!.toISOString()}:${inQa ? "qa" : "review"}:${address}`,
      ...text,
    }));
  });
}
