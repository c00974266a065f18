// A correction to an issued letter is a new version: the administrator states the reason,
// and the reviewer of the issued version receives a draft holding its content (decisions,
// summary, and the account of each document of the case file with its reasons). When QA
// approves it, version N+1 is issued and version N is kept, marked superseded.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { statusesAllowing } from "../cases/case-status-rules.ts";

export const startAmendmentInput = z.object({
  caseId: z.uuid("Unknown case."),
  reason: z
    .string()
    .trim()
    .min(10, "State the reason for the amendment (at least 10 characters).")
    .max(2000, "At most 2000 characters."),
});

export async function startAmendment({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ determinationId: string; version: number }> {
  const admin = requirePermission(actor, "determinations.amend");
  const { caseId, reason } = startAmendmentInput.parse(input);
  return db().$transaction(async (tx) => {
    const issued = await tx.determination.findFirst({
      where: { caseId, status: "ISSUED", case: { status: { in: statusesAllowing("amendment.start") } } },
      orderBy: { version: "desc" },
      select: {
        id: true,
        version: true,
        reviewerId: true,
        clinicalSummary: true,
        items: {
          select: {
            disputedItemId: true,
            decision: true,
            claimsAdminGuideline: true,
            reviewerGuideline: true,
            guidelineId: true,
            rationale: true,
          },
        },
        // the account of each document: reviewed, or not relevant with its reason
        documentsReviewed: { select: { documentId: true, notRelevantReason: true, unopenedReason: true } },
      },
    });
    if (!issued) throw notFound("Issued determination");
    const open = await tx.determination.count({
      where: { caseId, status: { in: ["DRAFT", "RETURNED", "SUBMITTED"] } },
    });
    if (open > 0) throw conflict("An amendment of this case is already in progress.");
    const amendment = await tx.determination.create({
      data: {
        caseId,
        reviewerId: issued.reviewerId,
        version: issued.version + 1,
        amendsId: issued.id,
        amendmentReason: reason,
        clinicalSummary: issued.clinicalSummary,
        items: { create: issued.items },
        documentsReviewed: { create: issued.documentsReviewed },
      },
    });
    await recordAudit(tx, admin, {
      action: "determination.amendment_started",
      entityType: "Determination",
      entityId: amendment.id,
      caseId,
      payload: { determinationId: amendment.id, amends: issued.id, version: amendment.version, reason },
    });
    return { determinationId: amendment.id, version: amendment.version };
  });
}
