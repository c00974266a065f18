// The requests for information sent to the party of the session, and one of them opened on its
// own page: only this party's (a request to another party of the same case is "not found").
// Opening a request marks it read in the party's inbox; the first opening is audited.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { informationRequestOverdue } from "../deadlines/information-request-due.ts";
import { AppError, notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import { markInboxOpened, requestInboxKey } from "../parties/party-inbox.ts";

export type PartyInformationRequest = {
  id: string;
  question: string;
  sentAt: Date;
  dueAt: Date;
  overdue: boolean;
  answeredAt: Date | null;
  answerText: string | null;
  files: { documentId: string; fileName: string }[];
};

const select = {
  id: true,
  question: true,
  sentAt: true,
  dueAt: true,
  answeredAt: true,
  answerText: true,
  files: { select: { document: { select: { id: true, fileName: true } } } },
} as const;

type Row = {
  id: string;
  question: string;
  sentAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  answerText: string | null;
  files: { document: { id: string; fileName: string } }[];
};

const view = (r: Row, now: Date): PartyInformationRequest => ({
  id: r.id,
  question: r.question,
  sentAt: r.sentAt,
  dueAt: r.dueAt,
  overdue: informationRequestOverdue(r, now),
  answeredAt: r.answeredAt,
  answerText: r.answerText,
  files: r.files.map((f) => ({ documentId: f.document.id, fileName: f.document.fileName })),
});

function requireParty(actor: Actor | null) {
  if (!actor || actor.kind !== "party")
    throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
  return actor;
}

export async function partyInformationRequests({
  actor,
  now = new Date(),
}: {
  actor: Actor | null;
  now?: Date;
}): Promise<PartyInformationRequest[]> {
  const party = requireParty(actor);
  const rows = await db().informationRequest.findMany({
    where: { caseId: party.caseId, partyId: party.partyId },
    orderBy: { sentAt: "desc" },
    select,
  });
  return rows.map((r) => view(r, now));
}

export async function openPartyInformationRequest({
  actor,
  requestId,
  now = new Date(),
}: {
  actor: Actor | null;
  requestId: unknown;
  now?: Date;
}): Promise<PartyInformationRequest> {
  const party = requireParty(actor);
  if (!isUuid(requestId)) throw notFound("Request");
  return db().$transaction(async (tx) => {
    const row = await tx.informationRequest.findFirst({
      where: { id: requestId, caseId: party.caseId, partyId: party.partyId },
      select,
    });
    if (!row) throw notFound("Request");
    if (await markInboxOpened(tx, party, requestInboxKey(row.id), now)) {
      await recordAudit(tx, party, {
        action: "information_request.opened",
        entityType: "InformationRequest",
        entityId: row.id,
        caseId: party.caseId,
        payload: { requestId: row.id },
      });
    }
    return view(row, now);
  });
}
