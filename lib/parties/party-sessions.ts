// A party's sessions, held on the server (PartySession): opening the case with the access
// code starts one (./open-party-access.ts, in the transaction that records the attempt), and
// the party's cookie names it (./party-session.ts). Every request reads it back with its
// party and access code in one query by primary key (resolvePartySession), and it holds
// only while it is not ended, not past its own expiry, and its code is neither revoked,
// replaced since the session began (a reissue), nor expired. A session found no longer
// holding is marked ended with the reason, once. Leaving ends it (signed_out, audited);
// a reissued code ends every open session of the party in the reissue's transaction
// (./reissue-access-code.ts). Ended and expired rows are deleted after
// PARTY_SESSION_RETENTION_DAYS by the hourly sweep (lib/jobs/handlers.ts).
import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { RequestMeta } from "../auth/actor.ts";
import { PARTY_SESSION_HOURS } from "./party-session.ts";

export type PartySessionEndReason = "signed_out" | "code_reissued" | "code_revoked" | "expired";

/** Who an open session speaks for. */
export type PartySessionHolder = { sessionId: string; partyId: string; caseId: string };

export const PARTY_SESSION_RETENTION_DAYS = 30;

type Writer = Pick<Prisma.TransactionClient, "partySession">;

/** A new session of the party, from `now` for PARTY_SESSION_HOURS. Call it in the transaction that grants the access. */
export async function startPartySession(
  tx: Writer,
  partyId: string,
  now: Date,
): Promise<{ sessionId: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + PARTY_SESSION_HOURS * 3_600_000);
  const session = await tx.partySession.create({ data: { partyId, createdAt: now, expiresAt }, select: { id: true } });
  return { sessionId: session.id, expiresAt };
}

type Row = {
  partyId: string;
  caseId: string;
  createdAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  codeCreatedAt: Date | null;
  codeRevokedAt: Date | null;
  codeExpiresAt: Date | null;
};

/** Why a session that is not marked ended no longer holds, or null when it does. */
function whyEnded(row: Row, now: Date): PartySessionEndReason | null {
  if (row.codeCreatedAt === null || row.codeRevokedAt !== null) return "code_revoked";
  if (row.codeCreatedAt.getTime() > row.createdAt.getTime()) return "code_reissued";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  if (row.codeExpiresAt !== null && row.codeExpiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

/**
 * The party and case of an open session, or null: one query by primary key joining the
 * party (its case) and its access code. `sessionId` must come from a verified cookie
 * (decodePartySessionCookie), so it is always a well-formed uuid.
 */
export async function resolvePartySession(sessionId: string, now = new Date()): Promise<PartySessionHolder | null> {
  const [row] = await db().$queryRaw<Row[]>`
    SELECT s."partyId", p."caseId", s."createdAt", s."expiresAt", s."endedAt",
           c."createdAt" AS "codeCreatedAt", c."revokedAt" AS "codeRevokedAt", c."expiresAt" AS "codeExpiresAt"
    FROM "PartySession" s
    JOIN "Party" p ON p."id" = s."partyId"
    LEFT JOIN "PartyAccessCode" c ON c."partyId" = s."partyId"
    WHERE s."id" = ${sessionId}::uuid`;
  if (!row || row.endedAt !== null) return null;
  const reason = whyEnded(row, now);
  if (reason) {
    // Marked once, so the row says when and why it ended; the sweep deletes it later.
    await db().partySession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: now, endedReason: reason },
    });
    return null;
  }
  return { sessionId, partyId: row.partyId, caseId: row.caseId };
}

/**
 * The party leaves: its open session ends (signed_out) with an audit row in the same
 * transaction. False when the session had already ended or no longer held.
 */
export async function leavePartySession({
  sessionId,
  meta,
  now = new Date(),
}: {
  sessionId: string;
  meta: RequestMeta;
  now?: Date;
}): Promise<boolean> {
  const holder = await resolvePartySession(sessionId, now);
  if (!holder) return false;
  return db().$transaction(async (tx) => {
    const { count } = await tx.partySession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: now, endedReason: "signed_out" },
    });
    if (count !== 1) return false;
    const party = await tx.party.findUniqueOrThrow({ where: { id: holder.partyId }, select: { role: true } });
    await recordAudit(
      tx,
      { kind: "party", partyId: holder.partyId, caseId: holder.caseId, meta },
      {
        action: "party.signed_out",
        entityType: "Party",
        entityId: holder.partyId,
        caseId: holder.caseId,
        payload: { partyRole: party.role },
      },
    );
    return true;
  });
}

/** Ends every open session of the party (a reissued or revoked code), in the caller's transaction; returns how many. */
export async function endPartySessions(
  tx: Writer,
  partyId: string,
  reason: "code_reissued" | "code_revoked",
  now: Date,
): Promise<number> {
  const { count } = await tx.partySession.updateMany({
    where: { partyId, endedAt: null, expiresAt: { gt: now } },
    data: { endedAt: now, endedReason: reason },
  });
  return count;
}

/** Deletes sessions ended or expired more than PARTY_SESSION_RETENTION_DAYS before `now`; returns how many. */
export async function sweepPartySessions({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const before = new Date(now.getTime() - PARTY_SESSION_RETENTION_DAYS * 86_400_000);
  const { count } = await db().partySession.deleteMany({
    where: { OR: [{ endedAt: { lt: before } }, { expiresAt: { lt: before } }] },
  });
  return count;
}
