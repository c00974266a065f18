// The e-mails a case's progress sends, each written to the outbox inside the transaction of
// the change itself (an offer, an acceptance, an issued letter), so a change that rolls back
// leaves no message behind. Recipients are looked up here; disabled accounts get nothing.
import type { Prisma } from "../db/generated/client.ts";
import { queueNotifications, type Notification } from "./outbox.ts";
import { acceptedText, letterIssuedText, offeredText, withdrawnText } from "./message-texts.ts";

type Tx = Prisma.TransactionClient;

/** To the reviewer a case was offered to (manual, automatic, batch or re-match offers alike). */
export async function notifyOffer(
  tx: Tx,
  offer: { caseId: string; reviewerId: string; assignmentId: string },
  now: Date = new Date(),
): Promise<number> {
  const reviewer = await tx.reviewerProfile.findUnique({
    where: { id: offer.reviewerId },
    select: { user: { select: { email: true, disabledAt: true } } },
  });
  const kase = await tx.case.findUniqueOrThrow({
    where: { id: offer.caseId },
    select: { caseNumber: true, reviewType: true },
  });
  if (!reviewer || reviewer.user.disabledAt) return 0;
  return queueNotifications(
    tx,
    [
      {
        kind: "assignment.offered",
        caseId: offer.caseId,
        to: reviewer.user.email,
        dedupeKey: `offer:${offer.assignmentId}`,
        ...offeredText(kase),
      },
    ],
    now,
  );
}

/** To the reviewer whose pending offer was withdrawn (a disabled account gets nothing). */
export async function notifyWithdrawal(
  tx: Tx,
  offer: { caseId: string; reviewerId: string; assignmentId: string; offeredAt: Date },
  now: Date = new Date(),
): Promise<number> {
  const reviewer = await tx.reviewerProfile.findUnique({
    where: { id: offer.reviewerId },
    select: { user: { select: { email: true, disabledAt: true } } },
  });
  const kase = await tx.case.findUniqueOrThrow({ where: { id: offer.caseId }, select: { caseNumber: true } });
  if (!reviewer || reviewer.user.disabledAt) return 0;
  return queueNotifications(
    tx,
    [
      {
        kind: "assignment.withdrawn",
        caseId: offer.caseId,
        to: reviewer.user.email,
        dedupeKey: `withdrawn:${offer.assignmentId}`,
        ...withdrawnText({ caseNumber: kase.caseNumber, offeredAt: offer.offeredAt }),
      },
    ],
    now,
  );
}

/** To the administrator who made the offer; to every active administrator when the system made it. */
export async function notifyAcceptance(tx: Tx, assignmentId: string, now: Date = new Date()): Promise<number> {
  const assignment = await tx.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      caseId: true,
      case: { select: { caseNumber: true, dueAt: true } },
      reviewer: { select: { user: { select: { name: true } } } },
      assignedBy: { select: { email: true, role: true, disabledAt: true } },
    },
  });
  const assigner = assignment.assignedBy;
  const recipients =
    assigner && assigner.role === "ADMIN" && !assigner.disabledAt
      ? [assigner.email]
      : (
          await tx.user.findMany({
            where: { role: "ADMIN", disabledAt: null },
            select: { email: true },
            orderBy: { email: "asc" },
          })
        ).map((u) => u.email);
  const text = acceptedText({
    caseNumber: assignment.case.caseNumber,
    caseId: assignment.caseId,
    reviewerName: assignment.reviewer.user.name,
    dueAt: assignment.case.dueAt,
  });
  return queueNotifications(
    tx,
    recipients.map((to): Notification => ({
      kind: "assignment.accepted",
      caseId: assignment.caseId,
      to,
      dedupeKey: `accepted:${assignmentId}:${to}`,
      ...text,
    })),
    now,
  );
}

/** To each party that receives letters, holds a live access code and gave an e-mail address. */
export async function notifyLetterIssued(
  tx: Tx,
  issued: { caseId: string; determinationId: string; amended: boolean },
  now: Date = new Date(),
): Promise<number> {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: issued.caseId }, select: { caseNumber: true } });
  const parties = await tx.party.findMany({
    where: { caseId: issued.caseId, email: { not: null }, accessCode: { is: { revokedAt: null } } },
    select: { id: true, email: true },
    orderBy: { role: "asc" },
  });
  const text = letterIssuedText({ caseNumber: kase.caseNumber, amended: issued.amended });
  return queueNotifications(
    tx,
    parties
      .filter((p) => p.email?.trim())
      .map((p): Notification => ({
        kind: "letter.issued",
        caseId: issued.caseId,
        to: p.email!.trim(),
        dedupeKey: `letter:${issued.determinationId}:${p.id}`,
        ...text,
      })),
    now,
  );
}
