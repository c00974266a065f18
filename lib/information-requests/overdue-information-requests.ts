// Requests for information past their due date and not answered, across every case still
// open to documents, most overdue first: intake's list of whom to chase. A request is due on
// a California calendar date (5 business days after it was sent, lib/deadlines/information-
// request-due.ts); it is late by the California days since that date.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import type { PartyRole, ReviewType } from "../db/generated/enums.ts";
import { requirePermission } from "../auth/permissions.ts";
import { statusesAllowing } from "../cases/case-status-rules.ts";
import { californiaDate, daysBetween } from "../deadlines/calendar.ts";
import { toIsoDate } from "../format/dates.ts";

export type OverdueInformationRequest = {
  id: string;
  case: { id: string; caseNumber: string; reviewType: ReviewType };
  partyRole: PartyRole;
  partyName: string;
  question: string;
  sentAt: Date;
  dueAt: Date;
  /** California calendar days since the due date (1 on the day after it) */
  daysLate: number;
};

export async function listOverdueInformationRequests({
  actor,
  page = 1,
  pageSize = 25,
  now = new Date(),
}: {
  actor: Actor | null;
  page?: number;
  pageSize?: number;
  now?: Date;
}): Promise<{ rows: OverdueInformationRequest[]; total: number; page: number; pageSize: number }> {
  requirePermission(actor, "information_requests.manage");
  const where = {
    answeredAt: null,
    dueAt: { lt: now },
    case: { status: { in: statusesAllowing("documents.upload") } },
  };
  const [found, total] = await Promise.all([
    db().informationRequest.findMany({
      where,
      select: {
        id: true,
        question: true,
        sentAt: true,
        dueDate: true,
        dueAt: true,
        party: { select: { role: true, name: true } },
        case: { select: { id: true, caseNumber: true, reviewType: true } },
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().informationRequest.count({ where }),
  ]);
  const today = californiaDate(now);
  const rows = found.map(({ party, dueDate, ...request }) => ({
    ...request,
    partyRole: party.role,
    partyName: party.name,
    daysLate: Math.max(1, daysBetween(toIsoDate(dueDate), today)),
  }));
  return { rows, total, page, pageSize };
}
