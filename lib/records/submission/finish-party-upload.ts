// The last byte of a party's upload arrived: the file is checked (./check-submitted-file.ts),
// moved into the project's document storage and becomes a case Document recorded as sent by
// that party (late when received after the request's due date, California calendar), with
// its receipt (time received, file name, pages, sha256) and its audit row, in one
// transaction that first takes the case row, so that the same file twice (same sha256 in
// the case) is refused even when both arrive at once. A refused file is deleted and leaves
// only its PartyUpload row (REFUSED, with the reason) and audit row; stored bytes whose
// transaction fails are removed: nothing is ever half-stored.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { db } from "../../db/client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/actor.ts";
import { AppError, notFound } from "../../errors.ts";
import { configuredStorage } from "../../documents/storage/storage.ts";
import { checkSubmittedFile, REFUSALS, type RefusalReason } from "./check-submitted-file.ts";
import { submittingParty } from "./submitting-party.ts";
import { isLateSubmission } from "./submission-rules.ts";
import { enqueueTextExtraction } from "../../reader/extract-document-text.ts";
import { wakeJobLoop } from "../../jobs/wake.ts";

export type Receipt = {
  documentId: string;
  fileName: string;
  receivedAt: Date;
  pageCount: number;
  sha256: string;
  late: boolean;
};

class Refused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(REFUSALS[reason]);
  }
}

export async function finishPartyUpload({
  actor,
  uploadId,
  filePath,
  now = new Date(),
}: {
  actor: Actor | null;
  uploadId: string;
  /** where the finished upload's bytes are (the tus file store) */
  filePath: string;
  now?: Date;
}): Promise<Receipt> {
  const sender = await submittingParty(db(), actor);
  const party = sender.actor;
  const upload = await db().partyUpload.findFirst({
    where: { id: uploadId, partyId: party.partyId, caseId: sender.caseId, status: "UPLOADING" },
  });
  if (!upload) throw notFound("Upload");
  const storage = configuredStorage();
  const documentId = crypto.randomUUID();
  const key = `${sender.caseId}/${documentId}`;
  let stored = false;
  try {
    const bytes = await fs.readFile(filePath);
    const checked = await checkSubmittedFile(bytes);
    if (!checked.ok) throw new Refused(checked.reason);
    await storage.put(key, bytes);
    stored = true;
    const receipt = await db().$transaction(async (tx) => {
      // the case row, held: duplicate checks of one case run one at a time
      await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${sender.caseId}::uuid FOR UPDATE`;
      const current = await submittingParty(tx, party);
      if (!current.caseOpen) throw new Refused("closed");
      const same = await tx.document.findFirst({
        where: { caseId: sender.caseId, sha256: checked.sha256 },
        select: { id: true },
      });
      if (same) throw new Refused("duplicate");
      const late = current.request ? isLateSubmission(now, current.request.dueAt) : false;
      await tx.document.create({
        data: {
          id: documentId,
          caseId: sender.caseId,
          kind: upload.kind ?? "OTHER",
          title: upload.fileName,
          fileName: upload.fileName,
          mimeType: checked.mimeType,
          byteSize: bytes.length,
          sha256: checked.sha256,
          pageCount: checked.pageCount,
          documentDate: upload.documentDate,
          author: upload.author,
          storageKey: `${storage.scheme}:${key}`,
          submittedByPartyId: party.partyId,
          submittedLate: late,
          createdAt: now,
        },
      });
      const moved = await tx.partyUpload.updateMany({
        where: { id: uploadId, status: "UPLOADING" },
        data: { status: "STORED", documentId, finishedAt: now },
      });
      if (moved.count !== 1) throw notFound("Upload");
      await enqueueTextExtraction(tx, documentId);
      await recordAudit(tx, party, {
        action: "records.submitted",
        entityType: "Document",
        entityId: documentId,
        caseId: sender.caseId,
        payload: {
          documentId,
          uploadId,
          fileName: upload.fileName,
          mimeType: checked.mimeType,
          sha256: checked.sha256,
          byteSize: bytes.length,
          pageCount: checked.pageCount,
          late,
          scanner: checked.scanner,
          partyRole: current.role,
        },
      });
      return {
        documentId,
        fileName: upload.fileName,
        receivedAt: now,
        pageCount: checked.pageCount,
        sha256: checked.sha256,
        late,
      };
    });
    wakeJobLoop();
    return receipt;
  } catch (error) {
    if (stored) await storage.remove(key).catch(() => {});
    if (!(error instanceof Refused)) throw error;
    await db().$transaction(async (tx) => {
      await tx.partyUpload.updateMany({
        where: { id: uploadId, status: "UPLOADING" },
        data: { status: "REFUSED", refusal: error.message, finishedAt: now },
      });
      await recordAudit(tx, party, {
        action: "records.upload_refused",
        entityType: "PartyUpload",
        entityId: uploadId,
        caseId: sender.caseId,
        payload: { uploadId, fileName: upload.fileName, reason: error.reason, partyRole: sender.role },
      });
    });
    throw new AppError(
      error.reason === "duplicate" || error.reason === "closed" ? "CONFLICT" : "VALIDATION",
      error.message,
    );
  } finally {
    // the upload's own bytes go in every case: kept in storage, or refused
    await fs.rm(filePath, { force: true }).catch(() => {});
    await fs.rm(`${filePath}.json`, { force: true }).catch(() => {});
  }
}
