// Sends due outbox messages through the SMTP server of the environment (mail-config.ts) with
// nodemailer. Each message is claimed first by pushing its next-attempt time past a lease
// (FOR UPDATE SKIP LOCKED), so two workers never send the same message at once, and a worker
// that dies mid-send leaves it to be retried when the lease ends (delivery is at least once).
// A failure is retried with exponential backoff; after OUTBOX_MAX_ATTEMPTS the message is
// FAILED with its last error and a "notification.failed" audit row by the system. Without
// SMTP_URL nothing is touched: messages stay PENDING.
import nodemailer from "nodemailer";
import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { systemActor } from "../auth/actor.ts";
import { errorText, nextAttemptAt, type Backoff } from "../jobs/backoff.ts";
import { mailConfig, type MailConfig } from "./mail-config.ts";

export const OUTBOX_MAX_ATTEMPTS = 5;
export const OUTBOX_BACKOFF: Backoff = { baseMs: 60_000, maxMs: 6 * 60 * 60_000 };
export const OUTBOX_LEASE_MS = 5 * 60_000;

export type DeliverySummary = { configured: boolean; sent: number; retried: number; failed: number };

const at = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export async function deliverDueMessages({
  now,
  limit = 20,
}: { now?: Date; limit?: number } = {}): Promise<DeliverySummary> {
  const clock = () => now ?? new Date();
  const summary: DeliverySummary = { configured: false, sent: 0, retried: 0, failed: 0 };
  let config: MailConfig | null;
  try {
    config = mailConfig();
  } catch {
    return summary; // an unusable SMTP_URL: shown on the operations page, nothing is sent
  }
  if (!config) return summary;
  summary.configured = true;
  summary.failed += await failAbandoned(clock());
  const transport = nodemailer.createTransport(config.smtp);
  try {
    for (let n = 0; n < limit; n++) {
      const id = await claimNextMessage(clock());
      if (!id) break;
      summary[await deliverOne(id, config, transport, clock)]++;
    }
  } finally {
    transport.close();
  }
  return summary;
}

async function claimNextMessage(now: Date): Promise<string | null> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = ${at(new Date(now.getTime() + OUTBOX_LEASE_MS))}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at(now)} AND "attempts" < ${OUTBOX_MAX_ATTEMPTS}
      ORDER BY "nextAttemptAt" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"::text AS "id"`;
  return rows[0]?.id ?? null;
}

type Transport = ReturnType<typeof nodemailer.createTransport>;

async function deliverOne(
  id: string,
  config: MailConfig,
  transport: Transport,
  clock: () => Date,
): Promise<"sent" | "retried" | "failed"> {
  const message = await db().outboxMessage.findUniqueOrThrow({ where: { id } });
  try {
    await transport.sendMail({
      from: config.from,
      to: message.toAddress,
      subject: message.subject,
      text: message.body,
    });
  } catch (error) {
    return recordFailure(message, errorText(error), clock());
  }
  await db().outboxMessage.updateMany({
    where: { id, status: "PENDING" },
    data: { status: "SENT", sentAt: clock(), lastError: null },
  });
  return "sent";
}

type Claimed = { id: string; kind: string; caseId: string | null; attempts: number };

async function recordFailure(message: Claimed, error: string, now: Date): Promise<"retried" | "failed"> {
  if (message.attempts < OUTBOX_MAX_ATTEMPTS) {
    await db().outboxMessage.updateMany({
      where: { id: message.id, status: "PENDING" },
      data: { nextAttemptAt: nextAttemptAt(now, message.attempts, OUTBOX_BACKOFF), lastError: error },
    });
    return "retried";
  }
  await db().$transaction(async (tx) => {
    const moved = await tx.outboxMessage.updateMany({
      where: { id: message.id, status: "PENDING" },
      data: { status: "FAILED", lastError: error },
    });
    if (moved.count === 1) await auditFailure(tx, message, error);
  });
  return "failed";
}

/** Messages whose last attempt never finished (the worker died while sending) become FAILED. */
async function failAbandoned(now: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    const where = { status: "PENDING" as const, attempts: { gte: OUTBOX_MAX_ATTEMPTS }, nextAttemptAt: { lte: now } };
    const stuck = await tx.outboxMessage.findMany({
      where,
      select: { id: true, kind: true, caseId: true, attempts: true, lastError: true },
    });
    const error = "Delivery did not finish on the last attempt (the worker stopped).";
    for (const message of stuck) {
      const moved = await tx.outboxMessage.updateMany({
        where: { ...where, id: message.id },
        data: { status: "FAILED", lastError: message.lastError ?? error },
      });
      if (moved.count === 1) await auditFailure(tx, message, message.lastError ?? error);
    }
    return stuck.length;
  });
}

function auditFailure(tx: Prisma.TransactionClient, message: Claimed, error: string) {
  return recordAudit(tx, systemActor, {
    action: "notification.failed",
    entityType: "OutboxMessage",
    entityId: message.id,
    caseId: message.caseId,
    payload: { messageId: message.id, kind: message.kind, attempts: message.attempts, error },
  });
}
