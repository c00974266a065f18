// Makes the redacted public copy of one issued letter (IMR-DOMAIN 11, publication): loads
// the letter as issued and the case's own records, redacts every section of the letter with
// the identifiers the case knows and the patterns and name finder of lib/redaction (plus an
// administrator's review edits, if any), runs the independent leak check on each section
// (the rest of the letter is fixed wording), and, only when nothing is doubtful and nothing
// leaks, renders the PDF; otherwise the copy waits for a redaction review (NEEDS_REVIEW).
// Reads only; the callers (publish-decision.ts, retry-publication.ts, redaction-review/)
// write the result.
import crypto from "node:crypto";
import type { Prisma } from "../db/generated/client.ts";
import type { Decision } from "../db/generated/enums.ts";
import { loadLetterModel } from "../determinations/render-determination-letter.ts";
import { conflict, notFound } from "../errors.ts";
import { redactLetter, type ReviewEdit } from "../redaction/leak-check.ts";
import { caseIdentifiers } from "./case-identifiers.ts";
import { letterSections, withRedactedSections } from "./letter-sections.ts";
import { reviewFindings, type StoredLeak } from "./publication-leaks.ts";
import {
  californiaDay,
  caseOutcome,
  distinct,
  letterDay,
  reviewerSpecialtyCode,
  type CaseOutcome,
} from "./publication-facts.ts";
import { searchableText } from "./published-text.ts";
import { renderPublishedLetterPdf } from "./render-published-letter.tsx";

export type PreparedPublication = {
  determinationId: string;
  caseId: string;
  caseNumber: string;
  version: number;
  status: "PUBLISHED" | "NEEDS_REVIEW";
  outcome: CaseOutcome;
  decisionDate: Date;
  dateOfInjury: Date;
  receivedDate: Date;
  reviewerSpecialty: string;
  categories: string[];
  subcategories: string[];
  itemDecisions: Decision[];
  /** empty when blocked: a text with a leak in it is not kept */
  redactedText: string;
  pdf: Buffer | null;
  pdfSha256: string | null;
  leaks: StoredLeak[];
};

const partySelect = {
  role: true,
  name: true,
  organization: true,
  identifier: true,
  address: true,
  phone: true,
  email: true,
  dateOfBirth: true,
  directoryOrganization: { select: { name: true, aliases: true } },
} satisfies Prisma.PartySelect;

/** The issued letter of a determination redacted with the case's identifiers and the review edits. */
export async function redactIssuedLetter(
  tx: Prisma.TransactionClient,
  determinationId: string,
  edits: ReviewEdit[] = [],
) {
  const determination = await tx.determination.findUnique({
    where: { id: determinationId },
    select: {
      status: true,
      issuedAt: true,
      version: true,
      caseId: true,
      items: {
        select: { decision: true, disputedItem: { select: { ordinal: true, category: true, subcategory: true } } },
      },
      reviewer: { select: { user: { select: { name: true } }, certifications: { select: { specialtyCode: true } } } },
      case: {
        select: {
          caseNumber: true,
          claimNumber: true,
          receivedAt: true,
          dateOfInjury: true,
          specialtyCode: true,
          parties: { select: partySelect },
          determinations: { select: { reviewer: { select: { user: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!determination) throw notFound("Determination");
  const { case: kase } = determination;
  if (!determination.issuedAt || (determination.status !== "ISSUED" && determination.status !== "SUPERSEDED")) {
    throw conflict("Only an issued determination is published.");
  }

  const model = await loadLetterModel(tx, determinationId, { draft: false, issuedAt: determination.issuedAt });
  const known = caseIdentifiers({
    caseNumber: kase.caseNumber,
    claimNumber: kase.claimNumber,
    parties: kase.parties,
    reviewerNames: kase.determinations.map((d) => d.reviewer.user.name),
  });
  const sections = letterSections(model);
  const redacted = redactLetter({ sections, known, edits });
  return { determination, model, sections, redacted };
}

export async function preparePublication(
  tx: Prisma.TransactionClient,
  determinationId: string,
  edits: ReviewEdit[] = [],
): Promise<PreparedPublication> {
  const { determination, model, redacted } = await redactIssuedLetter(tx, determinationId, edits);
  const { case: kase } = determination;
  const publishedModel = withRedactedSections(model, redacted.sections);
  const leaks = reviewFindings(redacted.spans, redacted.leaks);
  const publishable = redacted.publishable;

  const specialtyCode = reviewerSpecialtyCode(
    kase.specialtyCode,
    determination.reviewer.certifications.map((c) => c.specialtyCode),
  );
  const specialty = await tx.specialty.findUnique({ where: { code: specialtyCode }, select: { name: true } });
  const items = [...determination.items].sort((a, b) => a.disputedItem.ordinal - b.disputedItem.ordinal);
  const decisions = items.map((i) => i.decision).filter((d): d is Decision => d !== null);

  const pdf = publishable ? await renderPublishedLetterPdf(publishedModel) : null;
  return {
    determinationId,
    caseId: determination.caseId,
    caseNumber: kase.caseNumber,
    version: determination.version,
    status: publishable ? "PUBLISHED" : "NEEDS_REVIEW",
    outcome: caseOutcome(decisions),
    decisionDate: letterDay(determination.issuedAt!),
    dateOfInjury: kase.dateOfInjury,
    receivedDate: californiaDay(kase.receivedAt),
    reviewerSpecialty: specialty?.name ?? specialtyCode,
    categories: distinct(items.map((i) => i.disputedItem.category)),
    subcategories: distinct(items.map((i) => i.disputedItem.subcategory)),
    itemDecisions: distinct(decisions),
    redactedText: publishable ? searchableText(publishedModel) : "",
    pdf,
    pdfSha256: pdf ? crypto.createHash("sha256").update(pdf).digest("hex") : null,
    leaks,
  };
}
