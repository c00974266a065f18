// The case's access codes as intake sends them to the parties: for each party that receives
// letters, the state of its code and, while intake has not yet marked it sent, the code itself
// (opened from its sealed copy, ./sealed-codes.ts). The page that shows it survives Back and
// reload; each read that reveals a code is audited in the same transaction.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import type { PartyRole } from "../db/generated/enums.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { LETTER_RECIPIENT_ROLES } from "../cases/create-case.ts";
import { isUuid } from "../format/ids.ts";
import { notFound } from "../errors.ts";
import { openAccessCode } from "./sealed-codes.ts";

export type CodeToSend = {
  partyId: string;
  role: PartyRole;
  name: string;
  /** the code, while it waits to be sent; null once marked sent (or when no code was kept) */
  code: string | null;
  issuedAt: Date | null;
  sentAt: Date | null;
  revoked: boolean;
};

export async function codesToSend({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: unknown;
}): Promise<{ caseId: string; caseNumber: string; codes: CodeToSend[] }> {
  const staff = requirePermission(actor, "parties.reissue_code");
  if (!isUuid(caseId)) throw notFound("Case");
  return db().$transaction(async (tx) => {
    const kase = await tx.case.findFirst({
      where: { AND: [{ id: caseId }, caseWhereForActor(staff)] },
      select: {
        id: true,
        caseNumber: true,
        parties: {
          where: { role: { in: LETTER_RECIPIENT_ROLES } },
          select: {
            id: true,
            role: true,
            name: true,
            accessCode: { select: { createdAt: true, sealedCode: true, sentAt: true, revokedAt: true } },
          },
          orderBy: { role: "asc" },
        },
      },
    });
    if (!kase) throw notFound("Case");
    const codes = kase.parties.map((p): CodeToSend => {
      const ac = p.accessCode;
      return {
        partyId: p.id,
        role: p.role,
        name: p.name,
        code: ac && !ac.revokedAt && !ac.sentAt ? openAccessCode(ac.sealedCode) : null,
        issuedAt: ac?.createdAt ?? null,
        sentAt: ac?.sentAt ?? null,
        revoked: Boolean(ac?.revokedAt),
      };
    });
    const shown = codes.filter((c) => c.code).map((c) => c.partyId);
    if (shown.length) {
      await recordAudit(tx, staff, {
        action: "party.codes_viewed",
        entityType: "Case",
        entityId: kase.id,
        caseId: kase.id,
        payload: { partyIds: shown },
      });
    }
    return { caseId: kase.id, caseNumber: kase.caseNumber, codes };
  });
}
