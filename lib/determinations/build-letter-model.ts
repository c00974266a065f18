// From a case, its reviewer's credentials and the reviewer's decisions to the content of
// the final determination letter (lib/determinations/letter). The reviewer is described
// by qualifications only (Labor Code 4610.6(f): the reviewer's name stays confidential).
// The letter's date and the date of service are the California date of its issue; the
// calendar dates of the case (injury, UR decision) are printed as stored.
import type { Prisma } from "../db/generated/client.ts";
import { organizationName } from "../config/organization.ts";
import { formatCaliforniaLongDate, formatLongDate } from "../format/dates.ts";
import type { LetterModel } from "./letter/letter-model.ts";
import { buildService } from "./letter/proof-of-service.ts";
import { describeReviewerQualifications } from "./letter/qualifications.ts";

/** The reviewer's content the letter needs. */
export type LetterDecisions = {
  clinicalSummary: string;
  items: {
    disputedItemId: string;
    decision: "UPHELD" | "OVERTURNED";
    claimsAdminGuideline: string;
    reviewerGuideline: string;
    rationale: string;
  }[];
};

export const letterCaseSelect = {
  caseNumber: true,
  claimNumber: true,
  dateOfInjury: true,
  reviewType: true,
  receivedAt: true,
  urDecisionDate: true,
  urDecisionReference: true,
  parties: {
    select: { role: true, name: true, address: true, email: true, serviceMethod: true, electronicServiceConsent: true },
  },
  items: { select: { id: true, ordinal: true, description: true }, orderBy: { ordinal: "asc" } },
} satisfies Prisma.CaseSelect;

export const letterReviewerSelect = {
  yearsInPractice: true,
  hoursPerWeek: true,
  licenses: { select: { state: true, status: true, restricted: true } },
  certifications: { select: { board: true, subspecialty: true, specialtyCode: true } },
} satisfies Prisma.ReviewerProfileSelect;

type LetterCase = Prisma.CaseGetPayload<{ select: typeof letterCaseSelect }>;
type LetterReviewer = Prisma.ReviewerProfileGetPayload<{ select: typeof letterReviewerSelect }>;

const REVIEW_TYPE_LABELS: Record<LetterCase["reviewType"], string> = {
  STANDARD: "Standard",
  EXPEDITED: "Expedited",
  FORMULARY: "Pharmacy formulary",
};

const RECIPIENT_LABELS: [string, string][] = [
  ["EMPLOYEE", "Employee"],
  ["REPRESENTATIVE", "Employee's Representative"],
  ["REQUESTING_PHYSICIAN", "Requesting Physician"],
  ["CLAIMS_ADMINISTRATOR", "Claims Administrator"],
  ["EMPLOYER", "Employer"],
];

/** The qualifications paragraph from the reviewer's credential records: active, unrestricted licenses only. */
export function qualificationsParagraph(
  reviewer: LetterReviewer,
  specialtyNames: Map<string, string>,
  org: string,
): string {
  return describeReviewerQualifications(
    {
      certifications: reviewer.certifications.map((c) => ({
        board: c.board,
        specialtyName: specialtyNames.get(c.specialtyCode) ?? c.specialtyCode,
        subspecialty: c.subspecialty,
      })),
      licenseStates: [
        ...new Set(reviewer.licenses.filter((l) => l.status === "ACTIVE" && !l.restricted).map((l) => l.state)),
      ],
      yearsInPractice: reviewer.yearsInPractice,
      hoursPerWeek: reviewer.hoursPerWeek,
    },
    org,
  );
}

export function buildLetterModel(
  kase: LetterCase,
  reviewer: LetterReviewer,
  specialtyNames: Map<string, string>,
  decisions: LetterDecisions,
  issuedAt: Date,
): LetterModel {
  const org = organizationName();
  const decisionFor = new Map(decisions.items.map((item) => [item.disputedItemId, item]));
  const served = RECIPIENT_LABELS.flatMap(([role, label]) =>
    kase.parties.filter((party) => party.role === role).map((party) => ({ ...party, role: label })),
  );
  const nameOf = (role: string) => kase.parties.find((party) => party.role === role)?.name ?? null;
  return {
    organizationName: org,
    caseNumber: kase.caseNumber,
    issuedOn: formatCaliforniaLongDate(issuedAt),
    dateOfInjury: formatLongDate(kase.dateOfInjury),
    claimNumber: kase.claimNumber,
    recipients: served.map((party) => ({ role: party.role, name: party.name })),
    dispute: {
      urDecisionDate: formatLongDate(kase.urDecisionDate),
      urDecisionReference: kase.urDecisionReference,
      applicationReceivedOn: formatCaliforniaLongDate(kase.receivedAt),
      reviewType: REVIEW_TYPE_LABELS[kase.reviewType],
      employee: nameOf("EMPLOYEE"),
      claimsAdministrator: nameOf("CLAIMS_ADMINISTRATOR"),
      requestingProvider: nameOf("REQUESTING_PHYSICIAN"),
    },
    service: buildService(served, issuedAt),
    howDeterminationWasMade: qualificationsParagraph(reviewer, specialtyNames, org),
    clinicalSummary: decisions.clinicalSummary,
    items: kase.items.map((item) => {
      const decided = decisionFor.get(item.id)!;
      return {
        number: item.ordinal,
        description: item.description,
        decision: decided.decision === "OVERTURNED" ? "Overturned" : "Upheld",
        claimsAdministratorGuideline: decided.claimsAdminGuideline,
        reviewerGuideline: decided.reviewerGuideline,
        rationale: decided.rationale,
      };
    }),
  };
}
