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
   * The dispute this letter resolves, printed in the first-page header (the UR decision, the
   * application, the parties). Absent on letters issued before the header, and names are
   * left out of the published copy.
   */
  dispute?: LetterDispute;
  /**
   * DOCUMENTS REVIEWED, one entry per document the reviewer reviewed. Absent: the section is
   * left out (letters issued before the list was kept).
   */
  documentsReviewed?: LetterDocumentReviewed[];
  /** documents of the case file the reviewer found not relevant to the dispute, with why */
  documentsNotRelevant?: LetterDocumentNotRelevant[];
  /**
   * how many documents the case file held when the reviewer decided; with no document
   * accounted for, the letter says so rather than that the file held nothing
   */
  caseFileDocumentCount?: number;
  /** PROOF OF SERVICE: absent on drafts' previews made before service data was kept, and on the published copy */
  service?: LetterService;
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

export type LetterDocumentNotRelevant = LetterDocumentReviewed & { reason: string };

export type LetterDispute = {
  /** already formatted dates, as the other dates of the letter */
  urDecisionDate: string;
  urDecisionReference: string | null;
  applicationReceivedOn: string;
  /** "Standard", "Expedited", "Pharmacy formulary" */
  reviewType: string;
  /** null where not known, and in the published copy */
  employee: string | null;
  claimsAdministrator: string | null;
  requestingProvider: string | null;
};

export type LetterServiceMethod = "MAIL" | "EMAIL" | "PORTAL";

export type LetterServedParty = {
  /** "Employee", "Claims Administrator", ... */
  role: string;
  name: string;
  /** the mailing address, or the e-mail address when served by e-mail; null when none is on file */
  address: string | null;
  method: LetterServiceMethod;
  /** the last day this party may appeal, already formatted */
  appealDeadline: string;
};

export type LetterService = {
  /** the California date of service, already formatted */
  servedOn: string;
  parties: LetterServedParty[];
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
