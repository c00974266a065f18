// The extract-document-text job: the text of every page of an uploaded document, stored in
// DocumentPage for the case-file search and the reader. Pages are read in order from the
// first page not yet stored (so a second run, or the next run after a stop, goes on where the
// last one ended: safe to run twice), in batches of TEXT_BATCH_PAGES, each batch stored with
// the document's progress (textPagesDone, ocrPagesDone) in one transaction, so "OCR 120 of
// 300 pages" moves as it goes. A run stops after its time budget and queues the next run from
// the following page: a job never outlives the runner's lease and never holds the job loop
// for long. A file that cannot be read (encrypted, damaged, no pages, missing) ends FAILED
// with the reason in words and its pages stored without text; the document still opens and
// nothing else about the case waits for this.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { TextStatus } from "../db/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { systemActor } from "../auth/actor.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { isPdf } from "../documents/pdf-pages.ts";
import { readDocumentBytes } from "../documents/read-document-bytes.ts";
import { ocrAvailable, withOcr } from "./ocr-worker.ts";
import { openPdfPages, readImagePage, UnreadableDocument, type PageText, type PdfPages } from "./read-pages.ts";

export const extractTextPayload = z.object({
  documentId: z.uuid(),
  fromPage: z.number().int().min(1).optional(),
});

/** Pages stored (and progress updated) together. */
export const TEXT_BATCH_PAGES = 10;
/** Progress is stored at least this often even when a batch is not full (slow OCR pages). */
const FLUSH_EVERY_MS = 5_000;
/** Most pages stored without text for a file that cannot be opened (its page count as counted at upload). */
const MAX_PLACEHOLDER_PAGES = 10_000;

export function textJobBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const ms = Number(env.IMR_TEXT_JOB_BUDGET_MS || 60_000);
  return Number.isFinite(ms) && ms > 0 ? ms : 60_000;
}

const IMAGE_TYPES = new Set(["image/png", "image/jpeg"]);

/** Queues the reading of a document's text, in the caller's transaction (one job per document and start page). */
export async function enqueueTextExtraction(
  tx: Pick<Prisma.TransactionClient, "job">,
  documentId: string,
  fromPage = 1,
): Promise<void> {
  await enqueueJob(tx, {
    kind: "extract-document-text",
    payload: { documentId, fromPage },
    dedupeKey: `extract-text:${documentId}:${fromPage}`,
  });
}

export type ExtractionResult =
  | { documentId: string; skipped: string }
  | { documentId: string; status: TextStatus; pages: number; continuesAt?: number };

type Doc = { id: string; caseId: string; mimeType: string; storageKey: string; pageCount: number | null };

export async function extractDocumentText(
  payload: unknown,
  { jobId, budgetMs = textJobBudgetMs() }: { jobId?: string; budgetMs?: number } = {},
): Promise<ExtractionResult> {
  const { documentId } = extractTextPayload.parse(payload);
  const doc = await db().document.findUnique({
    where: { id: documentId },
    select: { id: true, caseId: true, mimeType: true, storageKey: true, pageCount: true, textStatus: true },
  });
  if (!doc) return { documentId, skipped: "the document no longer exists" };
  if (doc.textStatus === "DONE" || doc.textStatus === "FAILED" || doc.textStatus === "NOT_APPLICABLE")
    return { documentId, skipped: `already ${doc.textStatus}` };
  await db().document.update({ where: { id: documentId }, data: { textStatus: "RUNNING" } });
  try {
    return await extract(doc, budgetMs);
  } catch (error) {
    // the runner retries; on the last attempt the document says it failed instead of RUNNING forever
    if (await lastAttempt(jobId))
      await finish(doc, "FAILED", "The text could not be read because of an error on the server.");
    throw error;
  }
}

async function extract(doc: Doc, budgetMs: number): Promise<ExtractionResult> {
  let bytes: Buffer;
  try {
    bytes = await readDocumentBytes(db(), doc);
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === "ENOENT" || code === "NOT_FOUND")
      return finish(doc, "FAILED", "The file is missing from storage; its text cannot be read.");
    throw error;
  }
  if (IMAGE_TYPES.has(doc.mimeType)) {
    const page = await withOcr((ocr) => readImagePage(bytes, ocr));
    await storePages(doc, [page], 1);
    return finishRead(doc);
  }
  if (!isPdf(bytes)) return finish(doc, "FAILED", "The file is not a PDF; its text cannot be read.");

  let pdf: PdfPages;
  try {
    pdf = await openPdfPages(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    await storePlaceholders(doc);
    return finish(doc, "FAILED", error.message);
  }
  try {
    const from = await firstMissingPage(doc.id);
    const continuesAt = await withOcr((ocr) => readFrom(doc, pdf, from, ocr, budgetMs));
    if (continuesAt) {
      await db().$transaction((tx) => enqueueTextExtraction(tx, doc.id, continuesAt));
      return { documentId: doc.id, status: "RUNNING", pages: continuesAt - 1, continuesAt };
    }
  } finally {
    await pdf.close();
  }
  return finishRead(doc);
}

/** Reads and stores pages from `from`; returns the page to go on from when the budget ran out. */
async function readFrom(
  doc: Doc,
  pdf: PdfPages,
  from: number,
  ocr: Parameters<PdfPages["read"]>[1],
  budgetMs: number,
): Promise<number | null> {
  const started = Date.now();
  let lastFlush = started;
  let batch: PageText[] = [];
  for (let n = from; n <= pdf.numPages; n++) {
    batch.push(await pdf.read(n, ocr));
    const outOfTime = Date.now() - started >= budgetMs && n < pdf.numPages;
    if (batch.length >= TEXT_BATCH_PAGES || Date.now() - lastFlush >= FLUSH_EVERY_MS || outOfTime) {
      await storePages(doc, batch, pdf.numPages);
      batch = [];
      lastFlush = Date.now();
    }
    if (outOfTime) return n + 1;
  }
  if (batch.length || from > pdf.numPages) await storePages(doc, batch, pdf.numPages);
  return null;
}

async function firstMissingPage(documentId: string): Promise<number> {
  const stored = await db().documentPage.aggregate({ where: { documentId }, _max: { pageNumber: true } });
  return (stored._max.pageNumber ?? 0) + 1;
}

/** A batch of pages and the document's progress, together (pages already stored are kept). */
async function storePages(doc: Doc, pages: PageText[], pageCount: number): Promise<void> {
  await db().$transaction(async (tx) => {
    if (pages.length)
      await tx.documentPage.createMany({
        data: pages.map((p) => ({
          documentId: doc.id,
          pageNumber: p.pageNumber,
          text: p.text,
          source: p.source,
          ocrConfidence: p.ocrConfidence,
        })),
        skipDuplicates: true,
      });
    const counts = await pageCounts(tx, doc.id);
    await tx.document.update({
      where: { id: doc.id },
      data: { textPagesDone: counts.all, ocrPagesDone: counts.ocr, pageCount },
    });
  });
}

async function pageCounts(tx: Prisma.TransactionClient, documentId: string) {
  const groups = await tx.documentPage.groupBy({ by: ["source"], where: { documentId }, _count: { _all: true } });
  const of = (source: string) => groups.find((g) => g.source === source)?._count._all ?? 0;
  return { all: groups.reduce((sum, g) => sum + g._count._all, 0), ocr: of("OCR"), none: of("NONE") };
}

/** A file that cannot be opened: its pages (as counted at upload) stored without text, so each still answers. */
async function storePlaceholders(doc: Doc): Promise<void> {
  const count = Math.min(doc.pageCount ?? 0, MAX_PLACEHOLDER_PAGES);
  const pages: PageText[] = Array.from({ length: count }, (_, i) => ({
    pageNumber: i + 1,
    text: "",
    source: "NONE",
    ocrConfidence: null,
    ocrFailed: false,
  }));
  for (let i = 0; i < pages.length; i += 500) await storePages(doc, pages.slice(i, i + 500), doc.pageCount ?? 0);
}

async function finishRead(doc: Doc): Promise<ExtractionResult> {
  const counts = await db().$transaction((tx) => pageCounts(tx, doc.id));
  if (counts.all > 0 && counts.none === counts.all) return finish(doc, "DONE", noTextMessage(counts.none, counts.all));
  return finish(doc, "DONE", counts.none ? noTextMessage(counts.none, counts.all) : null);
}

function noTextMessage(none: number, all: number): string {
  const ocr = ocrAvailable() ? "" : " OCR is not available on this server (the English model is missing).";
  return none === all
    ? `No text could be read on any of its ${all === 1 ? "page" : `${all} pages`}.${ocr}`
    : `No text could be read on ${none} of ${all} pages.${ocr}`;
}

async function finish(doc: Doc, status: TextStatus, textError: string | null): Promise<ExtractionResult> {
  return db().$transaction(async (tx) => {
    const counts = await pageCounts(tx, doc.id);
    await tx.document.update({
      where: { id: doc.id },
      data: { textStatus: status, textError, textPagesDone: counts.all, ocrPagesDone: counts.ocr },
    });
    await recordAudit(tx, systemActor, {
      action: "document.text_read",
      entityType: "Document",
      entityId: doc.id,
      caseId: doc.caseId,
      payload: { documentId: doc.id, status, pages: counts.all, ocrPages: counts.ocr, noTextPages: counts.none },
    });
    return { documentId: doc.id, status, pages: counts.all };
  });
}

async function lastAttempt(jobId: string | undefined): Promise<boolean> {
  if (!jobId) return true;
  const job = await db().job.findUnique({ where: { id: jobId }, select: { attempts: true, maxAttempts: true } });
  return !job || job.attempts >= job.maxAttempts;
}
