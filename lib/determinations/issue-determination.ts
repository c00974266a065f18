// The reviewer submits a complete determination: the final determination letter is
// rendered as a PDF, stored with its sha256, and the case becomes DECIDED, all in one
// transaction. An issued determination never changes (a correction is a new version).
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { storeDocument } from "../documents/store-document.ts";
import { buildLetterModel, letterCaseSelect, letterReviewerSelect } from "./build-letter-model.ts";
import { determinationSubmission } from "./determination-input.ts";
import { renderLetterPdf } from "./letter/render-letter.tsx";
import { findOpenDraft, writeDraftItems } from "./reviewer-draft.ts";

export type IssuedDetermination = { determinationId: string; letterId: string; sha256: string };

export async function submitDetermination({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }): Promise<IssuedDetermination> {
  const reviewer = requirePermission(actor, "determinations.submit");
  const data = determinationSubmission.parse(input);

  // Read and render before the transaction: rendering is the slow part and touches nothing.
  const draft = await findOpenDraft(db(), reviewer, data.caseId);
  const [kase, credentials, specialties] = await Promise.all([
    db().case.findUnique({ where: { id: data.caseId }, select: letterCaseSelect }),
    db().reviewerProfile.findUnique({ where: { id: reviewer.reviewerId! }, select: letterReviewerSelect }),
    db().specialty.findMany({ select: { code: true, name: true } }),
  ]);
  if (!kase || !credentials) throw notFound("Case");
  const model = buildLetterModel(kase, credentials, new Map(specialties.map((s) => [s.code, s.name])), data, now);
  const pdf = await renderLetterPdf(model);

  return db().$transaction(async (tx) => {
    const current = await findOpenDraft(tx, reviewer, data.caseId);
    await writeDraftItems(tx, current, data);
    const letter = await storeDocument(tx, {
      caseId: data.caseId,
      kind: "DETERMINATION_LETTER",
      title: `Final Determination ${kase.caseNumber}`,
      fileName: `${kase.caseNumber}-final-determination.pdf`,
      mimeType: "application/pdf",
      bytes: pdf,
    });
    const issued = await tx.determination.updateMany({
      where: { id: draft.id, status: "DRAFT" },
      data: { status: "ISSUED", submittedAt: now, issuedAt: now, letterId: letter.id, qualifications: model.howDeterminationWasMade },
    });
    const decided = await tx.case.updateMany({ where: { id: data.caseId, status: "ASSIGNED" }, data: { status: "DECIDED" } });
    if (issued.count !== 1 || decided.count !== 1) throw conflict("This determination was already submitted.");
    await tx.assignment.updateMany({
      where: { caseId: data.caseId, reviewerId: reviewer.reviewerId!, status: "ACTIVE" },
      data: { status: "COMPLETED", endedAt: now },
    });
    await recordAudit(tx, reviewer, {
      action: "determination.issued",
      entityType: "Determination",
      entityId: draft.id,
      caseId: data.caseId,
      payload: { determinationId: draft.id, letterId: letter.id, sha256: letter.sha256, version: draft.version },
    });
    return { determinationId: draft.id, letterId: letter.id, sha256: letter.sha256 };
  });
}
