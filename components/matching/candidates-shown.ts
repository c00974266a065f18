// Which candidates a waiting case's page lists. A panel of hundreds would list every
// reviewer with a score or a reason: the page shows the best-ranked qualified reviewers and
// the first of those not offered, each list with its total and a way to show all. Among
// those not offered, the ones held back by something about this case (a conflict, a possible
// conflict, an earlier review of it, a declined or withdrawn offer) come first: the other
// reasons (specialty, license, capacity, leave) are about the reviewer, whatever the case.
import { DECLINED_CODE, WITHDRAWN_CODE, type CaseCandidate } from "@/lib/cases/case-candidates.ts";

/** How many of each list the page shows until "Show all" is chosen. */
export const CANDIDATES_SHOWN = 20;

const ABOUT_THIS_CASE = new Set([
  "POSSIBLE_CONFLICT",
  "CONFLICT_OF_INTEREST",
  "PRIOR_REVIEWER",
  DECLINED_CODE,
  WITHDRAWN_CODE,
]);

const aboutThisCase = (c: CaseCandidate) => c.reasons.some((r) => ABOUT_THIS_CASE.has(r.code));

export type CandidatesShown = {
  qualified: CaseCandidate[];
  excluded: CaseCandidate[];
  qualifiedTotal: number;
  excludedTotal: number;
};

/** The lists as shown: qualified best first; not offered, those held back by this case first (each group in its order). */
export function candidatesShown(candidates: CaseCandidate[], all: boolean, limit = CANDIDATES_SHOWN): CandidatesShown {
  const qualified = candidates.filter((c) => c.qualified);
  const notOffered = candidates.filter((c) => !c.qualified);
  const excluded = [...notOffered.filter(aboutThisCase), ...notOffered.filter((c) => !aboutThisCase(c))];
  return {
    qualified: all ? qualified : qualified.slice(0, limit),
    excluded: all ? excluded : excluded.slice(0, limit),
    qualifiedTotal: qualified.length,
    excludedTotal: excluded.length,
  };
}

/** The candidates an administrator must answer for (a possible conflict), whatever the lists show. */
export const withPossibleConflict = (candidates: CaseCandidate[]) =>
  candidates.filter((c) => c.reasons.some((r) => r.possibleConflict));
