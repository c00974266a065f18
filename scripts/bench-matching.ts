// Matching benchmark (`npm run bench:matching`): a seeded synthetic panel, then
// 1. ranking one case against 10,000 reviewers (median over 30 cases),
// 2. batch assignment of 1,000 cases over 2,000 reviewers (min-cost flow), and
// 3. the batch's total cost against a greedy assignment of the same input.
// Goals: ranking under 50 ms, batch under 2 s, batch never worse than greedy (exit 1 if worse).
import { performance } from "node:perf_hooks";
import { SIMILAR_SPECIALTIES, SPECIALTIES } from "../tools/demo/specialties.ts";
import { normalizeName } from "../lib/matching/normalize-name.ts";
import { preparePanel } from "../lib/matching/panel.ts";
import { rankCandidates, rankOnPanel } from "../lib/matching/rank.ts";
import { buildBatchProblem, batchCost, solveGreedy, solveOptimal } from "../lib/matching/batch-assign.ts";
import { batchResult } from "../lib/matching/batch-result.ts";
import type { CaseForMatching, QualificationRules, ReviewerForMatching } from "../lib/matching/types.ts";
import { seededRandom } from "../tests/support/seeded-random.ts";

const SEED = 20261127;
const NOW = new Date("2026-11-27T17:00:00.000Z");
const DAY = 86_400_000;
const RULES: QualificationRules = { acceptedLicenseStates: ["CA", "NV", "AZ", "OR"], minHoursPerWeek: 24 };

const random = seededRandom(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const chance = (p: number) => random() < p;
const days = (n: number) => new Date(NOW.getTime() + n * DAY);

// How common each specialty is among IMR cases and on the panel (musculoskeletal first).
const SHARE: Record<string, number> = {
  PMR: 18,
  ORTH: 16,
  PAIN: 12,
  OCC: 9,
  FM: 7,
  IM: 7,
  ANES: 6,
  NSURG: 6,
  NEURO: 6,
  PSY: 7,
  RHEUM: 3,
  PLAS: 3,
};
const weighted = SPECIALTIES.flatMap(([code]) => Array<string>(SHARE[code] ?? 1).fill(code));
const similarTo = new Map<string, string[]>(SPECIALTIES.map(([code]) => [code, []]));
for (const [a, b] of SIMILAR_SPECIALTIES) {
  similarTo.get(a)!.push(b);
  similarTo.get(b)!.push(a);
}
const ORGS = Array.from(
  { length: 300 },
  (_, i) =>
    `${pick(["Pacific", "Golden", "Sierra", "Bay", "Coastal", "Valley"])} ${pick(["Claims", "Health", "Logistics", "Foods", "Builders", "Ortho"])} ${i} ${pick(["Inc.", "LLC", "Co.", "Group"])}`,
);
const PHYSICIANS = Array.from({ length: 400 }, (_, i) => ({
  name: `Dr. ${pick(["Ana", "Ben", "Chen", "Dev", "Eva"])} ${pick(["Lee", "Patel", "Garcia", "Nguyen", "Smith"])} ${i}, MD`,
  npi: String(1_000_000_000 + i * 7919),
}));

function makeReviewer(i: number): ReviewerForMatching {
  const certs = [pick(weighted), ...(chance(0.2) ? [pick(weighted)] : [])];
  const states = chance(0.8) ? ["CA", ...(chance(0.1) ? [pick(["NV", "AZ"])] : [])] : [pick(["NV", "AZ", "OR", "TX"])];
  const maxOpenCases = int(3, 10),
    maxCasesPerWeek = int(3, 8);
  const affiliations = Array.from({ length: int(0, 4) }, () => {
    const p = chance(0.4) ? pick(PHYSICIANS) : null;
    const name = p ? p.name : pick(ORGS);
    return {
      kind: p ? "PHYSICIAN" : "EMPLOYER",
      name,
      normalizedName: normalizeName(name),
      identifier: p && chance(0.5) ? p.npi : null,
    };
  });
  return {
    reviewerId: `rev-${String(i).padStart(5, "0")}`,
    name: `Reviewer ${i}`,
    active: chance(0.98),
    hoursPerWeek: int(16, 50),
    disciplinaryHistory: chance(0.02),
    licenses: states.map((state) => ({
      state,
      status: chance(0.97) ? "ACTIVE" : "INACTIVE",
      restricted: chance(0.02),
      expiresOn: days(int(-30, 900)),
      verifiedAt: chance(0.97) ? days(-200) : null,
    })),
    certifications: certs.map((specialtyCode) => ({
      specialtyCode,
      expiresOn: days(int(-20, 2000)),
      verifiedAt: chance(0.97) ? days(-200) : null,
    })),
    affiliations,
    maxOpenCases,
    maxCasesPerWeek,
    openCases: Math.max(0, maxOpenCases - int(0, 4)),
    casesLast7Days: int(0, maxCasesPerWeek - 1),
    medianTurnaroundHours: chance(0.75) ? int(36, 360) : null,
    leaves: chance(0.05) ? [{ startsOn: days(int(0, 40)), endsOn: days(int(41, 60)) }] : [],
  };
}

function makeCase(i: number, reviewerIds: string[]): CaseForMatching {
  const specialtyCode = pick(weighted);
  const reviewType = chance(0.08) ? "EXPEDITED" : chance(0.05) ? "FORMULARY" : "STANDARD";
  const physician = pick(PHYSICIANS);
  return {
    caseId: `case-${String(i).padStart(5, "0")}`,
    reviewType,
    specialtyCode,
    similarSpecialtyCodes: similarTo.get(specialtyCode) ?? [],
    parties: [
      { role: "EMPLOYEE", name: `Worker ${i}`, identifier: null },
      { role: "EMPLOYER", name: pick(ORGS), identifier: null },
      { role: "CLAIMS_ADMINISTRATOR", name: pick(ORGS), identifier: null },
      { role: "REQUESTING_PHYSICIAN", name: physician.name, identifier: physician.npi, organization: pick(ORGS) },
      { role: "UR_ORGANIZATION", name: pick(ORGS), identifier: null },
      ...(chance(0.3) ? [{ role: "FACILITY", name: pick(ORGS), identifier: null }] : []),
    ],
    validThrough: days(reviewType === "EXPEDITED" ? int(1, 3) : int(2, 30)),
    priorReviewerIds: chance(0.03) ? [pick(reviewerIds)] : [],
  };
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
const n = (x: number) => x.toLocaleString("en-US");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

// 1. Ranking one case against 10,000 reviewers.
const bigPanel = Array.from({ length: 10_000 }, (_, i) => makeReviewer(i));
const ids = bigPanel.map((r) => r.reviewerId);
const probes = Array.from({ length: 30 }, (_, i) => makeCase(i, ids));
for (const probe of probes.slice(0, 3)) rankCandidates(probe, bigPanel, RULES, NOW); // warm-up
const rankTimes: number[] = [],
  eligibleCounts: number[] = [];
for (const probe of probes) {
  const [ranked, t] = time(() => rankCandidates(probe, bigPanel, RULES, NOW));
  rankTimes.push(t);
  eligibleCounts.push(ranked.length);
}
const [prepared, prepareTime] = time(() => preparePanel(bigPanel, RULES, NOW));
const preparedTimes = probes.map((probe) => time(() => rankOnPanel(probe, prepared))[1]);

// 2. Batch: 1,000 cases over 2,000 reviewers; 3. greedy on the same problem.
const panel = bigPanel.slice(0, 2_000);
const cases = Array.from({ length: 1_000 }, (_, i) => makeCase(1_000 + i, ids.slice(0, 2_000)));
const [problem, buildTime] = time(() => buildBatchProblem(cases, panel, { rules: RULES, now: NOW }));
const [optimal, solveTime] = time(() => solveOptimal(problem));
const [batch, resultTime] = time(() => batchResult(problem, optimal.choice, optimal.stats));
const [greedyChoice, greedyTime] = time(() => solveGreedy(problem));
const greedy = batchCost(problem, greedyChoice);
const batchTime = buildTime + solveTime + resultTime;
const assigned = (choice: Int32Array) => choice.filter((p) => p >= 0).length;
const expedited = (choice: Int32Array) =>
  problem.cases.filter((pc, c) => pc.kase.reviewType === "EXPEDITED" && choice[c] >= 0).length;
const expeditedTotal = problem.cases.filter((pc) => pc.kase.reviewType === "EXPEDITED").length;
const capacity = problem.capacity.reduce((a, b) => a + b, 0);
const gap = greedy.totalCost > 0 ? ((greedy.totalCost - batch.cost.totalCost) / greedy.totalCost) * 100 : 0;
const fmtCost = (c: { totalCost: number; pairCost: number; spreadCost: number; unassignedPenalty: number }) =>
  `${n(c.totalCost)} (pairs ${n(c.pairCost)} + spread ${n(c.spreadCost)} + unassigned ${n(c.unassignedPenalty)})`;

console.log(`Matching benchmark, seed ${SEED}, Node ${process.version}`);
console.log(
  `Ranking one case against 10,000 reviewers: median ${ms(median(rankTimes))} over ${rankTimes.length} cases (median ${n(median(eligibleCounts))} eligible)`,
);
console.log(`  on a panel prepared once (${ms(prepareTime)} to prepare): median ${ms(median(preparedTimes))}`);
console.log(
  `Batch of 1,000 cases over 2,000 reviewers: ${ms(batchTime)} (screening and scoring ${ms(buildTime)}, min-cost flow ${ms(solveTime)}, result ${ms(resultTime)})`,
);
console.log(
  `  ${n(batch.stats.eligiblePairs)} eligible pairs, ${n(optimal.stats.arcs)} given to the solver (top 50 per case, the greedy choice, each reviewer's cheapest cases), ${optimal.stats.rounds} round(s), ${optimal.stats.phases} phases; ${n(capacity)} free slots`,
);
console.log(`Greedy on the same input: ${ms(greedyTime)}`);
console.log(
  `Assigned: batch ${assigned(optimal.choice)} of ${cases.length} (expedited ${expedited(optimal.choice)} of ${expeditedTotal}), greedy ${assigned(greedyChoice)} of ${cases.length} (expedited ${expedited(greedyChoice)} of ${expeditedTotal})`,
);
console.log(`Total cost: batch ${fmtCost(batch.cost)}`);
console.log(`            greedy ${fmtCost(greedy)}`);
console.log(`Gap: the batch costs ${gap.toFixed(2)}% less than greedy`);
const goals = [
  [`ranking under 50 ms`, median(rankTimes) < 50],
  [`batch under 2 s`, batchTime < 2_000],
  [`batch never worse than greedy`, batch.cost.totalCost <= greedy.totalCost],
] as const;
console.log(`Goals: ${goals.map(([label, ok]) => `${label} ${ok ? "met" : "MISSED"}`).join("; ")}`);
if (batch.cost.totalCost > greedy.totalCost) process.exit(1);
