// The candidates for one case as an offer sees them: the matching screen of the whole
// panel (lib/matching: qualification, conflicts, capacity, ranking), then the reviewers
// who already declined this case, or whose offer of it an administrator withdrew, taken
// out (listed among those not offered, with when), so the case goes to someone else.
// Also the snapshot of the candidate list stored with each assignment (Assignment.candidates).
import type { Prisma } from "../db/generated/client.ts";
import { formatCaliforniaDate } from "../format/dates.ts";
import type { RankedCandidate } from "../matching/rank.ts";
import { screenCaseCandidates } from "./matching-data/screen-case-candidates.ts";
import type { PossibleConflict, ScorePart } from "../matching/types.ts";

export type CandidateReason = { code: string; message: string; possibleConflict?: PossibleConflict };
export type CaseCandidate = {
  reviewerId: string;
  name: string;
  qualified: boolean;
  reasons: CandidateReason[];
  score: number | null;
  scoreParts: ScorePart[];
};

export const DECLINED_CODE = "DECLINED_THIS_CASE";
export const WITHDRAWN_CODE = "OFFER_WITHDRAWN_THIS_CASE";

type EndedOffer = { code: typeof DECLINED_CODE | typeof WITHDRAWN_CODE; at: Date };

/** reviewerId -> how and when their offer of this case ended without a review (declined, or withdrawn by an administrator) */
export async function declinersOf(tx: Prisma.TransactionClient, caseId: string): Promise<Map<string, EndedOffer>> {
  const rows = await tx.assignment.findMany({
    where: { caseId, status: { in: ["DECLINED", "REVOKED"] } },
    select: { reviewerId: true, status: true, respondedAt: true, endedAt: true, assignedAt: true },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
  });
  // the latest ending wins when a reviewer has more than one
  return new Map(
    rows.map((r) => [
      r.reviewerId,
      r.status === "DECLINED"
        ? { code: DECLINED_CODE, at: r.respondedAt ?? r.assignedAt }
        : { code: WITHDRAWN_CODE, at: r.endedAt ?? r.assignedAt },
    ]),
  );
}

const endedMessage = (ended: EndedOffer) =>
  ended.code === DECLINED_CODE
    ? `Declined this case on ${formatCaliforniaDate(ended.at)}.`
    : `The offer of this case to them was withdrawn on ${formatCaliforniaDate(ended.at)}.`;

/** Every reviewer's verdict for the case, qualified first (best first), decliners and withdrawn offers excluded. */
export async function screenForOffer(
  tx: Prisma.TransactionClient,
  caseId: string,
  now: Date = new Date(),
): Promise<CaseCandidate[]> {
  const verdicts = await screenCaseCandidates(caseId, tx, now);
  const declined = await declinersOf(tx, caseId);
  if (declined.size === 0) return verdicts;
  const qualified: CaseCandidate[] = [];
  const excluded: CaseCandidate[] = [];
  for (const v of verdicts) {
    const ended = declined.get(v.reviewerId);
    if (!ended) (v.qualified ? qualified : excluded).push(v);
    else
      excluded.push({
        ...v,
        qualified: false,
        score: null,
        scoreParts: [],
        reasons: [...v.reasons, { code: ended.code, message: endedMessage(ended) }],
      });
  }
  excluded.sort((a, b) => a.name.localeCompare(b.name) || a.reviewerId.localeCompare(b.reviewerId));
  return [...qualified, ...excluded];
}

/** The best qualified candidate; ties on score go to the first in rank order. */
export const topCandidate = (candidates: CaseCandidate[]): CaseCandidate | null =>
  candidates[0]?.qualified ? candidates[0] : null;

const SNAPSHOT_LIMIT = 50;

/** What Assignment.candidates keeps: the ranked qualified list (up to 50) and why the others were not offered. */
export type CandidateSnapshot = {
  screened: number;
  qualified: number;
  ranked: { reviewerId: string; name: string; score: number }[];
  notOffered: Record<string, number>;
};

export function snapshotOfScreen(candidates: CaseCandidate[]): CandidateSnapshot {
  const qualified = candidates.filter((c) => c.qualified);
  const notOffered: Record<string, number> = {};
  for (const c of candidates)
    if (!c.qualified)
      for (const code of new Set(c.reasons.map((r) => r.code))) notOffered[code] = (notOffered[code] ?? 0) + 1;
  return {
    screened: candidates.length,
    qualified: qualified.length,
    ranked: qualified
      .slice(0, SNAPSHOT_LIMIT)
      .map((c) => ({ reviewerId: c.reviewerId, name: c.name, score: c.score ?? 0 })),
    notOffered,
  };
}

/** For a batch: the eligible reviewers as ranked before the batch (decliners already taken out). */
export function snapshotOfRanking(ranked: RankedCandidate[], screened: number): CandidateSnapshot {
  return {
    screened,
    qualified: ranked.length,
    ranked: ranked.slice(0, SNAPSHOT_LIMIT).map((c) => ({ reviewerId: c.reviewerId, name: c.name, score: c.score })),
    notOffered: {},
  };
}

const CODE_WORDS: Record<string, string> = {
  INACTIVE_ACCOUNT: "account disabled",
  NO_VALID_LICENSE: "no valid license",
  NO_MATCHING_CERTIFICATION: "no matching certification",
  UNVERIFIED_CREDENTIAL: "credential not verified",
  TOO_FEW_HOURS: "too few practice hours",
  DISCIPLINARY_HISTORY: "disciplinary history",
  CONFLICT_OF_INTEREST: "conflict of interest",
  POSSIBLE_CONFLICT: "possible conflict to confirm",
  PRIOR_REVIEWER: "reviewed the earlier IMR",
  AT_CAPACITY: "at capacity",
  ON_LEAVE: "on leave",
  [DECLINED_CODE]: "declined this case",
  [WITHDRAWN_CODE]: "offer withdrawn",
};

/** "No reviewer on the panel is qualified (32 screened: 12 no matching certification, 3 at capacity, 1 declined this case)." */
export function noCandidateMessage(candidates: CaseCandidate[]): string {
  const { notOffered } = snapshotOfScreen(candidates);
  const top = Object.entries(notOffered)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([code, n]) => `${n} ${CODE_WORDS[code] ?? code}`);
  return `No reviewer on the panel is qualified for this case (${candidates.length} screened${top.length ? `: ${top.join(", ")}` : ""}).`;
}
