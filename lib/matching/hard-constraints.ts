// The hard constraints on who may review a case. A reviewer failing any one is not
// eligible, and every failure is reported with its reason:
// - an active, unrestricted license in an accepted state (California unless a setting adds
//   others), valid through the due date (Labor Code 4610.6(e); 8 CCR 9792.10.5);
// - a current board certification in the case's specialty or a similar one (the
//   SpecialtySimilarity table), valid through the due date;
// - credentials verified: an unverified license or certification does not count;
// - active clinical practice of at least the set hours a week; no disciplinary history (a
//   license revoked, suspended or surrendered in any state counts; prepare.ts);
// - no material professional, familial or financial affiliation with any party: employee,
//   employer, claims administrator or insurer, UR organization and UR reviewer, requesting
//   physician and their medical group, facility, maker of a disputed drug or device
//   (Labor Code 139.5 and 4610.6; 8 CCR 9792.10.5), decided by the identity core
//   (lib/identity): the same or strongly matching names, identifiers (NPI) or directory
//   entries (a parent or subsidiary counts) exclude; a possible match excludes until an
//   administrator dismisses it (ConflictDecision), and is shown as needing confirmation;
// - not a reviewer of an earlier IMR of the same case that was appealed: a reversed
//   determination goes back for review by a different reviewer (Labor Code 4610.6(i));
// - capacity (open cases and cases this week under the reviewer's limits) and no leave
//   between today and the due date.
// Dates are calendar dates: a credential expiring on the due date is valid that day, and the
// due date is the California day of the due instant (calendar.ts), never its UTC day.
import type { MatchVerdict } from "../identity/compare.ts";
import { findMatches } from "../identity/mention-index.ts";
import { foldString } from "../redaction/fold.ts";
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

export type Tie = { slot: number; affiliationName: string; verdict: MatchVerdict; pairKey: string };

const folded = (name: string) => foldString(name).toLowerCase().replace(/\s+/g, " ").trim();
/** What an administrator's answer is filed under: the two names, folded, and who the party is. */
export const conflictPairKey = (affiliationName: string, partyLabel: string, partyName: string): string =>
  `${folded(affiliationName)}|${partyLabel}|${folded(partyName)}`;

/** Every party slot the reviewer's affiliations may be tied to (identity core: not DIFFERENT), in party order. */
export function ties(pc: PreparedCase, pr: PreparedReviewer): Tie[] {
  const bySlot = new Map<number, Tie>();
  for (const a of pr.affiliations) {
    for (const { slot, verdict } of findMatches(pc.parties, a.mention)) {
      const known = bySlot.get(slot);
      if (!known || STRENGTH_ORDER[verdict.strength] < STRENGTH_ORDER[known.verdict.strength]) {
        bySlot.set(slot, {
          slot,
          affiliationName: a.name,
          verdict,
          pairKey: conflictPairKey(a.name, pc.partyLabels[slot], pc.partyNames[slot]),
        });
      }
    }
  }
  return [...bySlot.values()].sort((x, y) => x.slot - y.slot);
}

const STRENGTH_ORDER = { EXACT: 0, STRONG: 1, POSSIBLE: 2, DIFFERENT: 3 } as const;

/** A tie excludes when the names are the same (exact or strong) or an administrator confirmed a possible one. */
type TieState = "conflict" | "possible" | "dismissed";

/** What a tie means for the reviewer, given the administrators' answers (the pair key is built only when one may exist). */
function stateOf(
  pc: PreparedCase,
  pr: PreparedReviewer,
  strength: MatchVerdict["strength"],
  pairKey: () => string,
): TieState {
  if (strength !== "POSSIBLE") return "conflict";
  const answer = pc.decisions.size === 0 ? undefined : pc.decisions.get(`${pr.reviewer.reviewerId}|${pairKey()}`);
  return answer === "CONFIRMED" ? "conflict" : answer === "DISMISSED" ? "dismissed" : "possible";
}

const tieState = (pc: PreparedCase, pr: PreparedReviewer, tie: Tie): TieState =>
  stateOf(pc, pr, tie.verdict.strength, () => tie.pairKey);

function hasConflict(pc: PreparedCase, pr: PreparedReviewer): boolean {
  for (const a of pr.affiliations) {
    for (const { slot, verdict } of findMatches(pc.parties, a.mention)) {
      const pairKey = () => conflictPairKey(a.name, pc.partyLabels[slot], pc.partyNames[slot]);
      if (stateOf(pc, pr, verdict.strength, pairKey) !== "dismissed") return true;
    }
  }
  return false;
}

/**
 * The fast test used for ranking and batches; `disqualify` gives the same answer, with reasons.
 * `mayBeTied` false (panel.ts screened the case's parties against the whole panel) skips the
 * conflict test for a reviewer none of whose affiliations can be tied to a party.
 */
export function isEligible(pc: PreparedCase, pr: PreparedReviewer, mayBeTied = true): boolean {
  return (
    pr.accountReasons.length === 0 &&
    pr.practiceReasons.length === 0 &&
    pr.licenseUntil >= pc.dueDay &&
    pr.nextLeave.from > pc.dueDay &&
    !pc.priorReviewers.has(pr.reviewer.reviewerId) &&
    matchedSpecialty(pc, pr) !== null &&
    !(mayBeTied && hasConflict(pc, pr))
  );
}

export function disqualify(pc: PreparedCase, pr: PreparedReviewer, acceptedStates: string[]): Disqualification[] {
  const out: Disqualification[] = [...pr.accountReasons];
  const states = acceptedStates.join("/");
  if (pr.licenseUntil < pc.dueDay) {
    out.push(
      pr.unverifiedLicenseUntil >= pc.dueDay
        ? {
            code: "UNVERIFIED_CREDENTIAL",
            message: `The only active, unrestricted ${states} license valid through the due date is not verified.`,
          }
        : {
            code: "NO_VALID_LICENSE",
            message: `No active, unrestricted ${states} license valid through the due date.`,
          },
    );
  }
  if (matchedSpecialty(pc, pr) === null) {
    out.push(
      matchedSpecialty(pc, pr, false) !== null
        ? {
            code: "UNVERIFIED_CREDENTIAL",
            message: "The only current board certification in the case's specialty or a similar one is not verified.",
          }
        : {
            code: "NO_MATCHING_CERTIFICATION",
            message: "No current board certification in the case's specialty or a similar one.",
          },
    );
  }
  out.push(...pr.practiceReasons);
  for (const tie of pr.affiliations.length > 0 ? ties(pc, pr) : []) {
    const state = tieState(pc, pr, tie);
    const label = pc.partyLabels[tie.slot],
      party = pc.partyNames[tie.slot];
    if (state === "conflict") {
      const confirmed = tie.verdict.strength === "POSSIBLE" ? "confirmed by an administrator: " : "";
      out.push({
        code: "CONFLICT_OF_INTEREST",
        message: `Affiliated with ${label} (${tie.affiliationName}; ${confirmed}${tie.verdict.reason}).`,
      });
    } else if (state === "possible") {
      out.push({
        code: "POSSIBLE_CONFLICT",
        message: `Needs confirmation: the affiliation “${tie.affiliationName}” may be ${label}, “${party}” (${tie.verdict.reason}).`,
        possibleConflict: {
          pairKey: tie.pairKey,
          affiliationName: tie.affiliationName,
          partyName: party,
          partyLabel: label,
          reason: tie.verdict.reason,
        },
      });
    }
  }
  if (pc.priorReviewers.has(pr.reviewer.reviewerId)) {
    out.push({
      code: "PRIOR_REVIEWER",
      message: "Reviewed an earlier IMR of this case that was appealed; the new review needs a different reviewer.",
    });
  }
  if (pr.nextLeave.from <= pc.dueDay) {
    out.push({
      code: "ON_LEAVE",
      message: `On leave ${isoDay(pr.nextLeave.from)} to ${isoDay(pr.nextLeave.to)}, before the due date ${isoDay(pc.dueDay)}.`,
    });
  }
  return out;
}
