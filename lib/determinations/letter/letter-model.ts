// The content of a final determination letter, as plain data. Built from the case and
// its determination; rendered to PDF by ./render-letter.tsx. Layout follows the DWC
// IMR final determination (sections in the order of the published letters). The fields
// after `items` are optional: a letter without them renders as the letters issued before.

export type LetterDecision = "Upheld" | "Overturned";

export type LetterRecipient = {
  /** e.g. "Employee", "Requesting Physician", "Claims Administrator" */
  role: string;
  name: string;
};

export type LetterItem = {
  number: number;
  /** the disputed item/service as requested */
  description: string;
  decision: LetterDecision;
  claimsAdministratorGuideline: string;
  reviewerGuideline: string;
  rationale: string;
};

export type LetterModel = {
  organizationName: string;
  caseNumber: string;
  /** already formatted, e.g. "November 27, 2026" */
  issuedOn: string;
  dateOfInjury: string;
  claimNumber: string;
  recipients: LetterRecipient[];
  /** HOW THE IMR FINAL DETERMINATION WAS MADE: qualifications only, never the name */
  howDeterminationWasMade: string;
  clinicalSummary: string;
  items: LetterItem[];
  /**
   * DOCUMENTS REVIEWED, one entry per document of the case file. Absent: the section is
   * left out (letters issued before the list was kept). Empty: the section says the file
   * held only the application and the utilization review decision.
   */
  documentsReviewed?: LetterDocumentReviewed[];
  /** Set on an amended determination (version 2 and later); version 1 letters have none. */
  amendment?: LetterAmendment;
  /** QA preview: "DRAFT — NOT ISSUED" on every page and in the document title. */
  draft?: boolean;
};

export type LetterDocumentReviewed = {
  title: string;
  /** already formatted, as the other dates of the letter */
  date: string | null;
  pages: number | null;
};

export type LetterAmendment = {
  /** 2 for the first amendment */
  version: number;
  reason: string;
  /** date the replaced determination was issued, already formatted */
  originalIssuedOn: string;
};

/** Reviewer credentials the qualifications paragraph is generated from. */
export type ReviewerQualifications = {
  certifications: { board: string; specialtyName: string; subspecialty: string | null }[];
  licenseStates: string[];
  yearsInPractice: number;
  hoursPerWeek: number;
};
