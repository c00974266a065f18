// Batch assignment: capacity, priority when capacity is short, optimality (brute force on
// tiny instances), never worse than greedy, determinism, and the pruned-pairs certificate.
import {
  batchAssign,
  batchCost,
  buildBatchProblem,
  greedyAssign,
  solveGreedy,
  solveOptimal,
  type BatchProblem,
} from "@/lib/matching/batch-assign.ts";
import { DEFAULT_QUALIFICATION_RULES } from "@/lib/matching/types.ts";
import { aff, caseFor, cert, NOW, randomInstance, reviewer } from "./fixtures.ts";

const options = { rules: DEFAULT_QUALIFICATION_RULES, now: NOW };
const dueIn = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const pairs = (result: ReturnType<typeof batchAssign>) =>
  result.assignments.map((a) => `${a.caseId}>${a.reviewerId}`).sort();

/** Lowest total cost over every assignment that respects capacities. */
function bruteForce(problem: BatchProblem): number {
  const n = problem.cases.length;
  const choice = new Int32Array(n).fill(-1);
  const given = new Int32Array(problem.capacity.length);
  let best = Infinity;
  const visit = (c: number) => {
    if (c === n) {
      best = Math.min(best, batchCost(problem, choice).totalCost);
      return;
    }
    choice[c] = -1;
    visit(c + 1);
    problem.candidates[c].reviewer.forEach((r, j) => {
      if (given[r] >= problem.capacity[r]) return;
      given[r] += 1;
      choice[c] = j;
      visit(c + 1);
      given[r] -= 1;
      choice[c] = -1;
    });
  };
  visit(0);
  return best;
}

describe("batchAssign", () => {
  it("never gives a reviewer more than their remaining capacity (open and weekly)", () => {
    const cases = Array.from({ length: 6 }, (_, i) => caseFor({ caseId: `c-${i}` }));
    const panel = [
      reviewer({ reviewerId: "open-room-1", openCases: 9 }), // 1 open slot left
      reviewer({ reviewerId: "week-room-2", casesLast7Days: 13 }), // 2 weekly slots left
    ];
    const result = batchAssign(cases, panel, options);
    const count = (id: string) => result.assignments.filter((a) => a.reviewerId === id).length;
    expect([count("open-room-1"), count("week-room-2")]).toEqual([1, 2]);
    expect(result.unassigned).toHaveLength(3);
    expect(result.unassigned[0]).toEqual({
      caseId: expect.any(String),
      code: "NO_CAPACITY_LEFT",
      reason:
        "The remaining capacity of all 2 eligible reviewers went to other cases of this batch (expedited and nearly due first).",
    });
  });

  it("assigns expedited cases first, then the nearest due dates, when capacity is short", () => {
    const cases = [
      caseFor({ caseId: "standard-due-25", validThrough: dueIn(25) }),
      caseFor({ caseId: "expedited", reviewType: "EXPEDITED", validThrough: dueIn(3) }),
      caseFor({ caseId: "standard-due-5", validThrough: dueIn(5) }),
      caseFor({ caseId: "standard-due-12", validThrough: dueIn(12) }),
    ];
    const panel = [reviewer({ reviewerId: "a", openCases: 9 }), reviewer({ reviewerId: "b", openCases: 9 })];
    const result = batchAssign(cases, panel, options);
    expect(result.assignments.map((a) => a.caseId).sort()).toEqual(["expedited", "standard-due-5"]);
    expect(result.unassigned.map((u) => u.caseId)).toEqual(["standard-due-12", "standard-due-25"]);
  });

  it("prefers assigning more cases: a case with one eligible reviewer gets them", () => {
    // c-flexible could take either; c-only can take only "shared" (conflict with the other)
    const cases = [
      caseFor({ caseId: "c-flexible" }),
      caseFor({ caseId: "c-only", parties: [{ role: "EMPLOYER", name: "Globex", identifier: null }] }),
    ];
    const panel = [
      reviewer({ reviewerId: "shared", openCases: 9 }),
      reviewer({ reviewerId: "other", openCases: 9, casesLast7Days: 5, affiliations: [aff("Globex")] }),
    ];
    const result = batchAssign(cases, panel, options);
    expect(pairs(result)).toEqual(["c-flexible>other", "c-only>shared"]);
    expect(pairs(greedyAssign(cases, panel, options))).toEqual(["c-flexible>shared"]);
  });

  it("spreads a batch: the second case for the same reviewer costs what their score would lose", () => {
    const cases = [caseFor({ caseId: "c-1" }), caseFor({ caseId: "c-2" })];
    const panel = [reviewer({ reviewerId: "best" }), reviewer({ reviewerId: "second", casesLast7Days: 1 })];
    const result = batchAssign(cases, panel, options);
    expect(result.assignments.map((a) => a.reviewerId).sort()).toEqual(["best", "second"]);
    const both = batchAssign(cases, [reviewer({ reviewerId: "best" })], options);
    expect(both.assignments[1].parts.at(-1)?.explanation).toBe("2nd case for this reviewer in this batch (\u22125)");
    expect(both.assignments[1].score).toBe(both.assignments[0].score - 5);
  });

  it("says why a case has no eligible reviewer at all", () => {
    const result = batchAssign(
      [caseFor({ specialtyCode: "PSY", similarSpecialtyCodes: [] })],
      [reviewer(), reviewer({ reviewerId: "r-2", certifications: [cert({ specialtyCode: "PSY" })], hoursPerWeek: 10 })],
      options,
    );
    expect(result.unassigned).toEqual([
      {
        caseId: "case-1",
        code: "NO_ELIGIBLE_REVIEWER",
        reason:
          "No reviewer on the panel is eligible (2 screened: 1 no matching certification, 1 too few practice hours).",
      },
    ]);
  });

  it("handles an empty batch and an empty panel", () => {
    expect(batchAssign([], [reviewer()], options).assignments).toEqual([]);
    expect(batchAssign([caseFor()], [], options).unassigned.map((u) => u.code)).toEqual(["NO_ELIGIBLE_REVIEWER"]);
  });

  it.each(Array.from({ length: 20 }, (_, seed) => seed + 1))(
    "random instance %i: optimal (brute force) and never worse than greedy",
    (seed) => {
      const { cases, reviewers } = randomInstance(seed, 6, 5);
      const problem = buildBatchProblem(cases, reviewers, options);
      const optimal = batchCost(problem, solveOptimal(problem).choice).totalCost;
      expect(optimal).toBe(bruteForce(problem));
      expect(optimal).toBeLessThanOrEqual(batchCost(problem, solveGreedy(problem)).totalCost);
    },
  );

  it.each(Array.from({ length: 20 }, (_, seed) => 100 + seed))(
    "larger random instance %i: within capacity, never worse than greedy",
    (seed) => {
      const { cases, reviewers } = randomInstance(seed, 60, 40);
      const batch = batchAssign(cases, reviewers, options);
      const greedy = greedyAssign(cases, reviewers, options);
      expect(batch.cost.totalCost).toBeLessThanOrEqual(greedy.cost.totalCost);
      expect(batch.assignments.length).toBeGreaterThanOrEqual(greedy.assignments.length);
      expect(batch.assignments.length + batch.unassigned.length).toBe(60);
    },
  );

  it("with one arc per case to start, adds the left-out pairs it needs and reaches the same optimum", () => {
    for (const seed of [3, 5, 8, 13]) {
      const { cases, reviewers } = randomInstance(seed, 40, 30);
      const problem = buildBatchProblem(cases, reviewers, options);
      const full = solveOptimal(problem, 1_000);
      const pruned = solveOptimal(problem, 1);
      expect(batchCost(problem, pruned.choice).totalCost).toBe(batchCost(problem, full.choice).totalCost);
      expect(full.stats.rounds).toBe(1);
    }
  });

  it("is deterministic whatever the input order", () => {
    const { cases, reviewers } = randomInstance(42, 50, 30);
    const a = batchAssign(cases, reviewers, options);
    const b = batchAssign([...cases].reverse(), [...reviewers].reverse(), options);
    expect(b).toEqual(a);
  });
});
