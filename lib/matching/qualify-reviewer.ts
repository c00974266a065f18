// Who may review a case (Labor Code 4610.6(e)-(f); 8 CCR 9792.10.4 and 9792.10.5): an
// active, unrestricted license in an accepted state; a current board certification in the
// case's specialty or a similar one; active practice of at least the set hours a week; no
// disciplinary history; and no material affiliation with any party of the case.
// Pure: works on plain data, returns every reason a reviewer is not qualified.
import { normalizeName } from "./normalize-name.ts";

export type QualificationRules = { acceptedLicenseStates: string[]; minHoursPerWeek: number };
export const DEFAULT_QUALIFICATION_RULES: QualificationRules = { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 };

export type CaseForMatching = {
  specialtyCode: string;
  /** specialties accepted as similar to the case's (from the maintained table) */
  similarSpecialtyCodes: string[];
  parties: { role: string; name: string; identifier: string | null }[];
  /** credentials must still be valid on this date (the determination due date) */
  validThrough: Date;
};

export type ReviewerForMatching = {
  reviewerId: string;
  name: string;
  active: boolean;
  hoursPerWeek: number;
  disciplinaryHistory: boolean;
  licenses: { state: string; status: string; restricted: boolean; expiresOn: Date }[];
  certifications: { specialtyCode: string; expiresOn: Date }[];
  affiliations: { kind: string; name: string; normalizedName: string; identifier: string | null }[];
};

export type Disqualification = { code: DisqualificationCode; message: string };
export type DisqualificationCode =
  | "INACTIVE_ACCOUNT" | "NO_VALID_LICENSE" | "NO_MATCHING_CERTIFICATION" | "TOO_FEW_HOURS"
  | "DISCIPLINARY_HISTORY" | "CONFLICT_OF_INTEREST";

const PARTY_LABELS: Record<string, string> = {
  EMPLOYEE: "the employee", EMPLOYER: "the employer", CLAIMS_ADMINISTRATOR: "the claims administrator",
  REQUESTING_PHYSICIAN: "the requesting physician", REPRESENTATIVE: "the representative", UR_ORGANIZATION: "the UR organization",
};

// Credentials expire by calendar date: one that expires on the due date is still valid that day.
const startOfUtcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

export function disqualifications(reviewer: ReviewerForMatching, kase: CaseForMatching, rules = DEFAULT_QUALIFICATION_RULES): Disqualification[] {
  const out: Disqualification[] = [];
  const dueDay = startOfUtcDay(kase.validThrough);
  if (!reviewer.active) out.push({ code: "INACTIVE_ACCOUNT", message: "Account is disabled." });

  const validLicense = reviewer.licenses.some(
    (l) => rules.acceptedLicenseStates.includes(l.state) && l.status === "ACTIVE" && !l.restricted && l.expiresOn >= dueDay,
  );
  if (!validLicense) {
    out.push({ code: "NO_VALID_LICENSE", message: `No active, unrestricted ${rules.acceptedLicenseStates.join("/")} license valid through the due date.` });
  }

  const accepted = new Set([kase.specialtyCode, ...kase.similarSpecialtyCodes]);
  const certified = reviewer.certifications.some((c) => accepted.has(c.specialtyCode) && c.expiresOn >= dueDay);
  if (!certified) {
    out.push({ code: "NO_MATCHING_CERTIFICATION", message: "No current board certification in the case's specialty or a similar one." });
  }

  if (reviewer.hoursPerWeek < rules.minHoursPerWeek) {
    out.push({ code: "TOO_FEW_HOURS", message: `Active practice ${reviewer.hoursPerWeek} h/week, under the ${rules.minHoursPerWeek} required.` });
  }
  if (reviewer.disciplinaryHistory) out.push({ code: "DISCIPLINARY_HISTORY", message: "Has a disciplinary history." });

  for (const party of kase.parties) {
    const partyName = normalizeName(party.name);
    const tie = reviewer.affiliations.find(
      (a) => (partyName.length > 0 && a.normalizedName === partyName) || (party.identifier !== null && a.identifier === party.identifier),
    );
    if (tie) {
      out.push({ code: "CONFLICT_OF_INTEREST", message: `Affiliated with ${PARTY_LABELS[party.role] ?? "a party"} (${tie.name}).` });
    }
  }
  return out;
}

export type CandidateVerdict = { reviewerId: string; name: string; qualified: boolean; reasons: Disqualification[] };

export function screenReviewers(reviewers: ReviewerForMatching[], kase: CaseForMatching, rules = DEFAULT_QUALIFICATION_RULES): CandidateVerdict[] {
  return reviewers
    .map((reviewer) => {
      const reasons = disqualifications(reviewer, kase, rules);
      return { reviewerId: reviewer.reviewerId, name: reviewer.name, qualified: reasons.length === 0, reasons };
    })
    .sort((a, b) => Number(b.qualified) - Number(a.qualified) || a.name.localeCompare(b.name));
}
