// Intake issues a party a new access code (lost letter, code shared by mistake): a fresh
// random code replaces the stored hash, a revocation is cleared, and the expiry is the
// case's current one (the set time after the latest letter, ./party-access-settings.ts; none
// before a letter is issued). Every open session of the party ends in the same transaction
// (code_reissued, ./party-sessions.ts), and the new code is dated now, so a session begun
// before it never holds again. The code is returned, and kept sealed for the case's codes page
// until intake marks it sent (./sealed-codes.ts).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import type { PartyRole } from "../db/generated/enums.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { LETTER_RECIPIENT_ROLES } from "../cases/create-case.ts";
import { conflict, notFound } from "../errors.ts";
import { formatDateTime } from "../format/dates.ts";
import { generateAccessCode, hashAccessCode } from "./access-codes.ts";
import { sealAccessCode } from "./sealed-codes.ts";
import { partyAccessDaysAfterLetter, partyCodesExpireAt } from "./party-access-settings.ts";
import { endPartySessions } from "./party-sessions.ts";

export const reissueAccessCodeInput = z.object({ partyId: z.uuid("Unknown party.") });

export type ReissuedAccessCode = {
  partyId: string;
  role: PartyRole;
  name: string;
  caseNumber: string;
  code: string;
  expiresAt: Date | null;
};

export async function reissueAccessCode({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<ReissuedAccessCode> {
  const staff = requirePermission(actor, "parties.reissue_code");
  const { partyId } = reissueAccessCodeInput.parse(input);
  return db().$transaction(async (tx) => {
    const party = await tx.party.findFirst({
      where: { id: partyId, case: caseWhereForActor(staff) },
      select: { id: true, role: true, name: true, caseId: true, case: { select: { caseNumber: true } } },
    });
    if (!party) throw notFound("Party");
    if (!LETTER_RECIPIENT_ROLES.includes(party.role))
      throw conflict("This party does not receive the letters, so it has no access code.");

    const latestLetter = await tx.determination.findFirst({
      where: { caseId: party.caseId, status: { in: ["ISSUED", "SUPERSEDED"] }, issuedAt: { not: null } },
      orderBy: { issuedAt: "desc" },
      select: { issuedAt: true },
    });
    const days = latestLetter ? await partyAccessDaysAfterLetter(tx) : null;
    const expiresAt = latestLetter?.issuedAt && days ? partyCodesExpireAt(latestLetter.issuedAt, days) : null;
    if (expiresAt && expiresAt.getTime() <= now.getTime()) {
      throw conflict(
        `Access to this case ended on ${formatDateTime(expiresAt)}, ${days} days after the letter. A new code would not open it.`,
      );
    }

    const code = generateAccessCode();
    // createdAt is the code's own date: a session begun before it no longer holds (./party-sessions.ts).
    const fields = {
      codeHash: hashAccessCode(code),
      // kept sealed for the codes page until intake marks it sent (./sealed-codes.ts)
      sealedCode: sealAccessCode(code),
      sentAt: null,
      createdAt: now,
      revokedAt: null,
      expiresAt,
    };
    await tx.partyAccessCode.upsert({ where: { partyId }, update: fields, create: { partyId, ...fields } });
    const sessionsEnded = await endPartySessions(tx, partyId, "code_reissued", now);
    await recordAudit(tx, staff, {
      action: "party.code_reissued",
      entityType: "Party",
      entityId: partyId,
      caseId: party.caseId,
      payload: { partyId, partyRole: party.role, expiresAt: expiresAt?.toISOString() ?? null, sessionsEnded },
    });
    return { partyId, role: party.role, name: party.name, caseNumber: party.case.caseNumber, code, expiresAt };
  });
}
