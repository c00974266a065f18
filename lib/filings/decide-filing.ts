// Intake decides an online filing, after checking it beside its papers.
// Accept: the corrected application becomes a case through the case-creation use case
// (lib/cases/create-case.ts: case number, parties, access codes, its audit row), and in the
// same transaction the filing's papers become the case's documents (a photo as a one-page
// PDF), the filing is linked to the case and marked accepted, and the acceptance is audited.
// A possible duplicate of an open case (the rules of lib/intake/submit-application.ts) needs
// a reason to keep it apart. Eligibility then follows on the case page as for any case.
// Reject: with a reason the filer receives by e-mail (in their language).
// Either only from PENDING: a filing decided meanwhile in another tab is refused.
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { organizationName } from "../config/organization.ts";
import { createCase, type CreatedCase } from "../cases/create-case.ts";
import { createCaseInput } from "../cases/case-input.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { readDocumentBytes } from "../documents/read-document-bytes.ts";
import { countPdfPages } from "../documents/pdf-pages.ts";
import { sha256Hex } from "../documents/store-document.ts";
import { configuredStorage } from "../documents/storage/storage.ts";
import { FILING_MESSAGES } from "../i18n/filing-messages.ts";
import { parseLang } from "../i18n/party-messages.ts";
import { findOpenDuplicate } from "../intake/submit-application.ts";
import { portalLink } from "../notifications/message-texts.ts";
import { queueNotification } from "../notifications/outbox.ts";
import { filingNumber } from "./filing-tokens.ts";
import { imageToPdf } from "./image-to-pdf.tsx";
import { enqueueTextExtraction } from "../reader/extract-document-text.ts";
import { wakeJobLoop } from "../jobs/wake.ts";

const ALREADY = "This application was already accepted or rejected. Reload the page to see what happened.";
const confirmed = z.literal(true, { error: "Confirm the decision first." });

const acceptInput = z.object({
  filingId: z.uuid("Unknown filing."),
  confirmed,
  application: z.record(z.string(), z.unknown()),
  separateReason: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v) || undefined,
    z.string().min(10, "Say why this is not a duplicate (at least 10 characters).").max(1000).optional(),
  ),
});

type NewDocument = {
  paperId: string;
  documentId: string;
  kind: "UR_DECISION" | "OTHER";
  title: string;
  fileName: string;
  byteSize: number;
  sha256: string;
  pageCount: number | null;
  storageKey: string;
  /** bytes written for this document only (a photo made a PDF): removed if the case is not created */
  written: string | null;
};

export async function acceptFiling({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<CreatedCase> {
  const staff = requirePermission(actor, "filings.verify");
  const { filingId, application, separateReason } = acceptInput.parse(input);
  const filing = await db().filing.findUnique({
    where: { id: filingId },
    include: { papers: { orderBy: { createdAt: "asc" } } },
  });
  if (!filing) throw notFound("Filing");
  if (filing.status !== "PENDING") throw conflict(ALREADY);
  const caseInput = {
    ...application,
    arrivalChannel: "ONLINE",
    receivedAt: filing.receivedAt.toISOString(),
    signed: true,
    urDecisionAttached: filing.papers.some((p) => p.kind === "UR_DECISION"),
  };
  const data = createCaseInput.parse(caseInput);
  const duplicate = await findOpenDuplicate(db(), data);
  if (duplicate && !separateReason)
    throw new AppError("VALIDATION", `This application may repeat open case ${duplicate.caseNumber}.`, {
      separateReason: [`Say why this is not a duplicate of ${duplicate.caseNumber}, or reject the application.`],
    });

  const storage = configuredStorage();
  const documents: NewDocument[] = [];
  try {
    for (const paper of filing.papers) {
      const documentId = crypto.randomUUID();
      const kind = paper.kind === "UR_DECISION" ? "UR_DECISION" : "OTHER";
      const title = kind === "UR_DECISION" ? "UR decision (filed online)" : `Filed online: ${paper.fileName}`;
      if (paper.mimeType === "application/pdf") {
        documents.push({
          paperId: paper.id,
          documentId,
          kind,
          title,
          fileName: paper.fileName,
          byteSize: paper.byteSize,
          sha256: paper.sha256,
          pageCount: paper.pageCount,
          storageKey: paper.storageKey,
          written: null,
        });
        continue;
      }
      const image = await readDocumentBytes(db(), { id: paper.id, storageKey: paper.storageKey });
      const pdf = await imageToPdf(image, paper.mimeType as "image/jpeg" | "image/png");
      const key = `filings/${documentId}`;
      await storage.put(key, pdf);
      documents.push({
        paperId: paper.id,
        documentId,
        kind,
        title,
        fileName: `${paper.fileName.replace(/\.[^.]*$/, "")}.pdf`,
        byteSize: pdf.length,
        sha256: sha256Hex(pdf),
        pageCount: countPdfPages(pdf),
        storageKey: `${storage.scheme}:${key}`,
        written: key,
      });
    }
    const number = filingNumber(filing.number);
    const created = await createCase({
      actor: staff,
      input: caseInput,
      now,
      separateFromDuplicate: duplicate ? separateReason : undefined,
      alsoInTransaction: async (tx, created) => {
        const taken = await tx.filing.updateMany({
          where: { id: filing.id, status: "PENDING" },
          data: { status: "ACCEPTED", caseId: created.caseId, decidedAt: now, decidedById: staff.userId },
        });
        if (taken.count !== 1) throw conflict(ALREADY);
        for (const doc of documents) {
          await tx.document.create({
            data: {
              id: doc.documentId,
              caseId: created.caseId,
              kind: doc.kind,
              title: doc.title,
              fileName: doc.fileName,
              mimeType: "application/pdf",
              byteSize: doc.byteSize,
              sha256: doc.sha256,
              pageCount: doc.pageCount,
              storageKey: doc.storageKey,
              uploadedById: null,
              createdAt: now,
            },
          });
          await tx.filingPaper.update({ where: { id: doc.paperId }, data: { documentId: doc.documentId } });
          await enqueueTextExtraction(tx, doc.documentId);
        }
        await recordAudit(tx, staff, {
          action: "filing.accepted",
          entityType: "Filing",
          entityId: filing.id,
          caseId: created.caseId,
          payload: {
            filingId: filing.id,
            filingNumber: number,
            caseNumber: created.caseNumber,
            documents: documents.length,
          },
        });
      },
    });
    if (documents.length > 0) wakeJobLoop();
    return created;
  } catch (error) {
    for (const doc of documents) if (doc.written) await storage.remove(doc.written).catch(() => {});
    throw error;
  }
}

const rejectInput = z.object({
  filingId: z.uuid("Unknown filing."),
  confirmed,
  reason: z
    .string({ error: "Give the reason the filer will read." })
    .trim()
    .min(10, "Give the reason the filer will read (at least 10 characters).")
    .max(1000, "At most 1000 characters."),
});

export async function rejectFiling({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ filingId: string }> {
  const staff = requirePermission(actor, "filings.verify");
  const { filingId, reason } = rejectInput.parse(input);
  return db().$transaction(async (tx) => {
    const filing = await tx.filing.findUnique({
      where: { id: filingId },
      select: { id: true, number: true, status: true, lang: true, filerEmail: true },
    });
    if (!filing) throw notFound("Filing");
    const taken = await tx.filing.updateMany({
      where: { id: filingId, status: "PENDING" },
      data: { status: "REJECTED", rejectReason: reason, decidedAt: now, decidedById: staff.userId },
    });
    if (taken.count !== 1) throw conflict(ALREADY);
    const number = filingNumber(filing.number);
    await recordAudit(tx, staff, {
      action: "filing.rejected",
      entityType: "Filing",
      entityId: filing.id,
      payload: { filingId: filing.id, filingNumber: number, reason },
    });
    const t = FILING_MESSAGES[parseLang(filing.lang)];
    await queueNotification(
      tx,
      {
        kind: "filing.rejected",
        caseId: null,
        to: filing.filerEmail,
        subject: t.mail.rejectedSubject(number),
        body: [
          t.mail.rejectedBody({ number, reason, fileLink: portalLink(`/file?lang=${filing.lang}`) }),
          t.mail.footer(organizationName()),
        ].join("\n\n"),
      },
      now,
    );
    return { filingId: filing.id };
  });
}
