// What a reviewer writes: the clinical case summary, an account of every document of the
// case file (reviewed, or not relevant with the reason) and, per disputed item, the decision, the claims administrator's guideline, the reviewer's
// guideline citation (from the reference list or free text) and the rationale.
// A draft may be incomplete; a submission must be complete (Labor Code 4610.5(c)(2):
// each decision rests on cited evidence, in the order of evidence).
import { z } from "zod";

const DECISIONS = ["UPHELD", "OVERTURNED"] as const;

/** How the reviewer accounts for one document of the case file. */
export const DOCUMENT_ACCOUNTS = ["REVIEWED", "NOT_RELEVANT"] as const;
export type DocumentAccountKind = (typeof DOCUMENT_ACCOUNTS)[number];
export const MIN_NOT_RELEVANT_REASON = 5;
export const MAX_NOT_RELEVANT_REASON = 500;
export const UNOPENED_REASON_REQUIRED = `You have not opened this document in the reader: state how you reviewed it (at least ${MIN_NOT_RELEVANT_REASON} characters).`;
export const NOT_RELEVANT_REASON_REQUIRED = `State why this document is not relevant (at least ${MIN_NOT_RELEVANT_REASON} characters).`;

const documentAccount = z.object({
  documentId: z.uuid("Unknown document."),
  account: z.enum(DOCUMENT_ACCOUNTS, { error: "Choose Reviewed or Not relevant." }),
  /** why the document is not relevant; ignored for a reviewed one */
  reason: z.string().trim().max(MAX_NOT_RELEVANT_REASON, `At most ${MAX_NOT_RELEVANT_REASON} characters.`).default(""),
  /** marked reviewed though no page of it was opened in the reader: how it was read (checked at submit) */
  unopenedReason: z
    .string()
    .trim()
    .max(MAX_NOT_RELEVANT_REASON, `At most ${MAX_NOT_RELEVANT_REASON} characters.`)
    .default(""),
});

export type DocumentAccount = z.infer<typeof documentAccount>;

/** A document may be accounted for once. */
function noDocumentTwice(accounts: { documentId: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  accounts.forEach((a, i) => {
    if (seen.has(a.documentId))
      ctx.addIssue({ code: "custom", path: [i, "documentId"], message: "This document is listed twice." });
    seen.add(a.documentId);
  });
}

/** A draft may leave documents unaccounted for, and a reason unwritten. */
const draftDocuments = z.array(documentAccount).max(500).superRefine(noDocumentTwice).default([]);

/** A submission states a reason for each document set aside (whether every document of the case file is accounted for is checked against the database). */
const submittedDocuments = z
  .array(
    documentAccount.superRefine((a, ctx) => {
      if (a.account === "NOT_RELEVANT" && a.reason.length < MIN_NOT_RELEVANT_REASON)
        ctx.addIssue({ code: "custom", path: ["reason"], message: NOT_RELEVANT_REASON_REQUIRED });
    }),
  )
  .max(500)
  .superRefine(noDocumentTwice)
  .default([]);

const draftItem = z.object({
  disputedItemId: z.uuid("Unknown disputed item."),
  decision: z.enum(DECISIONS, { error: "Choose Upheld or Overturned." }).nullable(),
  claimsAdminGuideline: z.string().trim().max(2000, "At most 2000 characters."),
  reviewerGuideline: z.string().trim().max(2000, "At most 2000 characters."),
  guidelineId: z.uuid("Unknown guideline.").nullable().default(null),
  rationale: z.string().trim().max(20000, "At most 20000 characters."),
});

export const determinationDraftInput = z.object({
  caseId: z.uuid("Unknown case."),
  /** the revision the reviewer's copy was based on; a stale one is refused */
  revision: z.number().int().min(0),
  clinicalSummary: z.string().trim().max(20000, "At most 20000 characters."),
  /** the reviewer's account of the documents of the case file (the letter lists the reviewed ones) */
  documents: draftDocuments,
  items: z.array(draftItem).min(1).max(20),
});

export const MIN_SUMMARY_LENGTH = 40;
export const MIN_RATIONALE_LENGTH = 40;

export const determinationSubmission = determinationDraftInput.extend({
  documents: submittedDocuments,
  clinicalSummary: z
    .string()
    .trim()
    .min(MIN_SUMMARY_LENGTH, `Write the clinical case summary (at least ${MIN_SUMMARY_LENGTH} characters).`)
    .max(20000),
  items: z
    .array(
      draftItem.extend({
        decision: z.enum(DECISIONS, { error: "Choose Upheld or Overturned." }),
        claimsAdminGuideline: z.string().trim().min(1, "Enter the claims administrator's guideline.").max(2000),
        reviewerGuideline: z.string().trim().min(1, "Cite the guideline your decision is based on.").max(2000),
        rationale: z
          .string()
          .trim()
          .min(MIN_RATIONALE_LENGTH, `Write the decision rationale (at least ${MIN_RATIONALE_LENGTH} characters).`)
          .max(20000),
      }),
    )
    .min(1)
    .max(20),
});

export type DeterminationDraftInput = z.infer<typeof determinationDraftInput>;
export type DeterminationSubmission = z.infer<typeof determinationSubmission>;

/** A document of the case file as the reviewer sees it (the letter of an earlier version is not part of it). */
export type CaseFileEntry = { id: string; title: string };

export type AccountProblem = { documentId: string; title: string; message: string };

/**
 * What keeps a determination from being submitted as far as the case file goes: each
 * document neither marked reviewed nor not relevant, and each set aside without a reason.
 * Used on the server against the case file as the database holds it at submit time, and in
 * the browser before sending.
 */
export function documentAccountProblems(
  caseFile: CaseFileEntry[],
  accounts: readonly DocumentAccount[],
): AccountProblem[] {
  const byId = new Map(accounts.map((a) => [a.documentId, a]));
  return caseFile.flatMap((doc): AccountProblem[] => {
    const account = byId.get(doc.id);
    if (!account)
      return [
        {
          documentId: doc.id,
          title: doc.title,
          message: `“${doc.title}” is not accounted for: mark it Reviewed or Not relevant.`,
        },
      ];
    if (account.account === "NOT_RELEVANT" && account.reason.trim().length < MIN_NOT_RELEVANT_REASON) {
      return [
        {
          documentId: doc.id,
          title: doc.title,
          message: `“${doc.title}” is marked not relevant without a reason: state why (at least ${MIN_NOT_RELEVANT_REASON} characters).`,
        },
      ];
    }
    return [];
  });
}
