// An administrator sends a FAILED e-mail round again (after fixing the address or the mail
// server): it is PENDING again, due at once, with a fresh count of attempts. Audited.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";

export const retryNotificationInput = z.object({ messageId: z.uuid("Unknown message.") });

export async function retryNotification({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ messageId: string }> {
  const admin = requirePermission(actor, "operations.read");
  const { messageId } = retryNotificationInput.parse(input);
  return db().$transaction(async (tx) => {
    const message = await tx.outboxMessage.findUnique({
      where: { id: messageId },
      select: { kind: true, caseId: true, lastError: true },
    });
    if (!message) throw notFound("Message");
    const moved = await tx.outboxMessage.updateMany({
      where: { id: messageId, status: "FAILED" },
      data: { status: "PENDING", nextAttemptAt: now, attempts: 0 },
    });
    if (moved.count !== 1) throw conflict("This message has not failed (it may have been retried already).");
    await recordAudit(tx, admin, {
      action: "notification.retried",
      entityType: "OutboxMessage",
      entityId: messageId,
      caseId: message.caseId,
      payload: { messageId, kind: message.kind, lastError: message.lastError },
    });
    return { messageId };
  });
}
