// Renders the letter of one determination from what the database holds: the case, the
// reviewer's credentials, the decisions, the documents ticked as reviewed and, for an
// amendment, the letter it replaces. Used for the QA preview (marked draft) and at issue.
import type { Prisma } from "../db/generated/client.ts";
import { conflict, notFound } from "../errors.ts";
import { formatCaliforniaLongDate, formatLongDate } from "../format/dates.ts";
import { buildLetterModel, letterCaseSelect, letterReviewerSelect } from "./build-letter-model.ts";
import { renderLetterPdf } from "./letter/render-letter.tsx";
import type { LetterModel } from "./letter/letter-model.ts";

type Reader = Pick<Prisma.TransactionClient, "determination" | "case" | "reviewerProfile" | "specialty" | "document">;

type AccountedDocument = {
  notRelevantReason: string | null;
  document: { title: string; documentDate: Date | null; pageCount: number | null };
};

const listed = ({ document }: AccountedDocument) => ({
  title: document.title,
  date: document.documentDate ? formatLongDate(document.documentDate) : null,
  pages: document.pageCount,
});
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

export async function loadLetterModel(
  reader: Reader,
  determinationId: string,
  { draft, issuedAt }: { draft: boolean; issuedAt: Date },
): Promise<LetterModel> {
  const determination = await reader.determination.findUnique({
    where: { id: determinationId },
    select: {
      caseId: true,
      reviewerId: true,
      version: true,
      clinicalSummary: true,
      amendmentReason: true,
      qualifications: true,
      submittedAt: true,
      amends: { select: { issuedAt: true } },
      items: {
        select: {
          disputedItemId: true,
          decision: true,
          claimsAdminGuideline: true,
          reviewerGuideline: true,
          rationale: true,
          guidelineId: true,
        },
      },
      documentsReviewed: {
        select: { notRelevantReason: true, document: { select: { title: true, documentDate: true, pageCount: true } } },
      },
    },
  });
  if (!determination) throw notFound("Determination");
  const kase = await reader.case.findUnique({ where: { id: determination.caseId }, select: letterCaseSelect });
  const credentials = await reader.reviewerProfile.findUnique({
    where: { id: determination.reviewerId },
    select: letterReviewerSelect,
  });
  const specialties = await reader.specialty.findMany({ select: { code: true, name: true } });
  // The case file as the reviewer had it: every document but the letters, received by submission.
  const caseFileDocumentCount = await reader.document.count({
    where: {
      caseId: determination.caseId,
      kind: { not: "DETERMINATION_LETTER" },
      ...(determination.submittedAt ? { createdAt: { lte: determination.submittedAt } } : {}),
    },
  });
  if (!kase || !credentials) throw notFound("Case");

  // A letter is never issued with an undecided item; a draft preview shows what exists.
  if (
    !draft &&
    (determination.items.length !== kase.items.length || determination.items.some((item) => item.decision === null))
  ) {
    throw conflict(
      "This determination is incomplete: every disputed item needs a decision before the letter can be issued.",
    );
  }
  const model = buildLetterModel(
    kase,
    credentials,
    new Map(specialties.map((s) => [s.code, s.name])),
    {
      clinicalSummary: determination.clinicalSummary,
      items: determination.items.map((item) => ({ ...item, decision: item.decision ?? "UPHELD" })),
    },
    issuedAt,
  );
  const accounted = determination.documentsReviewed;
  return {
    ...model,
    // Qualifications as captured when the reviewer submitted (a later change to the credentials does not alter the letter).
    ...(determination.qualifications?.trim() ? { howDeterminationWasMade: determination.qualifications } : {}),
    documentsReviewed: accounted
      .filter((d) => d.notRelevantReason === null)
      .map(listed)
      .sort(byTitle),
    documentsNotRelevant: accounted
      .filter((d) => d.notRelevantReason !== null)
      .map((d) => ({ ...listed(d), reason: d.notRelevantReason ?? "" }))
      .sort(byTitle),
    caseFileDocumentCount,
    ...(determination.amends?.issuedAt
      ? {
          amendment: {
            version: determination.version,
            reason: determination.amendmentReason ?? "",
            originalIssuedOn: formatCaliforniaLongDate(determination.amends.issuedAt),
          },
        }
      : {}),
    ...(draft ? { draft: true } : {}),
  };
}

export async function renderDeterminationLetter(
  reader: Reader,
  determinationId: string,
  options: { draft: boolean; issuedAt: Date },
): Promise<Buffer> {
  return renderLetterPdf(await loadLetterModel(reader, determinationId, options));
}
