// The fixed wording of the final determination letter: section headings and introductions
// (those of the published DWC letters), the titles of an original, amended or draft letter,
// the lines of the DOCUMENTS REVIEWED list (parties asked for an itemized list rather than
// date ranges), and the notice that an amended determination replaces an earlier one.
import type {
  LetterDocumentNotRelevant,
  LetterDocumentReviewed,
  LetterItem,
  LetterModel,
  LetterServedParty,
} from "./letter-model.ts";

export const HEADINGS = {
  howMade: "HOW THE IMR FINAL DETERMINATION WAS MADE",
  summary: "CLINICAL CASE SUMMARY",
  documents: "DOCUMENTS REVIEWED",
  issues: "IMR ISSUES, DECISIONS AND RATIONALES",
  nextSteps: "WHAT HAPPENS NEXT",
  finalDetermination: "FINAL DETERMINATION",
  service: "PROOF OF SERVICE",
} as const;

export const SUMMARY_INTRO =
  "The expert reviewer developed the following clinical case summary based on a review of the " +
  "case file, including all medical records:";
export const DOCUMENTS_INTRO = "The physician reviewer reviewed the following documents:";
export const NO_OTHER_DOCUMENTS =
  "The case file contained no documents other than the application and the utilization review decision.";
export const NOT_RELEVANT_INTRO =
  "The case file also held the following documents, which the physician reviewer found not relevant to the disputed items/services, for the reason given:";
/** A file that held documents none of which is accounted for (letters issued before each was). */
export const unlistedDocuments = (count: number) =>
  `The case file held ${count} ${count === 1 ? "document" : "documents"}; the physician reviewer's record of the documents reviewed does not list ${count === 1 ? "it" : "them"} individually.`;
export const APPEAL_PERIOD_RULE =
  "The last day to appeal is 30 days after the date of service, or 35 days when the determination was served by mail; " +
  "a last day that falls on a weekend or a state holiday moves to the next business day (Labor Code section 4610.6(h); " +
  "Code of Civil Procedure sections 12a and 1013(a)).";
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

/** "PR-2 report, dated 07/03/2013 (6 pages): duplicate of document 4." */
export function describeNotRelevant(doc: LetterDocumentNotRelevant): string {
  return `${describeDocument(doc)}: ${sentence(doc.reason)}`;
}

/** "Date of UR Decision:" with its reference, when the decision has one. */
export function urDecisionValue(date: string, reference: string | null): string {
  return reference?.trim() ? `${date} (reference ${reference.trim()})` : date;
}

/** The one-line outcome of the whole determination, before each item's. */
export function overallOutcome(items: Pick<LetterItem, "decision">[]): string {
  const overturned = items.filter((i) => i.decision === "Overturned").length;
  const total = items.length;
  const noun = total === 1 ? "disputed item/service" : "disputed items/services";
  if (overturned === 0)
    return `UPHELD. The utilization review decision stands: the ${noun} ${total === 1 ? "is" : "are"} not medically necessary.`;
  if (overturned === total)
    return `OVERTURNED. The ${noun} ${total === 1 ? "is" : "are"} medically necessary and must be authorized.`;
  const upheld = total - overturned;
  return (
    `OVERTURNED IN PART. Of the ${total} ${noun}, ${overturned} ${overturned === 1 ? "is" : "are"} medically necessary (overturned) ` +
    `and ${upheld} ${upheld === 1 ? "is" : "are"} not (upheld).`
  );
}

const METHOD_WORDS: Record<LetterServedParty["method"], string> = {
  MAIL: "first-class mail",
  EMAIL: "e-mail, with the party's consent to electronic service",
  PORTAL: "the case portal, with the party's consent to electronic service",
};

/** One party of a notice's proof of service: who, where and how. */
export function describeNoticeService(party: Omit<LetterServedParty, "appealDeadline">): string {
  return describeServedParty({ ...party, appealDeadline: "" }).replace(/ Last day to appeal: \.$/, "");
}

/** One party of the proof of service: who, where, how, and their last day to appeal. */
export function describeServedParty(party: LetterServedParty): string {
  const address = party.address?.trim() ? party.address.trim().replace(/\s*\n\s*/g, ", ") : null;
  const where = address ?? (party.method === "MAIL" ? "no address on file" : null);
  return `${party.role}: ${party.name.trim()}${where ? `, ${where}` : ""}. Served by ${METHOD_WORDS[party.method]}. Last day to appeal: ${party.appealDeadline}.`;
}

/** The opening of the proof of service. */
export function serviceStatement(model: LetterModel, servedOn: string): string {
  const what = amendmentOf(model) ? "amended final determination" : "final determination";
  return `On ${servedOn}, ${model.organizationName.trim()} served this ${what} on each party below, by the method shown.`;
}
