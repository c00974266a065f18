// The content of a final determination letter, as plain data. Built from the case and
// its determination; rendered to PDF by ./render-letter.tsx. Layout follows the DWC
// IMR final determination (sections in the order of the published letters).

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
};

/** Reviewer credentials the qualifications paragraph is generated from. */
export type ReviewerQualifications = {
  certifications: { board: string; specialtyName: string; subspecialty: string | null }[];
  licenseStates: string[];
  yearsInPractice: number;
  hoursPerWeek: number;
};
