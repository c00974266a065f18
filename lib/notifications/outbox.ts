// The notification outbox: an e-mail is written as a row in the same transaction as the
// change it announces, so it exists if and only if the change commits, and is delivered
// later (deliver-outbox.ts). A dedupeKey makes writing idempotent: a reminder found again
// by the next sweep is not written twice.
import type { Prisma } from "../db/generated/client.ts";

export type NotificationKind =
  | "assignment.offered"
  | "assignment.accepted"
  | "assignment.withdrawn"
  | "letter.issued"
  | "party.inbox_new"
  | "party.answer_overdue"
  | "records.overdue"
  | "decision.due_soon"
  | "account.sign_in_alert"
  | "filing.received"
  | "filing.rejected"
  | "filing.draft_link";

export type Notification = {
  kind: NotificationKind;
  caseId: string | null;
  to: string;
  subject: string;
  body: string;
  dedupeKey?: string;
};

type OutboxWriter = Pick<Prisma.TransactionClient, "outboxMessage">;

export async function queueNotification(
  tx: OutboxWriter,
  message: Notification,
  now: Date = new Date(),
): Promise<void> {
  await queueNotifications(tx, [message], now);
}

export async function queueNotifications(
  tx: OutboxWriter,
  messages: Notification[],
  now: Date = new Date(),
): Promise<number> {
  if (messages.length === 0) return 0;
  // INSERT ... ON CONFLICT DO NOTHING: a duplicate key is skipped without aborting the transaction.
  const written = await tx.outboxMessage.createMany({
    data: messages.map((m) => ({
      kind: m.kind,
      caseId: m.caseId,
      toAddress: m.to,
      subject: m.subject,
      body: m.body,
      dedupeKey: m.dedupeKey ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  return written.count;
}
