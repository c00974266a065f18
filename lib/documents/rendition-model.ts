// The model a letter's or notice's PDF was drawn from, kept beside the PDF
// (Document.renditionModel) so the same letter can be offered as an accessible web page.
// Read back through zod: a stored value that does not parse (or a document stored before
// models were kept) simply has no web version. Lenient: fields added to the models later
// are kept as they are, optional fields may be absent.
import { z } from "zod";
import type { LetterModel } from "../determinations/letter/letter-model.ts";
import type { NoticeModel } from "../notices/notice-model.ts";

export type RenditionModel = { kind: "letter"; model: LetterModel } | { kind: "notice"; model: NoticeModel };

const text = z.string();
const recipients = z.array(z.looseObject({ role: text, name: text }));

const letterModel = z.looseObject({
  organizationName: text,
  caseNumber: text,
  issuedOn: text,
  dateOfInjury: text,
  claimNumber: text,
  recipients,
  howDeterminationWasMade: text,
  clinicalSummary: text,
  items: z.array(
    z.looseObject({
      number: z.number(),
      description: text,
      decision: text,
      claimsAdministratorGuideline: text,
      reviewerGuideline: text,
      rationale: text,
    }),
  ),
  documentsReviewed: z
    .array(z.looseObject({ title: text, date: text.nullish(), pages: z.number().nullish() }))
    .optional(),
  amendment: z.looseObject({ version: z.number(), reason: text, originalIssuedOn: text }).optional(),
  draft: z.boolean().optional(),
});

const noticeModel = z.looseObject({
  organizationName: text,
  title: text,
  caseNumber: text,
  date: text,
  recipients,
  paragraphs: z.array(text),
  list: z.looseObject({ heading: text, entries: z.array(text) }).optional(),
  closing: z.array(text),
});

const renditionModel = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("letter"), model: letterModel }),
  z.object({ kind: z.literal("notice"), model: noticeModel }),
]);

/** The stored model, or null when there is none or it is not one we can render. */
export function parseRenditionModel(stored: unknown): RenditionModel | null {
  if (stored === null || stored === undefined) return null;
  const parsed = renditionModel.safeParse(stored);
  // The schema checks every field the renderers read; later fields pass through untouched.
  return parsed.success ? (parsed.data as unknown as RenditionModel) : null;
}
