// What intake sees of the records the parties sent (the records panel of the intake case
// page): each document with the party that sent it, when, its pages and whether it was late,
// and the claims administrator's declaration on each records request. Staff with records.manage.
import { db } from "../../db/client.ts";
import type { Actor } from "../../auth/actor.ts";
import { requirePermission } from "../../auth/permissions.ts";
import { partyRoleLabel } from "../../parties/party-role-labels.ts";

export type IntakeSubmission = {
  documentId: string;
  fileName: string;
  kind: string;
  receivedAt: string;
  pageCount: number | null;
  late: boolean;
  sentBy: string;
};

export type IntakeDeclaration = { recordsRequestId: string; declaredAt: string; by: string; documents: number | null };

export async function intakeSubmissionsView({ actor, caseId }: { actor: Actor | null; caseId: string }) {
  requirePermission(actor, "records.manage");
  const [documents, requests] = await Promise.all([
    db().document.findMany({
      where: { caseId, submittedByPartyId: { not: null } },
      select: {
        id: true,
        fileName: true,
        kind: true,
        createdAt: true,
        pageCount: true,
        submittedLate: true,
        submittedByParty: { select: { role: true, name: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db().recordsRequest.findMany({
      where: { caseId, declaredCompleteAt: { not: null } },
      select: {
        id: true,
        declaredCompleteAt: true,
        declaredDocumentCount: true,
        declaredCompleteBy: { select: { role: true, name: true } },
      },
    }),
  ]);
  const who = (party: { role: string; name: string } | null) =>
    party ? `${party.name} (${partyRoleLabel(party.role)})` : "a party no longer on the case";
  return {
    submissions: documents.map((d): IntakeSubmission => ({
      documentId: d.id,
      fileName: d.fileName,
      kind: d.kind,
      receivedAt: d.createdAt.toISOString(),
      pageCount: d.pageCount,
      late: d.submittedLate,
      sentBy: who(d.submittedByParty),
    })),
    declarations: requests.map((r): IntakeDeclaration => ({
      recordsRequestId: r.id,
      declaredAt: r.declaredCompleteAt!.toISOString(),
      by: who(r.declaredCompleteBy),
      documents: r.declaredDocumentCount,
    })),
  };
}
