// A party opens their case with the case number and their access code. Every attempt is
// recorded; failures are limited over a sliding window, always per case number, never per
// address alone, so that failures on one case never stop anyone opening another:
// - per case and address (when the address is known, lib/http/client-address.ts): an
//   address that keeps failing on one case is stopped on that case, even with the right code;
// - per case: once a case has had too many failures from anywhere (or from addresses that
//   cannot be known, TRUSTED_PROXY_HOPS=0), further wrong codes for it are refused as too
//   many attempts until older failures leave the window; the parties' own valid codes still
//   open it, so nobody can lock the parties out of their case.
// Attempts whose address is unknown are recorded with the address "unknown", which is never
// a bucket of its own. Codes have 80 bits (./access-codes.ts): the limits keep guessing
// noisy and visible (the audit trail, /admin/access-lockouts), not the only defence.
// Failures whose lockout an administrator lifted (liftedAt, ./lift-lockout.ts) no longer count.
// A granted attempt starts a session held on the server (./party-sessions.ts) in the same
// transaction as its record and audit row; the caller's cookie names only that session.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { RequestMeta } from "../auth/actor.ts";
import { AppError } from "../errors.ts";
import { normalizeCaseNumber } from "../cases/case-number.ts";
import { hashAccessCode, normalizeAccessCode } from "./access-codes.ts";
import { startPartySession } from "./party-sessions.ts";

/**
 * failuresPerAddress: failures on one case from one known address (that address is stopped
 * on that case); failuresPerCase: failures on one case from anywhere (wrong codes for it are
 * refused, valid codes still open it). Both within windowMinutes.
 */
export const ACCESS_LIMITS = { windowMinutes: 15, failuresPerAddress: 10, failuresPerCase: 10 };

/** Stored in AccessAttempt.ip when the client's address cannot be known; never counted as one address. */
export const UNKNOWN_ADDRESS = "unknown";

export const partyAccessInput = z.object({
  caseNumber: z
    .string()
    .trim()
    .min(1, "Enter the case number.")
    .max(40, "That is not a case number.")
    .transform(normalizeCaseNumber),
  accessCode: z.string().trim().min(1, "Enter your access code.").max(64, "That is not an access code."),
});

/** The failures that count towards a lockout: recent, and not lifted by an administrator. */
export function countedFailuresSince(since: Date): Prisma.AccessAttemptWhereInput {
  return { succeeded: false, liftedAt: null, at: { gte: since } };
}

/** The start of the sliding window that ends at `now`. */
export function accessWindowStart(now: Date): Date {
  return new Date(now.getTime() - ACCESS_LIMITS.windowMinutes * 60_000);
}

const WRONG = "The case number or access code is not right. Check both and try again.";
const LIMITED_ADDRESS = `Too many wrong codes for this case from your connection. Please wait ${ACCESS_LIMITS.windowMinutes} minutes and try again.`;
const LIMITED_CASE = `Too many wrong codes have been tried for this case in the last ${ACCESS_LIMITS.windowMinutes} minutes, so other codes are not being checked for it for now. Your own access code still opens the case: check it and try again, or wait ${ACCESS_LIMITS.windowMinutes} minutes.`;

export type GrantedPartyAccess = { partyId: string; caseId: string; sessionId: string; expiresAt: Date };

/**
 * `previousSessionId`: the session the caller's cookie already names (from a verified
 * cookie), ended when the new one starts, so a browser holds at most one open session.
 */
export async function openPartyAccess({
  input,
  meta,
  now = new Date(),
  previousSessionId = null,
}: {
  input: unknown;
  meta: RequestMeta;
  now?: Date;
  previousSessionId?: string | null;
}): Promise<GrantedPartyAccess> {
  const { caseNumber, accessCode } = partyAccessInput.parse(input);
  const known = meta.ip !== null && meta.ip !== "" && meta.ip !== UNKNOWN_ADDRESS;
  const ip = known ? meta.ip! : UNKNOWN_ADDRESS;
  const since = accessWindowStart(now);
  const [byAddress, byCase] = await Promise.all([
    known
      ? db().accessAttempt.count({ where: { caseNumber, ip, ...countedFailuresSince(since) } })
      : Promise.resolve(0),
    db().accessAttempt.count({ where: { caseNumber, ...countedFailuresSince(since) } }),
  ]);
  const system = { kind: "system" as const, meta };
  // A refusal is filed under the case when the number names one, so it shows in the case's history.
  const deny = async (tx: Prisma.TransactionClient, reason: "bad_code" | "rate_limited") => {
    const kase = await tx.case.findUnique({ where: { caseNumber }, select: { id: true } });
    await recordAudit(tx, system, {
      action: "party.access_denied",
      entityType: "Case",
      entityId: caseNumber,
      caseId: kase?.id ?? null,
      payload: { caseNumber, reason },
    });
  };
  const refuse = async (message: string) => {
    await db().$transaction(async (tx) => {
      await tx.accessAttempt.create({ data: { caseNumber, ip, succeeded: false, at: now } });
      await deny(tx, "rate_limited");
    });
    throw new AppError("RATE_LIMITED", message);
  };
  // An address that keeps failing on this case is stopped on it (only this case, only a known address).
  if (byAddress >= ACCESS_LIMITS.failuresPerAddress) await refuse(LIMITED_ADDRESS);

  const party =
    normalizeAccessCode(accessCode).length === 16
      ? await db().party.findFirst({
          where: {
            case: { caseNumber },
            accessCode: {
              codeHash: hashAccessCode(accessCode),
              revokedAt: null,
              OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
            },
          },
          select: { id: true, role: true, caseId: true },
        })
      : null;
  // Guessing at one case is stopped too, but never a party holding its own valid code:
  // failures by others must not lock the parties out of their case.
  if (!party && byCase >= ACCESS_LIMITS.failuresPerCase) await refuse(LIMITED_CASE);

  return db()
    .$transaction(async (tx) => {
      await tx.accessAttempt.create({ data: { caseNumber, ip, succeeded: party !== null, at: now } });
      if (!party) {
        await deny(tx, "bad_code");
        return null;
      }
      await recordAudit(
        tx,
        { kind: "party", partyId: party.id, caseId: party.caseId, meta },
        {
          action: "party.access_granted",
          entityType: "Party",
          entityId: party.id,
          caseId: party.caseId,
          payload: { partyRole: party.role },
        },
      );
      if (previousSessionId) {
        await tx.partySession.updateMany({
          where: { id: previousSessionId, endedAt: null },
          data: { endedAt: now, endedReason: "signed_out" },
        });
      }
      const session = await startPartySession(tx, party.id, now);
      return { partyId: party.id, caseId: party.caseId, ...session };
    })
    .then((granted) => {
      if (!granted) throw new AppError("VALIDATION", WRONG);
      return granted;
    });
}
