// The party's inbox: every notice and letter of its case (eligibility, assignment and request
// for records, the final determination and its amendments) and every request for information
// sent to this party (never another party's), newest first. An item is "new" until this
// party first opens it (PartyInboxOpened): a notice or letter by reading or downloading it,
// a request by opening it.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { PartyActor } from "../auth/actor.ts";

export type InboxItem = {
  key: string;
  kind: "notice" | "letter" | "request";
  /** a notice's or letter's English title; a request has none (the page names it) */
  title: string | null;
  at: Date;
  href: string;
  isNew: boolean;
  /** a request: its due instant and whether it was answered */
  dueAt?: Date;
  answered?: boolean;
};

export const documentInboxKey = (documentId: string) => `doc:${documentId}`;
export const requestInboxKey = (requestId: string) => `rfi:${requestId}`;

export async function partyInbox(party: PartyActor): Promise<InboxItem[]> {
  const [documents, requests, opened] = await Promise.all([
    db().document.findMany({
      where: {
        caseId: party.caseId,
        OR: [
          { kind: "NOTICE" },
          {
            kind: "DETERMINATION_LETTER",
            determination: { is: { caseId: party.caseId, status: { in: ["ISSUED", "SUPERSEDED"] } } },
          },
        ],
      },
      select: { id: true, kind: true, title: true, createdAt: true },
    }),
    db().informationRequest.findMany({
      where: { caseId: party.caseId, partyId: party.partyId },
      select: { id: true, sentAt: true, dueAt: true, answeredAt: true },
    }),
    db().partyInboxOpened.findMany({ where: { partyId: party.partyId }, select: { itemKey: true } }),
  ]);
  const seen = new Set(opened.map((o) => o.itemKey));
  const items: InboxItem[] = [
    ...documents.map((d): InboxItem => {
      const key = documentInboxKey(d.id);
      return {
        key,
        kind: d.kind === "NOTICE" ? "notice" : "letter",
        title: d.title,
        at: d.createdAt,
        href: `/api/party/letters/${d.id}`,
        isNew: !seen.has(key),
      };
    }),
    ...requests.map((r): InboxItem => {
      const key = requestInboxKey(r.id);
      return {
        key,
        kind: "request",
        title: null,
        at: r.sentAt,
        href: `/access/case/requests/${r.id}`,
        isNew: !seen.has(key),
        dueAt: r.dueAt,
        answered: r.answeredAt !== null,
      };
    }),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
}

/** Marks an item of the party's inbox opened (the first time only); true when it was new. */
export async function markInboxOpened(
  tx: Pick<Prisma.TransactionClient, "partyInboxOpened">,
  party: PartyActor,
  itemKey: string,
  now: Date = new Date(),
): Promise<boolean> {
  const written = await tx.partyInboxOpened.createMany({
    data: [{ partyId: party.partyId, itemKey, openedAt: now }],
    skipDuplicates: true,
  });
  return written.count === 1;
}
