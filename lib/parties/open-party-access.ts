// A party opens their case with the case number and their access code. Every attempt is
// recorded; failures are limited per address and per case number over a sliding window.
// Failures whose lockout an administrator lifted (liftedAt, ./lift-lockout.ts) no longer count.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { RequestMeta } from "../auth/actor.ts";
import { AppError } from "../errors.ts";
import { normalizeCaseNumber } from "../cases/case-number.ts";
import { hashAccessCode, normalizeAccessCode } from "./access-codes.ts";

export const ACCESS_LIMITS = { windowMinutes: 15, failuresPerAddress: 10, failuresPerCase: 20 };

export const partyAccessInput = z.object({
  caseNumber: z.string().trim().min(1, "Enter the case number.").max(40, "That is not a case number.").transform(normalizeCaseNumber),
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
const LIMITED = `Too many attempts. Please wait ${ACCESS_LIMITS.windowMinutes} minutes and try again.`;

export async function openPartyAccess({ input, meta, now = new Date() }: { input: unknown; meta: RequestMeta; now?: Date }) {
  const { caseNumber, accessCode } = partyAccessInput.parse(input);
  const ip = meta.ip ?? "unknown";
  const since = accessWindowStart(now);
  const [byAddress, byCase] = await Promise.all([
    db().accessAttempt.count({ where: { ip, ...countedFailuresSince(since) } }),
    db().accessAttempt.count({ where: { caseNumber, ...countedFailuresSince(since) } }),
  ]);
  const system = { kind: "system" as const, meta };
  // A refusal is filed under the case when the number names one, so it shows in the case's history.
  const deny = async (tx: Prisma.TransactionClient, reason: "bad_code" | "rate_limited") => {
    const kase = await tx.case.findUnique({ where: { caseNumber }, select: { id: true } });
    await recordAudit(tx, system, { action: "party.access_denied", entityType: "Case", entityId: caseNumber, caseId: kase?.id ?? null, payload: { caseNumber, reason } });
  };
  const refuse = async () => {
    await db().$transaction(async (tx) => {
      await tx.accessAttempt.create({ data: { caseNumber, ip, succeeded: false, at: now } });
      await deny(tx, "rate_limited");
    });
    throw new AppError("RATE_LIMITED", LIMITED);
  };
  // An address that keeps failing is stopped outright.
  if (byAddress >= ACCESS_LIMITS.failuresPerAddress) await refuse();

  const party = normalizeAccessCode(accessCode).length === 16
    ? await db().party.findFirst({
        where: {
          case: { caseNumber },
          accessCode: { codeHash: hashAccessCode(accessCode), revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        },
        select: { id: true, role: true, caseId: true },
      })
    : null;
  // Guessing at one case from many addresses is stopped too, but never a party holding its
  // own valid code: failures by others must not lock the parties out of their case.
  if (!party && byCase >= ACCESS_LIMITS.failuresPerCase) await refuse();

  return db().$transaction(async (tx) => {
    await tx.accessAttempt.create({ data: { caseNumber, ip, succeeded: party !== null, at: now } });
    if (!party) {
      await deny(tx, "bad_code");
      return null;
    }
    await recordAudit(tx, { kind: "party", partyId: party.id, caseId: party.caseId, meta }, {
      action: "party.access_granted", entityType: "Party", entityId: party.id, caseId: party.caseId, payload: { partyRole: party.role },
    });
    return { partyId: party.id, caseId: party.caseId };
  }).then((granted) => {
    if (!granted) throw new AppError("VALIDATION", WRONG);
    return granted;
  });
}
