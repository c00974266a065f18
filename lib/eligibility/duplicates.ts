// Duplicate applications are merged, not reviewed twice (8 CCR 9792.10.3(a)(2)): the same
// employee (normalized name and date of birth, or the same claim number), the same UR decision
// date and at least one same treatment (normalized text). Returns the open case sharing the
// most treatments (the first listed on a tie), with the treatments it shares and any new ones.
import { normalizeName } from "../matching/normalize-name.ts";
import type { IsoDate } from "../deadlines/calendar.ts";
import type { Application } from "./application.ts";
import { normalizeClaimNumber, normalizeTreatment } from "./treatment-text.ts";

export type OpenCaseForDuplicates = {
  caseId: string;
  employee: { name: string; dateOfBirth: IsoDate | null; claimNumber: string | null };
  urDecisionDate: IsoDate | null;
  items: string[];
};

export type DuplicateMatch = { caseId: string; sameItems: string[]; newItems: string[] };

type Employee = OpenCaseForDuplicates["employee"];

function sameEmployee(a: Employee, b: Employee): boolean {
  const nameA = normalizeName(a.name);
  const byPerson =
    nameA.length > 0 && nameA === normalizeName(b.name) && a.dateOfBirth !== null && a.dateOfBirth === b.dateOfBirth;
  const claimA = a.claimNumber ? normalizeClaimNumber(a.claimNumber) : "";
  const byClaim = claimA.length > 0 && b.claimNumber !== null && claimA === normalizeClaimNumber(b.claimNumber);
  return byPerson || byClaim;
}

export function findDuplicate(
  application: Pick<Application, "employee" | "urDecisionDate" | "items">,
  openCases: OpenCaseForDuplicates[],
): DuplicateMatch | null {
  if (!application.urDecisionDate) return null;
  const items = application.items.filter((item) => normalizeTreatment(item).length > 0);
  let best: DuplicateMatch | null = null;
  for (const kase of openCases) {
    if (kase.urDecisionDate !== application.urDecisionDate || !sameEmployee(application.employee, kase.employee))
      continue;
    const caseItems = new Set(kase.items.map(normalizeTreatment));
    const sameItems = items.filter((item) => caseItems.has(normalizeTreatment(item)));
    if (sameItems.length === 0 || (best && best.sameItems.length >= sameItems.length)) continue;
    best = {
      caseId: kase.caseId,
      sameItems,
      newItems: items.filter((item) => !caseItems.has(normalizeTreatment(item))),
    };
  }
  return best;
}
