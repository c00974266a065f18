// Writes one audit event. Called inside the same transaction as the change it records,
// so a change without its audit row (or the reverse) cannot happen.
import type { Prisma } from "../db/generated/client.ts";
import type { Actor } from "../auth/actor.ts";

export type AuditPayloads = {
  "case.created": { caseNumber: string; reviewType: string; items: number };
  "case.assigned": { reviewerId: string; assignmentId: string; candidates: number; reason: string | null };
  "determination.draft_saved": { determinationId: string; revision: number };
  "determination.submitted": { determinationId: string; version: number };
  "determination.returned": { determinationId: string; qaReviewId: string };
  "determination.amendment_started": { determinationId: string; amends: string; version: number; reason: string };
  "letter.previewed": { determinationId: string };
  "document.viewed": { documentId: string; kind: string };
  "determination.issued": { determinationId: string; letterId: string; sha256: string; version: number };
  "letter.downloaded": { documentId: string; sha256: string; by: "staff" | "party" };
  "party.access_granted": { partyRole: string };
  "party.access_denied": { caseNumber: string; reason: "bad_code" | "rate_limited" };
  "user.signed_in": { email: string };
  "user.sign_in_failed": { email: string };
};

export type AuditAction = keyof AuditPayloads;

export type AuditEntry<A extends AuditAction> = {
  action: A;
  entityType: string;
  entityId: string;
  caseId?: string | null;
  payload: AuditPayloads[A];
};

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

export async function recordAudit<A extends AuditAction>(
  tx: AuditWriter,
  actor: Actor,
  entry: AuditEntry<A>,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorType: actor.kind === "user" ? "USER" : actor.kind === "party" ? "PARTY" : "SYSTEM",
      actorId: actor.kind === "user" ? actor.userId : actor.kind === "party" ? actor.partyId : null,
      actorRole: actor.kind === "user" ? actor.role : actor.kind === "party" ? "PARTY" : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      caseId: entry.caseId ?? null,
      ip: actor.meta.ip,
      userAgent: actor.meta.userAgent?.slice(0, 500) ?? null,
      payload: entry.payload as Prisma.InputJsonValue,
    },
  });
}
