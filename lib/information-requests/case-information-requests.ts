// A case's requests for information for intake: to whom, the question, when it is due, whether
// it is overdue, and the answer with its files (case documents, opened through the audited
// viewer). Newest first.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import type { PartyRole } from "../db/generated/enums.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { informationRequestOverdue } from "../deadlines/information-request-due.ts";
import { isUuid } from "../format/ids.ts";
import { notFound } from "../errors.ts";

export type CaseInformationRequest = {
  id: string;
  partyId: string;
  partyRole: PartyRole;
  partyName: string;
  question: string;
  sentAt: Date;
  dueAt: Date;
  overdue: boolean;
  answeredAt: Date | null;
  answerText: string | null;
  files: { documentId: string; fileName: string; pageCount: number | null }[];
};

export async function caseInformationRequests({
  actor,
  caseId,
  now = new Date(),
}: {
  actor: Actor | null;
  caseId: unknown;
  now?: Date;
}): Promise<CaseInformationRequest[]> {
  const staff = requirePermission(actor, "information_requests.manage");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({
    where: { AND: [{ id: caseId }, caseWhereForActor(staff)] },
    select: {
      informationRequests: {
        orderBy: { sentAt: "desc" },
        select: {
          id: true,
          question: true,
          sentAt: true,
          dueAt: true,
          answeredAt: true,
          answerText: true,
          party: { select: { id: true, role: true, name: true } },
          files: { select: { document: { select: { id: true, fileName: true, pageCount: true } } } },
        },
      },
    },
  });
  if (!kase) throw notFound("Case");
  return kase.informationRequests.map((r) => ({
    id: r.id,
    partyId: r.party.id,
    partyRole: r.party.role,
    partyName: r.party.name,
    question: r.question,
    sentAt: r.sentAt,
    dueAt: r.dueAt,
    overdue: informationRequestOverdue(r, now),
    answeredAt: r.answeredAt,
    answerText: r.answerText,
    files: r.files.map((f) => ({
      documentId: f.document.id,
      fileName: f.document.fileName,
      pageCount: f.document.pageCount,
    })),
  }));
}
