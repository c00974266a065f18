// The reviewer's own open determination of a case (a draft, or one QA returned), and
// how a save is written. Anything else (another reviewer's case, a submitted or issued
// determination) is "not found", so its existence does not leak. Saves carry the revision
// they were based on: a save from a stale copy (another tab) is refused, never merged.
// The documents of the case file are accounted for one by one: a DeterminationDocument row
// per document, its notRelevantReason null when reviewed, the reason when set aside.
import type { Prisma } from "../db/generated/client.ts";
import type { StaffActor } from "../auth/actor.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { conflict, notFound } from "../errors.ts";
import type { DeterminationDraftInput } from "./determination-input.ts";

export const OPEN_STATUSES = ["DRAFT", "RETURNED"] as const;

export async function findOpenDraft(tx: Prisma.TransactionClient, reviewer: StaffActor, caseId: string) {
  if (!reviewer.reviewerId) throw notFound("Case");
  const draft = await tx.determination.findFirst({
    where: {
      caseId,
      reviewerId: reviewer.reviewerId,
      status: { in: [...OPEN_STATUSES] },
      case: caseFileWhereForActor(reviewer),
    },
    select: {
      id: true,
      version: true,
      revision: true,
      amendsId: true,
      items: { select: { id: true, disputedItemId: true } },
    },
  });
  if (!draft) throw notFound("Case");
  return draft;
}

type Draft = Awaited<ReturnType<typeof findOpenDraft>>;

export const STALE_DRAFT =
  "This determination was changed in another tab or window since you opened it. Reload the page to see the latest version; your text here was not saved.";

/** Writes the reviewer's text; returns the new revision. */
export async function writeDraft(
  tx: Prisma.TransactionClient,
  draft: Draft,
  caseId: string,
  input: DeterminationDraftInput,
): Promise<number> {
  const byDisputedItem = new Map(draft.items.map((item) => [item.disputedItemId, item.id]));
  const distinct = new Set(input.items.map((item) => item.disputedItemId));
  if (
    distinct.size !== draft.items.length ||
    input.items.length !== draft.items.length ||
    input.items.some((item) => !byDisputedItem.has(item.disputedItemId))
  ) {
    throw notFound("Disputed item");
  }
  const bumped = await tx.determination.updateMany({
    where: { id: draft.id, revision: input.revision, status: { in: [...OPEN_STATUSES] } },
    data: { clinicalSummary: input.clinicalSummary, revision: { increment: 1 } },
  });
  if (bumped.count !== 1) throw conflict(STALE_DRAFT);

  const guidelineIds = [
    ...new Set(input.items.map((item) => item.guidelineId).filter((id): id is string => id !== null)),
  ];
  if (
    guidelineIds.length &&
    (await tx.guideline.count({ where: { id: { in: guidelineIds }, active: true } })) !== guidelineIds.length
  ) {
    throw notFound("Guideline");
  }
  // each document accounted for, once (the schema refuses a document named twice): reviewed
  // (no reason), or not relevant with the reason (a draft may hold it still unwritten)
  const documentIds = input.documents.map((d) => d.documentId);
  if (
    documentIds.length &&
    (await tx.document.count({ where: { id: { in: documentIds }, caseId, kind: { not: "DETERMINATION_LETTER" } } })) !==
      documentIds.length
  ) {
    throw notFound("Document");
  }
  await tx.determinationDocument.deleteMany({ where: { determinationId: draft.id } });
  if (documentIds.length) {
    await tx.determinationDocument.createMany({
      data: input.documents.map((d) => ({
        determinationId: draft.id,
        documentId: d.documentId,
        notRelevantReason: d.account === "NOT_RELEVANT" ? d.reason : null,
        unopenedReason: d.account === "REVIEWED" && d.unopenedReason ? d.unopenedReason : null,
      })),
    });
  }
  for (const item of input.items) {
    await tx.determinationItem.update({
      where: { id: byDisputedItem.get(item.disputedItemId)! },
      data: {
        decision: item.decision,
        claimsAdminGuideline: item.claimsAdminGuideline,
        reviewerGuideline: item.reviewerGuideline,
        guidelineId: item.guidelineId,
        rationale: item.rationale,
      },
    });
  }
  return input.revision + 1;
}
