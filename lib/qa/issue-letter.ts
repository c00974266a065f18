// Issuing an approved final determination letter, run by the job runner ("issue-letter",
// queued by QA's approval, lib/qa/approve-determination.ts), so rendering a PDF never holds
// up a request. The PDF is rendered first, outside any transaction (an approved determination
// no longer changes), so no lock is held while it renders. Then, in one short transaction: it
// is stored with its sha256 and the letter model it was drawn from (the accessible web
// version, components/letters), the
// determination becomes ISSUED (an amendment supersedes the version it replaces, which stays
// available), the assignment is completed and the case DECIDED, the parties' codes run out a
// set time after the letter, the redacted public copy and the parties' e-mails are queued.
// Any failure changes nothing and the job is tried again; a second run after success finds
// the letter issued and returns it (the runner may run a job twice).
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { systemActor } from "../auth/actor.ts";
import { conflict, notFound } from "../errors.ts";
import { storeDocument } from "../documents/store-document.ts";
import { loadLetterModel } from "../determinations/render-determination-letter.ts";
import { renderLetterPdf } from "../determinations/letter/render-letter.tsx";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { notifyLetterIssued } from "../notifications/case-notifications.ts";
import { partyAccessDaysAfterLetter, partyCodesExpireAt } from "../parties/party-access-settings.ts";

export type IssuedLetter = { determinationId: string; letterId: string; sha256: string };

export const issueLetterPayload = z.object({ determinationId: z.uuid() });

type Reader = Pick<Prisma.TransactionClient, "determination">;

/** The determination as issuing needs it; `issued` when a run already issued its letter. */
async function issueState(reader: Reader, determinationId: string) {
  const determination = await reader.determination.findUnique({
    where: { id: determinationId },
    select: {
      status: true,
      caseId: true,
      reviewerId: true,
      version: true,
      amendsId: true,
      approvedById: true,
      letterId: true,
      letter: { select: { sha256: true } },
      case: { select: { caseNumber: true } },
    },
  });
  if (!determination) throw notFound("Determination");
  const issued: IssuedLetter | null =
    determination.letterId && determination.letter && ["ISSUED", "SUPERSEDED"].includes(determination.status)
      ? { determinationId, letterId: determination.letterId, sha256: determination.letter.sha256 }
      : null;
  return { determination, issued };
}

export async function issueLetter(determinationId: string, now: Date = new Date()): Promise<IssuedLetter> {
  const before = await issueState(db(), determinationId);
  if (before.issued) return before.issued;
  if (before.determination.status !== "APPROVED") throw conflict("This determination is not approved for issue.");
  // The model is kept beside the PDF drawn from it: the letter's accessible web version.
  const model = await loadLetterModel(db(), determinationId, { draft: false, issuedAt: now });
  const pdf = await renderLetterPdf(model);

  return db().$transaction(
    async (tx) => {
      // Claim it first: another run at the same time waits on this row and then finds it issued.
      const claimed = await tx.determination.updateMany({
        where: { id: determinationId, status: "APPROVED" },
        data: { status: "ISSUED", issuedAt: now },
      });
      if (claimed.count !== 1) {
        const { issued } = await issueState(tx, determinationId);
        if (issued) return issued;
        throw conflict("This determination is not approved for issue.");
      }
      const { determination } = await issueState(tx, determinationId);
      const suffix = determination.version > 1 ? `-v${determination.version}` : "";
      const letter = await storeDocument(tx, {
        caseId: determination.caseId,
        kind: "DETERMINATION_LETTER",
        title: `Final Determination ${determination.case.caseNumber}${determination.version > 1 ? ` (amended, version ${determination.version})` : ""}`,
        fileName: `${determination.case.caseNumber}-final-determination${suffix}.pdf`,
        mimeType: "application/pdf",
        bytes: pdf,
        renditionModel: { kind: "letter", model },
      });
      await tx.determination.update({ where: { id: determinationId }, data: { letterId: letter.id } });
      if (determination.amendsId) {
        await tx.determination.updateMany({
          where: { id: determination.amendsId, status: "ISSUED" },
          data: { status: "SUPERSEDED" },
        });
      } else {
        const decided = await tx.case.updateMany({
          where: { id: determination.caseId, status: "IN_QA" },
          data: { status: "DECIDED" },
        });
        if (decided.count !== 1) throw conflict("The case is not in QA any more.");
      }
      await tx.assignment.updateMany({
        where: { caseId: determination.caseId, reviewerId: determination.reviewerId, status: "ACTIVE" },
        data: { status: "COMPLETED", endedAt: now },
      });
      // The parties' codes now run out a set time after the (latest) letter.
      const expiresAt = partyCodesExpireAt(now, await partyAccessDaysAfterLetter(tx));
      await tx.partyAccessCode.updateMany({
        where: { party: { caseId: determination.caseId }, revokedAt: null },
        data: { expiresAt },
      });
      // The redacted public copy is made in the background (lib/publication), once this commits.
      await enqueueJob(tx, {
        kind: "publish-decision",
        payload: { determinationId },
        dedupeKey: `publish:${determinationId}`,
      });
      await notifyLetterIssued(
        tx,
        { caseId: determination.caseId, determinationId, amended: Boolean(determination.amendsId) },
        now,
      );
      await recordAudit(tx, systemActor, {
        action: "determination.issued",
        entityType: "Determination",
        entityId: determinationId,
        caseId: determination.caseId,
        payload: {
          determinationId,
          letterId: letter.id,
          sha256: letter.sha256,
          version: determination.version,
          partyCodesExpireAt: expiresAt.toISOString(),
          approvedById: determination.approvedById,
        },
      });
      return { determinationId, letterId: letter.id, sha256: letter.sha256 };
    },
    { timeout: 20_000 },
  );
}
