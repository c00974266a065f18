// One case as staff see it, through caseWhereForActor: out of reach reads as not found.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { caseWhereForActor } from "./case-access.ts";
import { isUuid } from "../format/ids.ts";

export const caseDetailSelect = {
  id: true,
  caseNumber: true,
  status: true,
  reviewType: true,
  receivedAt: true,
  dueAt: true,
  dateOfInjury: true,
  urDecisionDate: true,
  urDecisionReference: true,
  claimNumber: true,
  specialtyCode: true,
  employeeAge: true,
  employeeSex: true,
  parties: { select: { id: true, role: true, name: true, identifier: true, serviceMethod: true, electronicServiceConsent: true }, orderBy: { role: "asc" } },
  items: { select: { id: true, ordinal: true, description: true }, orderBy: { ordinal: "asc" } },
  assignments: {
    select: {
      id: true, status: true, method: true, assignedAt: true, reason: true, score: true, respondedAt: true, declineReason: true, conflictAttestedAt: true,
      endedAt: true, withdrawReason: true,
      assignedBy: { select: { name: true } },
      reviewer: { select: { id: true, user: { select: { name: true } } } },
    },
    orderBy: [{ assignedAt: "desc" }, { id: "desc" }],
  },
  determinations: {
    select: {
      id: true, version: true, status: true, issuedAt: true, submittedAt: true, clinicalSummary: true, letterId: true, revision: true,
      amendmentReason: true, reviewerId: true,
      items: { select: { disputedItemId: true, decision: true, claimsAdminGuideline: true, reviewerGuideline: true, guidelineId: true, rationale: true } },
      documentsReviewed: { select: { documentId: true, notRelevantReason: true } },
      qaReviews: { select: { outcome: true, comments: true, at: true }, orderBy: { at: "desc" }, take: 5 },
    },
    orderBy: { version: "desc" },
  },
  documents: {
    where: { kind: { not: "DETERMINATION_LETTER" } },
    select: { id: true, kind: true, title: true, documentDate: true, pageCount: true, createdAt: true },
    orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }],
  },
} satisfies Prisma.CaseSelect;

export type CaseDetail = Prisma.CaseGetPayload<{ select: typeof caseDetailSelect }>;

export async function getCase({ actor, caseId }: { actor: Actor | null; caseId: string }): Promise<CaseDetail> {
  const staff = requirePermission(actor, "cases.read");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForActor(staff)] }, select: caseDetailSelect });
  if (!kase) throw notFound("Case");
  return kase;
}
