// The hard constraints on who may review a case. A reviewer failing any one is not
// eligible, and every failure is reported with its reason:
// - an active, unrestricted license in an accepted state (California unless a setting adds
//   others), valid through the due date (Labor Code 4610.6(e); 8 CCR 9792.10.5);
// - a current board certification in the case's specialty or a similar one (the
//   SpecialtySimilarity table), valid through the due date;
// - credentials verified: an unverified license or certification does not count;
// - active clinical practice of at least the set hours a week; no disciplinary history;
// - no material professional, familial or financial affiliation with any party: employee,
//   employer, claims administrator or insurer, UR organization and UR reviewer, requesting
//   physician and their medical group, facility, maker of a disputed drug or device
//   (Labor Code 139.5 and 4610.6; 8 CCR 9792.10.5); names normalized, identifiers (NPI)
//   compared;
// - not a reviewer of an earlier IMR of the same case that was appealed: a reversed
//   determination goes back for review by a different reviewer (Labor Code 4610.6(i));
// - capacity (open cases and cases this week under the reviewer's limits) and no leave
//   between today and the due date.
// Dates are calendar dates: a credential expiring on the due date is valid that day.
import { isoDay } from "./calendar.ts";
import type { PreparedCase, PreparedReviewer } from "./prepare.ts";
import type { Disqualification } from "./types.ts";

/** The certification specialty that makes the reviewer eligible: the case's own first. */
export function matchedSpecialty(pc: PreparedCase, pr: PreparedReviewer, verified = true): string | null {
  for (const code of pc.acceptedCodes) {
    for (const c of pr.certs) if (c.code === code && c.until >= pc.dueDay && (c.verified || !verified)) return code;
  }
  return null;
}

/** Each tie (party slot → the reviewer's affiliation), in the order of the case's parties. */
export function conflicts(pc: PreparedCase, pr: PreparedReviewer): Map<number, string> {
  const ties = new Map<number, string>();
  for (const a of pr.affiliations) {
    const byName = a.normalizedName.length > 0 ? pc.partiesByName.get(a.normalizedName) : undefined;
    const byIdentifier = a.identifier !== null ? pc.partiesByIdentifier.get(a.identifier) : undefined;
    for (const slot of byName ?? []) if (!ties.has(slot)) ties.set(slot, a.name);
    for (const slot of byIdentifier ?? []) if (!ties.has(slot)) ties.set(slot, a.name);
  }
  return new Map([...ties].sort((x, y) => x[0] - y[0]));
}

function hasConflict(pc: PreparedCase, pr: PreparedReviewer): boolean {
  for (const a of pr.affiliations) {
    if (a.normalizedName.length > 0 && pc.partiesByName.has(a.normalizedName)) return true;
    if (a.identifier !== null && pc.partiesByIdentifier.has(a.identifier)) return true;
  }
  return false;
}

/** The fast test used for ranking and batches; `disqualify` gives the same answer, with reasons. */
export function isEligible(pc: PreparedCase, pr: PreparedReviewer): boolean {
  return (
    pr.accountReasons.length === 0 && pr.practiceReasons.length === 0 &&
    pr.licenseUntil >= pc.dueDay && pr.nextLeave.from > pc.dueDay &&
    !pc.priorReviewers.has(pr.reviewer.reviewerId) &&
    matchedSpecialty(pc, pr) !== null && !hasConflict(pc, pr)
  );
}

export function disqualify(pc: PreparedCase, pr: PreparedReviewer, acceptedStates: string[]): Disqualification[] {
  const out: Disqualification[] = [...pr.accountReasons];
  const states = acceptedStates.join("/");
  if (pr.licenseUntil < pc.dueDay) {
    out.push(
      pr.unverifiedLicenseUntil >= pc.dueDay
        ? { code: "UNVERIFIED_CREDENTIAL", message: `The only active, unrestricted ${states} license valid through the due date is not verified.` }
        : { code: "NO_VALID_LICENSE", message: `No active, unrestricted ${states} license valid through the due date.` },
    );
  }
  if (matchedSpecialty(pc, pr) === null) {
    out.push(
      matchedSpecialty(pc, pr, false) !== null
        ? { code: "UNVERIFIED_CREDENTIAL", message: "The only current board certification in the case's specialty or a similar one is not verified." }
        : { code: "NO_MATCHING_CERTIFICATION", message: "No current board certification in the case's specialty or a similar one." },
    );
  }
  out.push(...pr.practiceReasons);
  for (const [slot, tie] of conflicts(pc, pr)) {
    out.push({ code: "CONFLICT_OF_INTEREST", message: `Affiliated with ${pc.partyLabels[slot]} (${tie}).` });
  }
  if (pc.priorReviewers.has(pr.reviewer.reviewerId)) {
    out.push({ code: "PRIOR_REVIEWER", message: "Reviewed an earlier IMR of this case that was appealed; the new review needs a different reviewer." });
  }
  if (pr.nextLeave.from <= pc.dueDay) {
    out.push({ code: "ON_LEAVE", message: `On leave ${isoDay(pr.nextLeave.from)} to ${isoDay(pr.nextLeave.to)}, before the due date ${isoDay(pc.dueDay)}.` });
  }
  return out;
}
