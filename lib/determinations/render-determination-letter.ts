// Renders the letter of one determination from what the database holds: the case, the
// reviewer's credentials, the decisions, the documents ticked as reviewed and, for an
// amendment, the letter it replaces. Used for the QA preview (marked draft) and at issue.
import type { Prisma } from "../db/generated/client.ts";
import { conflict, notFound } from "../errors.ts";
import { formatLongDate } from "../format/dates.ts";
import { buildLetterModel, letterCaseSelect, letterReviewerSelect } from "./build-letter-model.ts";
import { renderLetterPdf } from "./letter/render-letter.tsx";
import type { LetterModel } from "./letter/letter-model.ts";

type Reader = Pick<Prisma.TransactionClient, "determination" | "case" | "reviewerProfile" | "specialty">;

export async function loadLetterModel(reader: Reader, determinationId: string, { draft, issuedAt }: { draft: boolean; issuedAt: Date }): Promise<LetterModel> {
  const determination = await reader.determination.findUnique({
    where: { id: determinationId },
    select: {
      caseId: true, reviewerId: true, version: true, clinicalSummary: true, amendmentReason: true,
      amends: { select: { issuedAt: true } },
      items: { select: { disputedItemId: true, decision: true, claimsAdminGuideline: true, reviewerGuideline: true, rationale: true, guidelineId: true } },
      documentsReviewed: { select: { document: { select: { title: true, documentDate: true, pageCount: true } } } },
    },
  });
  if (!determination) throw notFound("Determination");
  const kase = await reader.case.findUnique({ where: { id: determination.caseId }, select: letterCaseSelect });
  const credentials = await reader.reviewerProfile.findUnique({ where: { id: determination.reviewerId }, select: letterReviewerSelect });
  const specialties = await reader.specialty.findMany({ select: { code: true, name: true } });
  if (!kase || !credentials) throw notFound("Case");

  // A letter is never issued with an undecided item; a draft preview shows what exists.
  if (!draft && (determination.items.length !== kase.items.length || determination.items.some((item) => item.decision === null))) {
    throw conflict("This determination is incomplete: every disputed item needs a decision before the letter can be issued.");
  }
  const model = buildLetterModel(kase, credentials, new Map(specialties.map((s) => [s.code, s.name])), {
    clinicalSummary: determination.clinicalSummary,
    items: determination.items.map((item) => ({ ...item, decision: item.decision ?? "UPHELD" })),
  }, issuedAt);
  return {
    ...model,
    documentsReviewed: determination.documentsReviewed
      .map(({ document }) => ({ title: document.title, date: document.documentDate ? formatLongDate(document.documentDate) : null, pages: document.pageCount }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    ...(determination.amends?.issuedAt
      ? { amendment: { version: determination.version, reason: determination.amendmentReason ?? "", originalIssuedOn: formatLongDate(determination.amends.issuedAt) } }
      : {}),
    ...(draft ? { draft: true } : {}),
  };
}

export async function renderDeterminationLetter(reader: Reader, determinationId: string, options: { draft: boolean; issuedAt: Date }): Promise<Buffer> {
  return renderLetterPdf(await loadLetterModel(reader, determinationId, options));
}
