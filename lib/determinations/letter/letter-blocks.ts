// The letter as an ordered list of text blocks, one function per section, in the order of
// the published DWC final determinations: notice block, HOW THE IMR FINAL DETERMINATION WAS
// MADE, CLINICAL CASE SUMMARY, DOCUMENTS REVIEWED (later letters), IMR ISSUES, DECISIONS AND
// RATIONALES, then WHAT HAPPENS NEXT. The PDF is drawn from these blocks; so is any other
// rendering of the same letter, which then carries exactly the same text.
import type { LetterItem, LetterModel } from "./letter-model.ts";
import {
  DOCUMENTS_INTRO, HEADINGS, ISSUES_INTRO, NO_OTHER_DOCUMENTS, SUMMARY_INTRO, amendmentNotice, describeDocument, letterTitle,
} from "./letter-text.ts";
import { nextSteps } from "./next-steps.ts";

export type LetterBlock =
  | { kind: "title"; text: string }
  /** the amendment notice under the title */
  | { kind: "notice"; text: string }
  /** the rows of the notice block: "Case Number:" and its value, ... */
  | { kind: "fields"; fields: { label: string; value: string }[] }
  /** "This letter was sent to:" and one line per recipient */
  | { kind: "recipients"; label: string; lines: string[] }
  | { kind: "heading"; text: string }
  /** a paragraph, optionally opening with a bold label ("Decision rationale:") */
  | { kind: "paragraph"; text: string; label?: string }
  | { kind: "itemTitle"; text: string }
  /** a numbered list, each entry's marker ("1.", "(1)") hanging to the left */
  | { kind: "list"; items: { marker: string; text: string }[] };

/** Blank-line separated paragraphs of free text. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function paragraphs(text: string): LetterBlock[] {
  return splitParagraphs(text).map((p) => ({ kind: "paragraph", text: p }));
}

function noticeBlock(model: LetterModel): LetterBlock[] {
  const notice = amendmentNotice(model);
  return [
    { kind: "title", text: letterTitle(model) },
    ...(notice ? [{ kind: "notice", text: notice } as const] : []),
    {
      kind: "fields",
      fields: [
        { label: "Case Number:", value: model.caseNumber },
        { label: "Date:", value: model.issuedOn },
        { label: "Date of Injury:", value: model.dateOfInjury },
        { label: "Claim Number:", value: model.claimNumber },
      ],
    },
    { kind: "recipients", label: "This letter was sent to:", lines: model.recipients.map((r) => `${r.role}: ${r.name}`) },
  ];
}

function howMade(model: LetterModel): LetterBlock[] {
  return [{ kind: "heading", text: HEADINGS.howMade }, ...paragraphs(model.howDeterminationWasMade)];
}

function clinicalSummary(model: LetterModel): LetterBlock[] {
  return [
    { kind: "heading", text: HEADINGS.summary },
    { kind: "paragraph", text: SUMMARY_INTRO },
    ...paragraphs(model.clinicalSummary),
  ];
}

function documentsReviewed(model: LetterModel): LetterBlock[] {
  const documents = model.documentsReviewed;
  if (!documents) return [];
  const heading: LetterBlock = { kind: "heading", text: HEADINGS.documents };
  if (documents.length === 0) return [heading, { kind: "paragraph", text: NO_OTHER_DOCUMENTS }];
  return [
    heading,
    { kind: "paragraph", text: DOCUMENTS_INTRO },
    { kind: "list", items: documents.map((doc, i) => ({ marker: `${i + 1}.`, text: describeDocument(doc) })) },
  ];
}

function item(item: LetterItem, organizationName: string): LetterBlock[] {
  const [first = "", ...rest] = splitParagraphs(item.rationale);
  return [
    { kind: "itemTitle", text: `${item.number} ${item.description.trim()}: ${item.decision}` },
    { kind: "paragraph", label: "Claims Administrator guideline:", text: item.claimsAdministratorGuideline.trim() },
    { kind: "paragraph", label: `${organizationName} guideline:`, text: item.reviewerGuideline.trim() },
    { kind: "paragraph", label: "Decision rationale:", text: first },
    ...rest.map((p): LetterBlock => ({ kind: "paragraph", text: p })),
  ];
}

function issues(model: LetterModel): LetterBlock[] {
  return [
    { kind: "heading", text: HEADINGS.issues },
    { kind: "paragraph", text: ISSUES_INTRO },
    ...model.items.flatMap((i) => item(i, model.organizationName)),
  ];
}

function whatHappensNext(model: LetterModel): LetterBlock[] {
  const steps = nextSteps(model);
  return [
    { kind: "heading", text: HEADINGS.nextSteps },
    ...steps.paragraphs.map((p): LetterBlock => ({ kind: "paragraph", text: p })),
    { kind: "list", items: steps.grounds.map((g, i) => ({ marker: `(${i + 1})`, text: g })) },
    { kind: "paragraph", text: steps.closing },
  ];
}

/** Every block of the letter, in reading order. */
export function letterBlocks(model: LetterModel): LetterBlock[] {
  return [
    ...noticeBlock(model),
    ...howMade(model),
    ...clinicalSummary(model),
    ...documentsReviewed(model),
    ...issues(model),
    ...whatHappensNext(model),
  ];
}
