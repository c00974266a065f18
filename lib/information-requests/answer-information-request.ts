// A party answers a request for information sent to it, on its case page: a text, PDF files, or
// both, once. Each file passes the upload checks (a PDF by its content, not empty, within the
// size limit, not password-protected, not damaged; ../documents/pdf-checks.ts) and the virus-scan
// hook; the files become case documents recorded as from that party. The bytes are stored
// first; the answer, the documents, their links to the request and the audit row are written
// in one transaction, and if that fails the stored bytes are removed: nothing half-stored.
// A request once sent stays answerable until answered, whatever the case's stage since (intake
// sends none to a case that takes no more documents). Messages are in the party's language
// (../i18n/party-messages.ts).
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { countPdfPages } from "../documents/pdf-pages.ts";
import { pdfProblem, type PdfProblem } from "../documents/pdf-checks.ts";
import { scanDocument } from "../documents/scan.ts";
import { configuredStorage } from "../documents/storage/storage.ts";
import { sha256Hex } from "../documents/store-document.ts";
import { maxUploadBytes } from "../documents/upload-document.ts";
import { AppError } from "../errors.ts";
import { PARTY_MESSAGES, type Lang } from "../i18n/party-messages.ts";
import { partyRoleLabel } from "../parties/party-role-labels.ts";
import { enqueueTextExtraction } from "../reader/extract-document-text.ts";
import { wakeJobLoop } from "../jobs/wake.ts";
import { californiaDate } from "../deadlines/calendar.ts";

export const ANSWER_MAX = 10_000;
export const ANSWER_FILES_MAX = 10;

export type AnswerFile = { name: string; bytes: Buffer };

const answerInput = z.object({
  requestId: z.uuid(),
  answer: z.preprocess((v) => (typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : v), z.string()),
});

export async function answerInformationRequest({
  actor,
  input,
  files,
  lang = "en",
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  files: AnswerFile[];
  lang?: Lang;
  now?: Date;
}): Promise<{ requestId: string; documentIds: string[] }> {
  const t = PARTY_MESSAGES[lang].requests;
  if (!actor || actor.kind !== "party") throw new AppError("UNAUTHENTICATED", t.notFoundText);
  const parsed = answerInput.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND", t.notFoundText);
  const { requestId, answer } = parsed.data;
  const invalid = (field: string, messages: string[]) =>
    new AppError("VALIDATION", t.errors.summary, { [field]: messages });
  if (answer.length > ANSWER_MAX) throw invalid("answer", [t.errors.tooLong]);
  const attached = files.filter((f) => f.name || f.bytes.length);
  if (!answer && attached.length === 0) throw invalid("answer", [t.errors.empty]);
  if (attached.length > ANSWER_FILES_MAX) throw invalid("files", [t.errors.tooManyFiles]);
  const limit = maxUploadBytes();
  const fileError = (problem: PdfProblem, name: string) =>
    ({
      empty: t.errors.emptyFile(name),
      too_large: t.errors.tooLarge(name, Math.round(limit / (1024 * 1024))),
      not_pdf: t.errors.notPdf(name),
      encrypted: t.errors.encrypted(name),
      corrupt: t.errors.corrupt(name),
    })[problem];
  const named = attached.map((f, i) => ({ ...f, name: cleanName(f.name) || `file-${i + 1}.pdf` }));
  const problems = named.flatMap((f) => {
    const problem = pdfProblem(f.bytes, limit);
    return problem ? [fileError(problem, f.name)] : [];
  });
  if (problems.length) throw invalid("files", problems);

  const request = await db().informationRequest.findFirst({
    where: { id: requestId, partyId: actor.partyId, caseId: actor.caseId },
    select: {
      id: true,
      answeredAt: true,
      dueAt: true,
      party: { select: { name: true, role: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", t.notFoundText);
  if (request.answeredAt) throw new AppError("CONFLICT", t.errors.alreadyAnswered);
  for (const f of named) {
    const scan = await scanDocument(f.bytes);
    if (!scan.clean) throw invalid("files", [t.errors.virus(f.name)]);
  }

  const storage = configuredStorage();
  const stored: { id: string; key: string; file: (typeof named)[number]; sha256: string }[] = [];
  try {
    for (const file of named) {
      const id = crypto.randomUUID();
      const key = `${actor.caseId}/${id}`;
      await storage.put(key, file.bytes);
      stored.push({ id, key, file, sha256: sha256Hex(file.bytes) });
    }
    const author = `${request.party.name} (${partyRoleLabel(request.party.role)})`;
    const answered = await db().$transaction(async (tx) => {
      const answered = await tx.informationRequest.updateMany({
        where: { id: request.id, partyId: actor.partyId, answeredAt: null },
        data: { answeredAt: now, answerText: answer || null },
      });
      if (answered.count !== 1) throw new AppError("CONFLICT", t.errors.alreadyAnswered);
      for (const s of stored) {
        await tx.document.create({
          data: {
            id: s.id,
            caseId: actor.caseId,
            kind: "CORRESPONDENCE",
            title: `Answer to a request for information: ${s.file.name}`.slice(0, 200),
            fileName: s.file.name,
            mimeType: "application/pdf",
            byteSize: s.file.bytes.length,
            sha256: s.sha256,
            pageCount: countPdfPages(s.file.bytes),
            storageKey: `${storage.scheme}:${s.key}`,
            author,
            // the California day it was sent (a calendar date, stored at UTC midnight)
            documentDate: new Date(`${californiaDate(now)}T00:00:00.000Z`),
          },
        });
        await tx.informationRequestFile.create({ data: { documentId: s.id, requestId: request.id } });
        await enqueueTextExtraction(tx, s.id);
      }
      const documentIds = stored.map((s) => s.id);
      await recordAudit(tx, actor, {
        action: "information_request.answered",
        entityType: "InformationRequest",
        entityId: request.id,
        caseId: actor.caseId,
        payload: {
          requestId: request.id,
          documentIds,
          textLength: answer.length,
          late: now.getTime() > request.dueAt.getTime(),
        },
      });
      return { requestId: request.id, documentIds };
    });
    if (stored.length > 0) wakeJobLoop();
    return answered;
  } catch (error) {
    await Promise.all(stored.map((s) => storage.remove(s.key).catch(() => {})));
    throw error;
  }
}

/** A file name safe to store and show: no path, no control or odd characters, at most 120 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base
    .replace(/[^\w.\- ]/g, "_")
    .slice(0, 120)
    .trim();
}
