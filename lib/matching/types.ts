// The plain data the matching rules work on (Labor Code 4610.6(e)-(f); 8 CCR 9792.10.4
// and 9792.10.5). Loaded by lib/cases/matching-data/load-matching-data.ts; lib/matching is pure.

/** Settings an administrator may change (the Setting table; see matching-settings.ts). */
export type QualificationRules = { acceptedLicenseStates: string[]; minHoursPerWeek: number };
export const DEFAULT_QUALIFICATION_RULES: QualificationRules = { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 };

/** A directory organisation a party or an affiliation points to (lib/organizations). */
export type DirectoryLink = { id: string; name: string; aliases: string[]; ancestorIds: string[] };

export type CaseParty = {
  role: string;
  name: string;
  identifier: string | null;
  organization?: string | null;
  /** the party's directory entry (for a person: their organisation's) */
  directory?: DirectoryLink | null;
};

/** An administrator's answer to a possible conflict of this case (ConflictDecision). */
export type ConflictDecisionForMatching = {
  reviewerId: string;
  pairKey: string;
  resolution: "CONFIRMED" | "DISMISSED";
};

export type CaseForMatching = {
  caseId: string;
  /** STANDARD, EXPEDITED or FORMULARY; expedited cases come first in a batch */
  reviewType: string;
  specialtyCode: string;
  /** specialties accepted as similar to the case's (from the maintained table) */
  similarSpecialtyCodes: string[];
  parties: CaseParty[];
  /** credentials must still be valid on this date (the determination due date) */
  validThrough: Date;
  /** reviewers of earlier IMRs of this case that were appealed (Case.priorCaseId chain) */
  priorReviewerIds: string[];
  /** answers to possible conflicts already given for this case */
  conflictDecisions?: ConflictDecisionForMatching[];
};

export type CredentialVerification = { verifiedAt: Date | null };

export type ReviewerForMatching = {
  reviewerId: string;
  name: string;
  active: boolean;
  hoursPerWeek: number;
  disciplinaryHistory: boolean;
  licenses: ({ state: string; status: string; restricted: boolean; expiresOn: Date } & CredentialVerification)[];
  certifications: ({ specialtyCode: string; expiresOn: Date } & CredentialVerification)[];
  affiliations: {
    kind: string;
    name: string;
    normalizedName: string;
    identifier: string | null;
    directory?: DirectoryLink | null;
  }[];
  maxOpenCases: number;
  maxCasesPerWeek: number;
  /** assignments OFFERED or ACTIVE */
  openCases: number;
  /** assignments made in the last 7 days, not declined or revoked */
  casesLast7Days: number;
  /** median hours from assignment to completion over the last 180 days; null if none */
  medianTurnaroundHours: number | null;
  /** periods without cases, inclusive calendar dates */
  leaves: { startsOn: Date; endsOn: Date }[];
};

export type DisqualificationCode =
  | "INACTIVE_ACCOUNT"
  | "NO_VALID_LICENSE"
  | "NO_MATCHING_CERTIFICATION"
  | "UNVERIFIED_CREDENTIAL"
  | "TOO_FEW_HOURS"
  | "DISCIPLINARY_HISTORY"
  | "CONFLICT_OF_INTEREST"
  | "POSSIBLE_CONFLICT"
  | "PRIOR_REVIEWER"
  | "AT_CAPACITY"
  | "ON_LEAVE";

/** Two names the identity core could not tell apart: an administrator confirms or dismisses. */
export type PossibleConflict = {
  pairKey: string;
  affiliationName: string;
  partyName: string;
  partyLabel: string;
  reason: string;
};
export type Disqualification = { code: DisqualificationCode; message: string; possibleConflict?: PossibleConflict };

/** One line of a candidate's score, in words: "3 of 10 open cases (+14)". */
export type ScorePart = { label: string; points: number; explanation: string };

export type SpecialtyMatch = "EXACT" | "SIMILAR";
