// A reviewer panel prepared once for a given day and rules, with an index from specialty
// to the reviewers certified in it: a case looks only at reviewers certified in its own or
// a similar specialty (no one else can qualify), so screening stays fast on large panels.
import { buildMentionIndex, candidateSlots, type MentionIndex } from "../identity/mention-index.ts";
import { californiaDay } from "./calendar.ts";
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from "./score.ts";
import { prepareReviewer, type PreparedCase, type PreparedReviewer } from "./prepare.ts";
import type { QualificationRules, ReviewerForMatching } from "./types.ts";

export type PreparedPanel = {
  rules: QualificationRules;
  now: Date;
  today: number;
  weights: RankingWeights;
  /** in reviewerId order */
  reviewers: PreparedReviewer[];
  bySpecialty: Map<string, number[]>;
};

export function preparePanel(
  reviewers: ReviewerForMatching[],
  rules: QualificationRules,
  now: Date,
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): PreparedPanel {
  // sorted by reviewerId, so that index order is id order: results never depend on input order
  const inOrder = reviewers.every((r, i) => i === 0 || reviewers[i - 1].reviewerId < r.reviewerId);
  const sorted = inOrder
    ? reviewers
    : [...reviewers].sort((a, b) => (a.reviewerId < b.reviewerId ? -1 : a.reviewerId > b.reviewerId ? 1 : 0));
  const prepared = sorted.map((r) => prepareReviewer(r, rules, now, weights));
  const bySpecialty = new Map<string, number[]>();
  prepared.forEach((pr, index) => {
    for (const { code } of pr.certs) {
      const list = bySpecialty.get(code);
      if (!list) bySpecialty.set(code, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  return { rules, now, today: californiaDay(now), weights, reviewers: prepared, bySpecialty };
}

/** Indexes (ascending) of the reviewers certified in any specialty the case accepts. */
export function certifiedFor(panel: PreparedPanel, pc: PreparedCase): number[] {
  let merged: number[] = [];
  for (const code of pc.acceptedCodes) {
    const list = panel.bySpecialty.get(code);
    if (list) merged = merged.length === 0 ? list : mergeSorted(merged, list);
  }
  return merged;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0,
    j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

// Every affiliation of the panel in one identity index (built on first use): a case's few
// parties are looked up in it once, instead of every reviewer's affiliations in the case's
// index, and only the reviewers it puts forward get the exact conflict test.
const affiliationIndexes = new WeakMap<PreparedPanel, { index: MentionIndex; owner: Int32Array }>();

function affiliationIndex(panel: PreparedPanel) {
  let built = affiliationIndexes.get(panel);
  if (!built) {
    const owners: number[] = [];
    const mentions = panel.reviewers.flatMap((pr, r) => pr.affiliations.map((a) => (owners.push(r), a.mention)));
    built = { index: buildMentionIndex(mentions), owner: Int32Array.from(owners) };
    affiliationIndexes.set(panel, built);
  }
  return built;
}

/**
 * For each reviewer of the panel (by index), 1 when one of their affiliations may be tied to a
 * party of the case (the identity index's blocking keys put it forward), else 0: a reviewer
 * marked 0 has no tie, whatever the full comparison would say; one marked 1 still gets it.
 */
export function mayBeTied(panel: PreparedPanel, pc: PreparedCase): Uint8Array {
  const { index, owner } = affiliationIndex(panel);
  const marked = new Uint8Array(panel.reviewers.length);
  for (const party of pc.parties.mentions)
    for (const slot of candidateSlots(index, party) ?? []) marked[owner[slot]] = 1;
  return marked;
}
