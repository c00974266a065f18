// QA approves a submitted determination, which issues the final determination letter:
// the PDF is rendered and stored with its sha256, the determination becomes ISSUED (an
// amendment supersedes the version it replaces, which stays available), the assignment
// is completed and the case DECIDED, all in one transaction. Any failure changes nothing.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { storeDocument } from "../documents/store-document.ts";
import { renderDeterminationLetter } from "../determinations/render-determination-letter.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { notifyLetterIssued } from "../notifications/case-notifications.ts";
import { partyAccessDaysAfterLetter, partyCodesExpireAt } from "../parties/party-access-settings.ts";

export const approveDeterminationInput = z.object({ determinationId: z.uuid("Unknown determination.") });

export type IssuedLetter = { determinationId: string; letterId: string; sha256: string };

export async function approveDetermination({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }): Promise<IssuedLetter> {
  const reader = requirePermission(actor, "qa.decide");
  const { determinationId } = approveDeterminationInput.parse(input);
  return db().$transaction(async (tx) => {
    const determination = await tx.determination.findUnique({
      where: { id: determinationId },
      select: { status: true, caseId: true, reviewerId: true, version: true, amendsId: true, case: { select: { caseNumber: true } } },
    });
    if (!determination) throw notFound("Determination");
    if (determination.status !== "SUBMITTED") throw conflict("This determination is no longer waiting for QA (another reader may have acted on it).");
    // Claim it first: a second approval running at the same time waits on this row and then finds it issued.
    const claimed = await tx.determination.updateMany({ where: { id: determinationId, status: "SUBMITTED" }, data: { status: "ISSUED", issuedAt: now, approvedById: reader.userId } });
    if (claimed.count !== 1) throw conflict("This determination is no longer waiting for QA (another reader may have acted on it).");

    const pdf = await renderDeterminationLetter(tx, determinationId, { draft: false, issuedAt: now });
    const suffix = determination.version > 1 ? `-v${determination.version}` : "";
    const letter = await storeDocument(tx, {
      caseId: determination.caseId,
      kind: "DETERMINATION_LETTER",
      title: `Final Determination ${determination.case.caseNumber}${determination.version > 1 ? ` (amended, version ${determination.version})` : ""}`,
      fileName: `${determination.case.caseNumber}-final-determination${suffix}.pdf`,
      mimeType: "application/pdf",
      bytes: pdf,
    });
    await tx.determination.update({ where: { id: determinationId }, data: { letterId: letter.id } });
    if (determination.amendsId) {
      await tx.determination.updateMany({ where: { id: determination.amendsId, status: "ISSUED" }, data: { status: "SUPERSEDED" } });
    } else {
      const decided = await tx.case.updateMany({ where: { id: determination.caseId, status: "IN_QA" }, data: { status: "DECIDED" } });
      if (decided.count !== 1) throw conflict("The case is not in QA any more.");
    }
    await tx.assignment.updateMany({
      where: { caseId: determination.caseId, reviewerId: determination.reviewerId, status: "ACTIVE" },
      data: { status: "COMPLETED", endedAt: now },
    });
    await tx.qaReview.create({ data: { determinationId, readerId: reader.userId, outcome: "APPROVED" } });
    // The parties' codes now run out a set time after the (latest) letter.
    const expiresAt = partyCodesExpireAt(now, await partyAccessDaysAfterLetter(tx));
    await tx.partyAccessCode.updateMany({ where: { party: { caseId: determination.caseId }, revokedAt: null }, data: { expiresAt } });
    // The redacted public copy is made in the background (lib/publication), once this commits.
    await enqueueJob(tx, { kind: "publish-decision", payload: { determinationId }, dedupeKey: `publish:${determinationId}` });
    await notifyLetterIssued(tx, { caseId: determination.caseId, determinationId, amended: Boolean(determination.amendsId) }, now);
    await recordAudit(tx, reader, {
      action: "determination.issued",
      entityType: "Determination",
      entityId: determinationId,
      caseId: determination.caseId,
      payload: { determinationId, letterId: letter.id, sha256: letter.sha256, version: determination.version, partyCodesExpireAt: expiresAt.toISOString() },
    });
    return { determinationId, letterId: letter.id, sha256: letter.sha256 };
  }, { timeout: 30_000 });
}
