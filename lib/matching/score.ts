// How eligible reviewers are ranked for a case. Higher score = better candidate. The hard
// rules (hard-constraints.ts) only say who may review; among those, the portal prefers,
// following the same rules (Labor Code 139.5 and 4610.6; 8 CCR 9792.10.5): certification in
// the case's own specialty over a similar one, a California license (the published letters
// state the reviewer is licensed in California), then a fair spread of work (current load
// against capacity, recent assignments) and timeliness (median turnaround; late
// determinations are reported, 8 CCR 9792.10.6). Every point is explained in words.
// Points add up, they are not a strict order: with equal workloads the specialty decides,
// then the license (exact out of state 40 > similar in California 15 + 20); a nearly full
// exact-specialty reviewer can fall behind an idle similar-specialty one.
import type { ReviewerForMatching, ScorePart } from "./types.ts";

export type RankingWeights = {
  exactSpecialty: number;
  similarSpecialty: number;
  californiaLicense: number;
  /** full points with no open case, none at capacity */
  load: number;
  /** taken off per case assigned in the last 7 days */
  perRecentCase: number;
  /** full points at or under `turnaroundBestDays`, none at or over `turnaroundWorstDays` */
  turnaround: number;
  turnaroundBestDays: number;
  turnaroundWorstDays: number;
  /** a reviewer without completed reviews in the last 180 days: neither rewarded nor punished much */
  noTurnaroundHistory: number;
};

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  exactSpecialty: 40,
  similarSpecialty: 15,
  californiaLicense: 20,
  load: 20,
  perRecentCase: 3,
  turnaround: 10,
  turnaroundBestDays: 2,
  turnaroundWorstDays: 12,
  noTurnaroundHistory: 5,
};

/** The best score any reviewer can get; batch costs are measured down from it. */
export function maxScore(w: RankingWeights): number {
  return (
    Math.max(w.exactSpecialty, w.similarSpecialty) +
    w.californiaLicense +
    w.load +
    Math.max(w.turnaround, w.noTurnaroundHistory)
  );
}

export const formatPoints = (points: number): string => (points < 0 ? `\u2212${-points}` : `+${points}`);
const part = (label: string, points: number, text: string): ScorePart => ({
  label,
  points,
  explanation: `${text} (${formatPoints(points)})`,
});
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function specialtyPart(caseSpecialty: string, certifiedIn: string, w: RankingWeights): ScorePart {
  return certifiedIn === caseSpecialty
    ? part("Specialty", w.exactSpecialty, "Exact specialty match")
    : part(
        "Specialty",
        w.similarSpecialty,
        `Similar specialty: certified in ${certifiedIn}, the case is ${caseSpecialty}`,
      );
}

export function licensePart(californiaLicense: boolean, otherStates: string[], w: RankingWeights): ScorePart {
  return californiaLicense
    ? part("License", w.californiaLicense, "California license")
    : part("License", 0, `Licensed in ${otherStates.join(", ") || "another state"}, not California`);
}

export function loadPoints(openCases: number, maxOpenCases: number, w: RankingWeights): number {
  if (maxOpenCases <= 0) return 0;
  return Math.max(0, Math.round(w.load * (1 - openCases / maxOpenCases)));
}

export function turnaroundPoints(medianHours: number, w: RankingWeights): number {
  const days = medianHours / 24;
  const span = w.turnaroundWorstDays - w.turnaroundBestDays;
  const share = span > 0 ? (w.turnaroundWorstDays - days) / span : days <= w.turnaroundBestDays ? 1 : 0;
  return Math.round(w.turnaround * Math.min(1, Math.max(0, share)));
}

const recentPoints = (r: ReviewerForMatching, w: RankingWeights) =>
  r.casesLast7Days === 0 ? 0 : -r.casesLast7Days * w.perRecentCase;
const historyPoints = (r: ReviewerForMatching, w: RankingWeights) =>
  r.medianTurnaroundHours === null ? w.noTurnaroundHistory : turnaroundPoints(r.medianTurnaroundHours, w);

/** The points that depend on the reviewer alone: the sum of `workloadParts`, without words. */
export function workloadPoints(r: ReviewerForMatching, w: RankingWeights): number {
  return loadPoints(r.openCases, r.maxOpenCases, w) + recentPoints(r, w) + historyPoints(r, w);
}

/** The parts that depend on the reviewer alone: load, recent assignments, turnaround. */
export function workloadParts(r: ReviewerForMatching, w: RankingWeights): ScorePart[] {
  const recent = r.casesLast7Days;
  const median = r.medianTurnaroundHours;
  return [
    part("Current load", loadPoints(r.openCases, r.maxOpenCases, w), `${r.openCases} of ${r.maxOpenCases} open cases`),
    part(
      "Recent assignments",
      recentPoints(r, w),
      recent === 0 ? "No cases in the last 7 days" : `${plural(recent, "case")} in the last 7 days`,
    ),
    part(
      "Turnaround",
      historyPoints(r, w),
      median === null
        ? "No completed reviews in the last 180 days"
        : `Median turnaround ${(median / 24).toFixed(1)} days`,
    ),
  ];
}

/** What one more case in the same batch costs a reviewer: a recent case and an open case more. */
export function batchStepPoints(reviewer: ReviewerForMatching, w: RankingWeights): number {
  const perOpenCase = reviewer.maxOpenCases > 0 ? w.load / reviewer.maxOpenCases : 0;
  return Math.max(0, Math.round(w.perRecentCase + perOpenCase));
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

export function batchLoadPart(slot: number, step: number): ScorePart {
  const nth = ordinal(slot + 1);
  return part("Batch load", -slot * step, `${nth} case for this reviewer in this batch`);
}

export const sumPoints = (parts: ScorePart[]): number => parts.reduce((total, p) => total + p.points, 0);
