// What a party sees of the records it sent: the case's records request (due date, whether
// its submission was declared complete) and the receipts of its OWN documents only (time
// received, file name, type, date, author, pages, sha256, late). Never another party's
// uploads: the query is by the session's party. Documents served on the party are the
// letters and notices of the party page, apart from this.
import { db } from "../../db/client.ts";
import type { Actor } from "../../auth/actor.ts";
import { toIsoDate } from "../../format/dates.ts";
import { submittingParty } from "./submitting-party.ts";
import { DECLARING_ROLE, daysUntilDue } from "./submission-rules.ts";

export type PartyReceipt = {
  documentId: string;
  fileName: string;
  receivedAt: string;
  kind: string;
  documentDate: string | null;
  author: string | null;
  pageCount: number | null;
  byteSize: number;
  sha256: string;
  late: boolean;
};

export type PartySubmissionsView = {
  role: string;
  canUpload: boolean;
  canDeclare: boolean;
  request: {
    dueAt: string;
    daysLeft: number;
    declaredAt: string | null;
    declaredByMe: boolean;
  } | null;
  receipts: PartyReceipt[];
};

/** The view, or null for a party that does not send records. */
export async function partySubmissionsView(
  actor: Actor | null,
  now = new Date(),
): Promise<PartySubmissionsView | null> {
  const sender = await submittingParty(db(), actor).catch(() => null);
  if (!sender) return null;
  const partyId = sender.actor.partyId;
  const [docs, request] = await Promise.all([
    db().document.findMany({
      where: { caseId: sender.caseId, submittedByPartyId: partyId },
      select: {
        id: true,
        fileName: true,
        createdAt: true,
        kind: true,
        documentDate: true,
        author: true,
        pageCount: true,
        byteSize: true,
        sha256: true,
        submittedLate: true,
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    sender.request
      ? db().recordsRequest.findUnique({
          where: { id: sender.request.id },
          select: { dueAt: true, declaredCompleteAt: true, declaredCompleteByPartyId: true },
        })
      : null,
  ]);
  const declaredByMe = request?.declaredCompleteByPartyId === partyId;
  return {
    role: sender.role,
    canUpload: sender.caseOpen && !declaredByMe,
    canDeclare: sender.caseOpen && sender.role === DECLARING_ROLE && !request?.declaredCompleteAt && docs.length > 0,
    request: request
      ? {
          dueAt: request.dueAt.toISOString(),
          daysLeft: daysUntilDue(request.dueAt, now),
          declaredAt: request.declaredCompleteAt?.toISOString() ?? null,
          declaredByMe,
        }
      : null,
    receipts: docs.map((d) => ({
      documentId: d.id,
      fileName: d.fileName,
      receivedAt: d.createdAt.toISOString(),
      kind: d.kind,
      documentDate: d.documentDate ? toIsoDate(d.documentDate) : null,
      author: d.author,
      pageCount: d.pageCount,
      byteSize: d.byteSize,
      sha256: d.sha256,
      late: d.submittedLate,
    })),
  };
}
