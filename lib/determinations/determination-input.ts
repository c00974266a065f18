// What a reviewer writes: the clinical case summary, the documents reviewed and, per
// disputed item, the decision, the claims administrator's guideline, the reviewer's
// guideline citation (from the reference list or free text) and the rationale.
// A draft may be incomplete; a submission must be complete (Labor Code 4610.5(c)(2):
// each decision rests on cited evidence, in the order of evidence).
import { z } from "zod";

const DECISIONS = ["UPHELD", "OVERTURNED"] as const;

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
  documentsReviewed: z.array(z.uuid()).max(500).default([]),
  items: z.array(draftItem).min(1).max(20),
});

export const MIN_SUMMARY_LENGTH = 40;
export const MIN_RATIONALE_LENGTH = 40;

export const determinationSubmission = determinationDraftInput.extend({
  clinicalSummary: z.string().trim().min(MIN_SUMMARY_LENGTH, `Write the clinical case summary (at least ${MIN_SUMMARY_LENGTH} characters).`).max(20000),
  items: z
    .array(
      draftItem.extend({
        decision: z.enum(DECISIONS, { error: "Choose Upheld or Overturned." }),
        claimsAdminGuideline: z.string().trim().min(1, "Enter the claims administrator's guideline.").max(2000),
        reviewerGuideline: z.string().trim().min(1, "Cite the guideline your decision is based on.").max(2000),
        rationale: z.string().trim().min(MIN_RATIONALE_LENGTH, `Write the decision rationale (at least ${MIN_RATIONALE_LENGTH} characters).`).max(20000),
      }),
    )
    .min(1)
    .max(20),
});

export type DeterminationDraftInput = z.infer<typeof determinationDraftInput>;
export type DeterminationSubmission = z.infer<typeof determinationSubmission>;
