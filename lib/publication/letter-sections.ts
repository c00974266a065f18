// The case-specific text of a final determination letter as named sections, so that each is
// redacted and leak-checked on its own (lib/redaction redactLetter) and put back into the
// letter model for the published copy. The fixed wording of the letter (headings, the
// WHAT HAPPENS NEXT text) and its dates are not sections: they name no one.
import type { LetterModel } from "../determinations/letter/letter-model.ts";

export type LetterSections = Record<string, string>;

const ITEM_FIELDS = ["description", "claimsAdministratorGuideline", "reviewerGuideline", "rationale"] as const;

export function letterSections(model: LetterModel): LetterSections {
  const sections: LetterSections = {
    claimNumber: model.claimNumber,
    howMade: model.howDeterminationWasMade,
    clinicalSummary: model.clinicalSummary,
  };
  model.recipients.forEach((r, i) => (sections[`recipients.${i + 1}`] = r.name));
  model.documentsReviewed?.forEach((d, i) => (sections[`documents.${i + 1}`] = d.title));
  model.documentsNotRelevant?.forEach((d, i) => {
    sections[`notRelevant.${i + 1}.title`] = d.title;
    sections[`notRelevant.${i + 1}.reason`] = d.reason;
  });
  model.items.forEach((item, i) => {
    for (const field of ITEM_FIELDS) sections[`items.${i + 1}.${field}`] = item[field];
  });
  if (model.amendment) sections.amendmentReason = model.amendment.reason;
  return sections;
}

/**
 * The letter with each section replaced by its redacted text. The published copy never
 * carries the proof of service (names and addresses) nor the names and UR reference of the
 * first-page header; its dates stay.
 */
export function withRedactedSections(model: LetterModel, redacted: LetterSections): LetterModel {
  const text = (key: string) => {
    const value = redacted[key];
    if (value === undefined) throw new Error(`Redacted letter section missing: ${key}`);
    return value;
  };
  return {
    ...model,
    claimNumber: text("claimNumber"),
    howDeterminationWasMade: text("howMade"),
    clinicalSummary: text("clinicalSummary"),
    recipients: model.recipients.map((r, i) => ({ ...r, name: text(`recipients.${i + 1}`) })),
    ...(model.documentsReviewed
      ? { documentsReviewed: model.documentsReviewed.map((d, i) => ({ ...d, title: text(`documents.${i + 1}`) })) }
      : {}),
    ...(model.documentsNotRelevant
      ? {
          documentsNotRelevant: model.documentsNotRelevant.map((d, i) => ({
            ...d,
            title: text(`notRelevant.${i + 1}.title`),
            reason: text(`notRelevant.${i + 1}.reason`),
          })),
        }
      : {}),
    ...(model.dispute
      ? {
          dispute: {
            ...model.dispute,
            urDecisionReference: null,
            employee: null,
            claimsAdministrator: null,
            requestingProvider: null,
          },
        }
      : {}),
    service: undefined,
    items: model.items.map((item, i) => ({
      ...item,
      ...Object.fromEntries(ITEM_FIELDS.map((field) => [field, text(`items.${i + 1}.${field}`)])),
    })),
    ...(model.amendment ? { amendment: { ...model.amendment, reason: text("amendmentReason") } } : {}),
  };
}

const ITEM_FIELD_LABELS: Record<(typeof ITEM_FIELDS)[number], string> = {
  description: "the disputed treatment",
  claimsAdministratorGuideline: "claims administrator guideline",
  reviewerGuideline: "reviewer's guideline",
  rationale: "decision rationale",
};

/** Where in the letter a section is, in words, for the administrators' message. */
export function sectionLabel(key: string): string {
  const [part, number, field] = key.split(".");
  switch (part) {
    case "claimNumber":
      return "the claim number";
    case "howMade":
      return "how the determination was made";
    case "clinicalSummary":
      return "the clinical case summary";
    case "recipients":
      return "the list of recipients";
    case "documents":
      return `documents reviewed, entry ${number}`;
    case "notRelevant":
      return `documents not relevant, entry ${number}, ${field === "reason" ? "the reason" : "the title"}`;
    case "items":
      return `item ${number}, ${ITEM_FIELD_LABELS[field as keyof typeof ITEM_FIELD_LABELS] ?? field}`;
    case "amendmentReason":
      return "the reason for the amendment";
    default:
      return "the letter as a whole";
  }
}
