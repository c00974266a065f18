// The fixed wording of the final determination letter: section headings and introductions
// (those of the published DWC letters), the titles of an original, amended or draft letter,
// the lines of the DOCUMENTS REVIEWED list (parties asked for an itemized list rather than
// date ranges), and the notice that an amended determination replaces an earlier one.
import type { LetterDocumentReviewed, LetterModel } from "./letter-model.ts";

export const HEADINGS = {
  howMade: "HOW THE IMR FINAL DETERMINATION WAS MADE",
  summary: "CLINICAL CASE SUMMARY",
  documents: "DOCUMENTS REVIEWED",
  issues: "IMR ISSUES, DECISIONS AND RATIONALES",
  nextSteps: "WHAT HAPPENS NEXT",
} as const;

export const SUMMARY_INTRO =
  "The expert reviewer developed the following clinical case summary based on a review of the " +
  "case file, including all medical records:";
export const DOCUMENTS_INTRO = "The physician reviewer reviewed the following documents:";
export const NO_OTHER_DOCUMENTS =
  "The case file contained no documents other than the application and the utilization review decision.";
export const ISSUES_INTRO =
  "The Final Determination was based on decisions for the disputed items/services set forth below:";
export const LETTER_TITLE = "Independent Medical Review Final Determination";
export const AMENDED_RUNNING_TITLE = "Independent Medical Review Amended Final Determination";
export const DRAFT_MARK = "DRAFT \u2014 NOT ISSUED";

/** The amendment of an amended letter; version 1 (the original determination) has none. */
export function amendmentOf(model: LetterModel): LetterModel["amendment"] | null {
  const amendment = model.amendment;
  return amendment && amendment.version >= 2 ? amendment : null;
}

/** The title block: "Independent Medical Review AMENDED Final Determination (version 2)". */
export function letterTitle(model: LetterModel): string {
  const amendment = amendmentOf(model);
  if (!amendment) return LETTER_TITLE;
  return `Independent Medical Review AMENDED Final Determination (version ${amendment.version})`;
}

/** The title repeated in the running header of every page. */
export function runningTitle(model: LetterModel): string {
  return amendmentOf(model) ? AMENDED_RUNNING_TITLE : LETTER_TITLE;
}

/** The PDF document title: "IMR Final Determination CM13-0001234", marked when amended or draft. */
export function documentTitle(model: LetterModel): string {
  const amendment = amendmentOf(model);
  const title = amendment
    ? `IMR Amended Final Determination ${model.caseNumber} (version ${amendment.version})`
    : `IMR Final Determination ${model.caseNumber}`;
  return model.draft ? `DRAFT ${title}` : title;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "This amended determination replaces the determination issued on ... Reason for the amendment: ..." */
export function amendmentNotice(model: LetterModel): string | null {
  const amendment = amendmentOf(model);
  if (!amendment) return null;
  return (
    `This amended determination replaces the determination issued on ${amendment.originalIssuedOn.trim()}. ` +
    `Reason for the amendment: ${sentence(amendment.reason)}`
  );
}

/** One entry of the list, without its number: "PR-2 report, dated 07/03/2013 (6 pages)". */
export function describeDocument(doc: LetterDocumentReviewed): string {
  const date = doc.date?.trim() ? `, dated ${doc.date.trim()}` : "";
  const pages = doc.pages !== null && doc.pages > 0 ? ` (${doc.pages} ${doc.pages === 1 ? "page" : "pages"})` : "";
  return `${doc.title.trim()}${date}${pages}`;
}
