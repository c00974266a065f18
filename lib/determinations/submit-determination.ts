// The reviewer submits a complete determination to QA. Completeness is checked here
// (every item decided, cited and reasoned; every document of the case file, as the database
// holds it now, accounted for: reviewed, or not relevant with the reason); the letter is
// issued only when QA approves (lib/qa/approve-determination.ts). The reviewer's
// qualifications are captured with the submission: the letter prints that record.
// The documents-reviewed list and the reviewer's page citations agree: a document cited in
// the summary or a rationale cannot be set aside as not relevant; and a document marked
// reviewed that the reviewer never opened in the reader needs their reason (kept with the
// account and audited).
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
import { citedDocumentIds } from "./citations.ts";
import { MIN_NOT_RELEVANT_REASON, UNOPENED_REASON_REQUIRED } from "./determination-input.ts";
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
    const caseFile = await requireCaseFileAccountedFor(tx, data);
    requireCitedDocumentsReviewed(caseFile, data);
    const unopened = await requireReasonForUnopened(tx, reviewer.userId, data);
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
        reviewedUnopened: unopened,
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
    select: { id: true, title: true, documentDate: true },
    orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }],
  });
  const problems = documentAccountProblems(caseFile, data.documents);
  if (!problems.length) return caseFile;
  throw new AppError(
    "VALIDATION",
    `Account for every document of the case file before submitting (a document received after you opened this page is included; reload to see it). ${problems.map((p) => p.message).join(" ")}`,
    Object.fromEntries([
      ["documents", problems.map((p) => p.message)],
      ...problems.map((p) => [`documents.${p.documentId}`, [p.message]]),
    ]),
  );
}

type CaseFile = Awaited<ReturnType<typeof requireCaseFileAccountedFor>>;

/** A document cited in the summary or a rationale is one the letter lists as reviewed. */
function requireCitedDocumentsReviewed(caseFile: CaseFile, data: DeterminationSubmission) {
  const cited = citedDocumentIds([data.clinicalSummary, ...data.items.map((i) => i.rationale)], caseFile);
  const setAside = data.documents.filter((d) => d.account === "NOT_RELEVANT" && cited.has(d.documentId));
  if (!setAside.length) return;
  const title = (id: string) => caseFile.find((d) => d.id === id)?.title ?? "A document";
  const messages = setAside.map(
    (d) => `“${title(d.documentId)}” is cited in your text, so it cannot be marked Not relevant: mark it Reviewed.`,
  );
  throw new AppError(
    "VALIDATION",
    messages.join(" "),
    Object.fromEntries([
      ["documents", messages],
      ...setAside.map((d, i) => [`documents.${d.documentId}`, [messages[i]]]),
    ]),
  );
}

/**
 * A document marked reviewed with no page opened in the reader by this reviewer needs the
 * reviewer's reason (how it was reviewed). Returns the documents reviewed unopened, with it.
 */
async function requireReasonForUnopened(
  tx: Prisma.TransactionClient,
  userId: string,
  data: DeterminationSubmission,
): Promise<{ documentId: string; reason: string }[]> {
  const reviewed = data.documents.filter((d) => d.account === "REVIEWED");
  if (!reviewed.length) return [];
  const opened = await tx.pageView.findMany({
    where: { userId, documentId: { in: reviewed.map((d) => d.documentId) } },
    select: { documentId: true },
    distinct: ["documentId"],
  });
  const openedIds = new Set(opened.map((v) => v.documentId));
  const unopened = reviewed.filter((d) => !openedIds.has(d.documentId));
  const missing = unopened.filter((d) => d.unopenedReason.length < MIN_NOT_RELEVANT_REASON);
  if (missing.length)
    throw new AppError(
      "VALIDATION",
      `${missing.length === 1 ? "A document" : `${missing.length} documents`} marked Reviewed ${missing.length === 1 ? "was" : "were"} never opened in the reader: state how you reviewed ${missing.length === 1 ? "it" : "each"}.`,
      Object.fromEntries([
        ["documents", [UNOPENED_REASON_REQUIRED]],
        ...missing.map((d) => [`documents.${d.documentId}`, [UNOPENED_REASON_REQUIRED]]),
      ]),
    );
  return unopened.map((d) => ({ documentId: d.documentId, reason: d.unopenedReason }));
}
