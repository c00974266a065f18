// Intake opens an online filing: the application as filed, its papers, the filing window as
// computed now, and the open case it may repeat (the duplicate rules intake's own form uses,
// lib/intake/submit-application.ts). Opening it, and each paper, is audited (the papers are
// medical records).
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { readDocumentBytes } from "../documents/read-document-bytes.ts";
import { loadEligibilitySettings } from "../intake/eligibility-settings.ts";
import { findOpenDuplicate, type DuplicateFound } from "../intake/submit-application.ts";
import { filingNumber } from "./filing-tokens.ts";
import { filingWindowView, type FilingWindowView } from "./filing-window-view.ts";

export type FilingForIntake = {
  id: string;
  filingNumber: string;
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  lang: string;
  filerRole: string;
  filerName: string;
  filerEmail: string;
  data: Record<string, unknown>;
  signedName: string;
  signedAt: Date;
  receivedAt: Date;
  late: boolean;
  lateExplanation: string | null;
  window: FilingWindowView;
  caseId: string | null;
  caseNumber: string | null;
  rejectReason: string | null;
  decidedAt: Date | null;
  papers: {
    id: string;
    kind: string;
    fileName: string;
    mimeType: string;
    byteSize: number;
    sha256: string;
    pageCount: number | null;
  }[];
  duplicate: DuplicateFound | null;
};

const dateOf = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : undefined;

export async function getFilingForIntake({
  actor,
  filingId,
}: {
  actor: Actor | null;
  filingId: string;
}): Promise<FilingForIntake> {
  const staff = requirePermission(actor, "filings.verify");
  if (!isUuid(filingId)) throw notFound("Filing");
  const filing = await db().filing.findUnique({
    where: { id: filingId },
    include: {
      papers: { orderBy: { createdAt: "asc" } },
      case: { select: { caseNumber: true } },
    },
  });
  if (!filing) throw notFound("Filing");
  const data = (filing.data ?? {}) as Record<string, unknown>;
  const urDecisionDate = dateOf(data.urDecisionDate);
  const [settings, duplicate] = await Promise.all([
    loadEligibilitySettings(db()),
    filing.status === "PENDING" && urDecisionDate
      ? findOpenDuplicate(db(), {
          employeeName: String(data.employeeName ?? ""),
          employeeDateOfBirth: dateOf(data.employeeDateOfBirth),
          claimNumber: String(data.claimNumber ?? ""),
          urDecisionDate,
          items: (Array.isArray(data.items) ? data.items : []).map((d) => ({ description: String(d) })),
        })
      : Promise.resolve(null),
  ]);
  const number = filingNumber(filing.number);
  await db().$transaction((tx) =>
    recordAudit(tx, staff, {
      action: "filing.viewed",
      entityType: "Filing",
      entityId: filing.id,
      caseId: filing.caseId,
      payload: { filingId: filing.id, filingNumber: number },
    }),
  );
  return {
    id: filing.id,
    filingNumber: number,
    status: filing.status,
    lang: filing.lang,
    filerRole: filing.filerRole,
    filerName: filing.filerName,
    filerEmail: filing.filerEmail,
    data,
    signedName: filing.signedName,
    signedAt: filing.signedAt,
    receivedAt: filing.receivedAt,
    late: filing.late,
    lateExplanation: filing.lateExplanation,
    // as computed on the day it was received (the window is fixed by then)
    window: filingWindowView({ ...data, now: filing.receivedAt, settings }),
    caseId: filing.caseId,
    caseNumber: filing.case?.caseNumber ?? null,
    rejectReason: filing.rejectReason,
    decidedAt: filing.decidedAt,
    papers: filing.papers.map((p) => ({
      id: p.id,
      kind: p.kind,
      fileName: p.fileName,
      mimeType: p.mimeType,
      byteSize: p.byteSize,
      sha256: p.sha256,
      pageCount: p.pageCount,
    })),
    duplicate,
  };
}

/** One paper of a filing, inline for the viewer (audited). */
export async function viewFilingPaper({
  actor,
  filingId,
  paperId,
}: {
  actor: Actor | null;
  filingId: string;
  paperId: string;
}): Promise<DownloadedFile> {
  const staff = requirePermission(actor, "filings.verify");
  if (!isUuid(filingId) || !isUuid(paperId)) throw notFound("Paper");
  const paper = await db().filingPaper.findFirst({
    where: { id: paperId, filingId },
    include: { filing: { select: { number: true, caseId: true } } },
  });
  if (!paper || !paper.filing) throw notFound("Paper");
  const bytes = await readDocumentBytes(db(), { id: paper.id, storageKey: paper.storageKey });
  await db().$transaction((tx) =>
    recordAudit(tx, staff, {
      action: "filing.viewed",
      entityType: "FilingPaper",
      entityId: paper.id,
      caseId: paper.filing!.caseId,
      payload: { filingId, filingNumber: filingNumber(paper.filing!.number), paperId: paper.id },
    }),
  );
  return { fileName: paper.fileName, mimeType: paper.mimeType, bytes, sha256: paper.sha256 };
}
