// Automatic assignment of one case: the best-ranked eligible reviewer (rank.ts), or, when
// there is none, the reasons summed over the panel so the case can be handled by hand.
// Pure; the caller loads the data and writes the assignment in its transaction, storing
// `assignmentScore` in Assignment.score so the choice can be explained later.
import { rankOnPanel, type RankedCandidate } from "./rank.ts";
import { preparePanel, type PreparedPanel } from "./panel.ts";
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from "./score.ts";
import type { CandidateVerdict } from "./qualify-reviewer.ts";
import type { CaseForMatching, QualificationRules, ReviewerForMatching } from "./types.ts";

export type AutoAssignChoice =
  { kind: "chosen"; candidate: RankedCandidate; runnersUp: RankedCandidate[] } | { kind: "none"; reason: string };

export function chooseReviewer(
  kase: CaseForMatching,
  reviewers: ReviewerForMatching[] | PreparedPanel,
  rules: QualificationRules,
  now: Date,
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): AutoAssignChoice {
  const panel = Array.isArray(reviewers) ? preparePanel(reviewers, rules, now, weights) : reviewers;
  const ranked = rankOnPanel(kase, panel);
  if (ranked.length === 0)
    return {
      kind: "none",
      reason: `No reviewer on the panel is eligible for this case (${panel.reviewers.length} screened).`,
    };
  return { kind: "chosen", candidate: ranked[0], runnersUp: ranked.slice(1, 4) };
}

/** The same choice from the admin screen's verdicts (qualified first, best first). */
export function bestVerdict(verdicts: CandidateVerdict[]): CandidateVerdict | null {
  const first = verdicts[0];
  return first && first.qualified ? first : null;
}

/** Why no reviewer qualifies: how many reviewers fail each rule, most common first. */
export function summarizeReasons(verdicts: CandidateVerdict[]): { code: string; reviewers: number }[] {
  const counts = new Map<string, number>();
  for (const v of verdicts)
    for (const code of new Set(v.reasons.map((r) => r.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .map(([code, n]) => ({ code, reviewers: n }))
    .sort((a, b) => b.reviewers - a.reviewers || a.code.localeCompare(b.code));
}

/** JSON for Assignment.score: the score and its parts as shown to the administrator. */
export function assignmentScore(candidate: Pick<RankedCandidate, "score" | "parts">): {
  score: number;
  parts: { label: string; points: number; explanation: string }[];
} {
  return {
    score: candidate.score,
    parts: candidate.parts.map(({ label, points, explanation }) => ({ label, points, explanation })),
  };
}
