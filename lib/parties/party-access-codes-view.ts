// The state of a case's party access codes for intake: which parties hold one, since when,
// until when, and whether it was revoked. Never the code or its hash.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import type { PartyRole } from "../db/generated/enums.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { LETTER_RECIPIENT_ROLES } from "../cases/create-case.ts";
import { isUuid } from "../format/ids.ts";
import { notFound } from "../errors.ts";

export type PartyCodeState = "active" | "expired" | "revoked" | "none";

export type PartyAccessCodeView = {
  partyId: string;
  role: PartyRole;
  name: string;
  state: PartyCodeState;
  issuedAt: Date | null;
  expiresAt: Date | null;
};

export async function partyAccessCodes({
  actor,
  caseId,
  now = new Date(),
}: {
  actor: Actor | null;
  caseId: string;
  now?: Date;
}): Promise<PartyAccessCodeView[]> {
  const staff = requirePermission(actor, "parties.reissue_code");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({
    where: { AND: [{ id: caseId }, caseWhereForActor(staff)] },
    select: {
      parties: {
        where: { role: { in: LETTER_RECIPIENT_ROLES } },
        select: {
          id: true,
          role: true,
          name: true,
          accessCode: { select: { createdAt: true, expiresAt: true, revokedAt: true } },
        },
        orderBy: { role: "asc" },
      },
    },
  });
  if (!kase) throw notFound("Case");
  return kase.parties.map(({ id, role, name, accessCode: code }) => ({
    partyId: id,
    role,
    name,
    state: !code ? "none" : code.revokedAt ? "revoked" : code.expiresAt && code.expiresAt <= now ? "expired" : "active",
    issuedAt: code?.createdAt ?? null,
    expiresAt: code?.expiresAt ?? null,
  }));
}
