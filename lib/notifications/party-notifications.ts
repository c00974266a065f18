// Tells parties by e-mail that something new is in their inbox on the portal, written to the
// outbox inside the transaction of the change itself (a notice stored, a request sent). Only
// parties that receive letters, hold a live access code and gave an e-mail address are written to.
import type { Prisma } from "../db/generated/client.ts";
import { LETTER_RECIPIENT_ROLES } from "../cases/create-case.ts";
import { noticeDeliveryMethod } from "../deadlines/notice-delivery.ts";
import { queueNotifications, type Notification } from "./outbox.ts";
import { partyInboxNewText, type InboxNewsKind } from "./party-inbox-texts.ts";

export async function notifyPartiesOfInboxItem(
  tx: Prisma.TransactionClient,
  item: {
    caseId: string;
    kind: InboxNewsKind;
    /** what is new: "doc:<id>" or "rfi:<id>", one message per party and item */
    itemKey: string;
    /** only these parties (a request goes to one); every letter recipient otherwise */
    partyIds?: string[];
    dueAt?: Date | null;
  },
  now: Date = new Date(),
): Promise<number> {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: item.caseId }, select: { caseNumber: true } });
  const parties = await tx.party.findMany({
    where: {
      caseId: item.caseId,
      role: { in: LETTER_RECIPIENT_ROLES },
      email: { not: null },
      accessCode: { is: { revokedAt: null } },
      ...(item.partyIds ? { id: { in: item.partyIds } } : {}),
    },
    select: { id: true, email: true, serviceMethod: true, electronicServiceConsent: true },
    orderBy: { role: "asc" },
  });
  return queueNotifications(
    tx,
    parties
      .filter((p) => p.email?.trim())
      .map((p): Notification => ({
        kind: "party.inbox_new",
        caseId: item.caseId,
        to: p.email!.trim(),
        dedupeKey: `inbox:${item.itemKey}:${p.id}`,
        ...partyInboxNewText({
          caseNumber: kase.caseNumber,
          kind: item.kind,
          servedElectronically: noticeDeliveryMethod(p) === "ELECTRONIC",
          dueAt: item.dueAt ?? null,
        }),
      })),
    now,
  );
}
