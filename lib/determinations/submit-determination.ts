// The reviewer submits a complete determination to QA. Completeness is checked here
// (every item decided, cited and reasoned; every document of the case file, as the database
// holds it now, accounted for: reviewed, or not relevant with the reason); the letter is
// issued only when QA approves (lib/qa/approve-determination.ts). The reviewer's
// qualifications are captured with the submission: the letter prints that record.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict } from "../errors.ts";
import {
  documentAccountProblems,
  determinationSubmission,
  type DeterminationSubmission,
} from "./determination-input.ts";
import { findOpenDraft, writeDraft } from "./reviewer-draft.ts";
import { captureQualifications } from "./capture-qualifications.ts";

export async function submitDetermination({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ determinationId: string }> {
  const reviewer = requirePermission(actor, "determinations.submit");
  const data = determinationSubmission.parse(input);
  return db().$transaction(async (tx) => {
    const draft = await findOpenDraft(tx, reviewer, data.caseId);
    await requireCaseFileAccountedFor(tx, data);
    await writeDraft(tx, draft, data.caseId, data);
    const qualifications = await captureQualifications(tx, reviewer.reviewerId!);
    const moved = await tx.determination.updateMany({
      where: { id: draft.id, status: { in: ["DRAFT", "RETURNED"] } },
      data: { status: "SUBMITTED", submittedAt: now, qualifications },
    });
    if (moved.count !== 1) throw conflict("This determination was already submitted.");
    // An amendment leaves the decided case decided; a first determination puts the case in QA.
    if (!draft.amendsId) {
      const inQa = await tx.case.updateMany({
        where: { id: data.caseId, status: "ASSIGNED" },
        data: { status: "IN_QA" },
      });
      if (inQa.count !== 1) throw conflict("This case is not in review any more.");
    }
    await recordAudit(tx, reviewer, {
      action: "determination.submitted",
      entityType: "Determination",
      entityId: draft.id,
      caseId: data.caseId,
      payload: {
        determinationId: draft.id,
        version: draft.version,
        qualifications,
        documentsReviewed: data.documents.filter((d) => d.account === "REVIEWED").length,
        documentsNotRelevant: data.documents.filter((d) => d.account === "NOT_RELEVANT").length,
      },
    });
    return { determinationId: draft.id };
  });
}

/**
 * Every document of the case file as it is now (one received after the reviewer opened the
 * page included; the letter of an earlier version is not part of it) is accounted for.
 */
async function requireCaseFileAccountedFor(tx: Prisma.TransactionClient, data: DeterminationSubmission) {
  const caseFile = await tx.document.findMany({
    where: { caseId: data.caseId, kind: { not: "DETERMINATION_LETTER" } },
    select: { id: true, title: true },
    orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }],
  });
  const problems = documentAccountProblems(caseFile, data.documents);
  if (!problems.length) return;
  throw new AppError(
    "VALIDATION",
    `Account for every document of the case file before submitting (a document received after you opened this page is included; reload to see it). ${problems.map((p) => p.message).join(" ")}`,
    Object.fromEntries([
      ["documents", problems.map((p) => p.message)],
      ...problems.map((p) => [`documents.${p.documentId}`, [p.message]]),
    ]),
  );
}
