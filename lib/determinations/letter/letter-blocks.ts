// The letter as an ordered list of text blocks, one function per section, in the order of
// the published DWC final determinations: notice block, HOW THE IMR FINAL DETERMINATION WAS
// MADE, CLINICAL CASE SUMMARY, DOCUMENTS REVIEWED (later letters), IMR ISSUES, DECISIONS AND
// RATIONALES, then WHAT HAPPENS NEXT and the PROOF OF SERVICE. New letters open with a
// first-page header (the UR decision, the application, the parties) and the outcome of each
// item, in the manner of the DWC letters' first page. The PDF is drawn from these blocks; so is any other
// rendering of the same letter, which then carries exactly the same text.
import type { LetterItem, LetterModel } from "./letter-model.ts";
import {
  APPEAL_PERIOD_RULE,
  DOCUMENTS_INTRO,
  HEADINGS,
  ISSUES_INTRO,
  NOT_RELEVANT_INTRO,
  NO_OTHER_DOCUMENTS,
  SUMMARY_INTRO,
  amendmentNotice,
  describeDocument,
  describeNotRelevant,
  describeServedParty,
  letterTitle,
  overallOutcome,
  serviceStatement,
  unlistedDocuments,
  urDecisionValue,
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
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function paragraphs(text: string): LetterBlock[] {
  return splitParagraphs(text).map((p) => ({ kind: "paragraph", text: p }));
}

type Field = { label: string; value: string };

/** The first-page header: the letter, the dispute it resolves and its parties. */
function headerFields(model: LetterModel): Field[] {
  const dispute = model.dispute;
  const named = (label: string, value: string | null | undefined): Field[] =>
    value?.trim() ? [{ label, value: value.trim() }] : [];
  return [
    { label: "Case Number:", value: model.caseNumber },
    { label: "Date:", value: model.issuedOn },
    ...(dispute
      ? [
          {
            label: "Date of UR Decision:",
            value: urDecisionValue(dispute.urDecisionDate, dispute.urDecisionReference),
          },
          { label: "Application Received:", value: dispute.applicationReceivedOn },
          { label: "Review Type:", value: dispute.reviewType },
        ]
      : []),
    { label: "Date of Injury:", value: model.dateOfInjury },
    { label: "Claim Number:", value: model.claimNumber },
    ...named("Employee:", dispute?.employee),
    ...named("Claims Administrator:", dispute?.claimsAdministrator),
    ...named("Requesting Provider:", dispute?.requestingProvider),
  ];
}

/** The outcome on the first page: overall, then each item in one line (letters with a dispute header). */
function finalDetermination(model: LetterModel): LetterBlock[] {
  if (!model.dispute) return [];
  return [
    { kind: "heading", text: HEADINGS.finalDetermination },
    { kind: "paragraph", label: "Final Determination:", text: overallOutcome(model.items) },
    {
      kind: "list",
      items: model.items.map((i) => ({ marker: `${i.number}.`, text: `${i.description.trim()}: ${i.decision}` })),
    },
  ];
}

function noticeBlock(model: LetterModel): LetterBlock[] {
  const notice = amendmentNotice(model);
  return [
    { kind: "title", text: letterTitle(model) },
    ...(notice ? [{ kind: "notice", text: notice } as const] : []),
    { kind: "fields", fields: headerFields(model) },
    {
      kind: "recipients",
      label: "This letter was sent to:",
      lines: model.recipients.map((r) => `${r.role}: ${r.name}`),
    },
    ...finalDetermination(model),
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

/**
 * Every document of the case file, reviewed or set aside with a reason. The letter says the
 * file held nothing else only when it is known to have held nothing.
 */
function documentsReviewed(model: LetterModel): LetterBlock[] {
  const documents = model.documentsReviewed;
  if (!documents) return [];
  const notRelevant = model.documentsNotRelevant ?? [];
  const blocks: LetterBlock[] = [{ kind: "heading", text: HEADINGS.documents }];
  if (documents.length > 0) {
    blocks.push(
      { kind: "paragraph", text: DOCUMENTS_INTRO },
      { kind: "list", items: documents.map((doc, i) => ({ marker: `${i + 1}.`, text: describeDocument(doc) })) },
    );
  }
  if (notRelevant.length > 0) {
    blocks.push(
      { kind: "paragraph", text: NOT_RELEVANT_INTRO },
      {
        kind: "list",
        items: notRelevant.map((doc, i) => ({
          marker: `${documents.length + i + 1}.`,
          text: describeNotRelevant(doc),
        })),
      },
    );
  }
  if (documents.length === 0 && notRelevant.length === 0) {
    const held = model.caseFileDocumentCount;
    blocks.push({
      kind: "paragraph",
      text: held === undefined || held === 0 ? NO_OTHER_DOCUMENTS : unlistedDocuments(held),
    });
  }
  return blocks;
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

/** Who was served, where, how and when, and each party's last day to appeal. */
function proofOfService(model: LetterModel): LetterBlock[] {
  const service = model.service;
  if (!service) return [];
  return [
    { kind: "heading", text: HEADINGS.service },
    { kind: "paragraph", text: serviceStatement(model, service.servedOn) },
    {
      kind: "list",
      items: service.parties.map((party, i) => ({ marker: `${i + 1}.`, text: describeServedParty(party) })),
    },
    { kind: "paragraph", text: APPEAL_PERIOD_RULE },
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
    ...proofOfService(model),
  ];
}
