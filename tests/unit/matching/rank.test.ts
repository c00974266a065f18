// The ranking: order between eligible reviewers, and every score with its parts in words.
import { rankCandidates } from "@/lib/matching/rank.ts";
import { screenReviewers } from "@/lib/matching/qualify-reviewer.ts";
import { chooseReviewer, summarizeReasons, assignmentScore, bestVerdict } from "@/lib/matching/auto-assign.ts";
import { DEFAULT_QUALIFICATION_RULES } from "@/lib/matching/types.ts";
import { caseFor, cert, license, NOW, reviewer } from "./fixtures.ts";

const NV_TOO = { acceptedLicenseStates: ["CA", "NV"], minHoursPerWeek: 24 };
const order = (...reviewers: Parameters<typeof reviewer>[0][]) =>
  rankCandidates(
    caseFor(),
    reviewers.map((r) => reviewer(r)),
    NV_TOO,
    NOW,
  ).map((c) => c.reviewerId);

describe("rankCandidates", () => {
  it("gives the score as the sum of its parts, in words", () => {
    const [top] = rankCandidates(
      caseFor(),
      [reviewer({ openCases: 3, casesLast7Days: 2, medianTurnaroundHours: 4.2 * 24 })],
      DEFAULT_QUALIFICATION_RULES,
      NOW,
    );
    expect(top.parts.map((p) => p.explanation)).toEqual([
      "Exact specialty match (+40)",
      "California license (+20)",
      "3 of 10 open cases (+14)",
      "2 cases in the last 7 days (\u22126)",
      "Median turnaround 4.2 days (+8)",
    ]);
    expect(top.parts.map((p) => p.label)).toEqual([
      "Specialty",
      "License",
      "Current load",
      "Recent assignments",
      "Turnaround",
    ]);
    expect(top.score).toBe(40 + 20 + 14 - 6 + 8);
    expect(top).toMatchObject({ specialtyMatch: "EXACT", californiaLicense: true, remainingCapacity: 7 });
  });

  it("words the other cases", () => {
    const r = reviewer({
      licenses: [license({ state: "NV" })],
      certifications: [cert({ specialtyCode: "NSURG" })],
      casesLast7Days: 1,
    });
    expect(rankCandidates(caseFor(), [r], NV_TOO, NOW)[0].parts.map((p) => p.explanation)).toEqual([
      "Similar specialty: certified in NSURG, the case is ORTH (+15)",
      "Licensed in NV, not California (+0)",
      "0 of 10 open cases (+20)",
      "1 case in the last 7 days (\u22123)",
      "No completed reviews in the last 180 days (+5)",
    ]);
  });

  it.each([
    [
      "exact specialty before similar",
      { reviewerId: "b" },
      { reviewerId: "a", certifications: [cert({ specialtyCode: "NSURG" })] },
    ],
    [
      "California license before another accepted state",
      { reviewerId: "b" },
      { reviewerId: "a", licenses: [license({ state: "NV" })] },
    ],
    ["lower load first", { reviewerId: "b", openCases: 1 }, { reviewerId: "a", openCases: 6 }],
    [
      "load is measured against capacity",
      { reviewerId: "b", openCases: 2, maxOpenCases: 10 },
      { reviewerId: "a", openCases: 2, maxOpenCases: 4 },
    ],
    ["fewer recent assignments first", { reviewerId: "b", casesLast7Days: 0 }, { reviewerId: "a", casesLast7Days: 3 }],
    [
      "faster turnaround first",
      { reviewerId: "b", medianTurnaroundHours: 72 },
      { reviewerId: "a", medianTurnaroundHours: 240 },
    ],
    [
      "a fast record beats no record",
      { reviewerId: "b", medianTurnaroundHours: 48 },
      { reviewerId: "a", medianTurnaroundHours: null },
    ],
    [
      "no record beats a slow one",
      { reviewerId: "b", medianTurnaroundHours: null },
      { reviewerId: "a", medianTurnaroundHours: 400 },
    ],
    ["equal scores: smaller reviewerId first", { reviewerId: "a" }, { reviewerId: "b" }],
  ])("%s", (_label, better, worse) => {
    expect(order(worse, better)).toEqual([better.reviewerId, worse.reviewerId]);
    expect(order(better, worse)).toEqual([better.reviewerId, worse.reviewerId]);
  });

  it("with equal workloads, the specialty outweighs the license", () => {
    const ranked = order(
      { reviewerId: "similar-ca", certifications: [cert({ specialtyCode: "NSURG" })] },
      { reviewerId: "exact-nv", licenses: [license({ state: "NV" })] },
      { reviewerId: "exact-ca" },
    );
    expect(ranked).toEqual(["exact-ca", "exact-nv", "similar-ca"]);
  });

  it("points add up: a nearly full exact reviewer falls behind an idle similar one", () => {
    const idleSimilar = { reviewerId: "idle-similar", certifications: [cert({ specialtyCode: "NSURG" })] };
    expect(order(idleSimilar, { reviewerId: "busy-exact", openCases: 8, casesLast7Days: 2 })).toEqual([
      "busy-exact",
      "idle-similar",
    ]);
    expect(order(idleSimilar, { reviewerId: "full-exact", openCases: 9, casesLast7Days: 3 })).toEqual([
      "idle-similar",
      "full-exact",
    ]);
  });

  it("leaves out reviewers who are not eligible", () => {
    expect(
      order(
        { reviewerId: "ok" },
        { reviewerId: "full", openCases: 10 },
        { reviewerId: "old", licenses: [license({ expiresOn: new Date("2025-01-01") })] },
      ),
    ).toEqual(["ok"]);
  });

  it("does not depend on the panel's order", () => {
    const panel = Array.from({ length: 30 }, (_, i) =>
      reviewer({ reviewerId: `r-${i}`, openCases: i % 5, casesLast7Days: i % 3 }),
    );
    const forward = rankCandidates(caseFor(), panel, DEFAULT_QUALIFICATION_RULES, NOW);
    const backward = rankCandidates(caseFor(), [...panel].reverse(), DEFAULT_QUALIFICATION_RULES, NOW);
    expect(backward).toEqual(forward);
  });
});

describe("screenReviewers with scores", () => {
  it("puts qualified reviewers first by rank, with score and parts; others have none", () => {
    const verdicts = screenReviewers(
      [
        reviewer({ reviewerId: "busy", name: "A Busy", openCases: 9 }),
        reviewer({ reviewerId: "idle", name: "Z Idle" }),
        reviewer({ reviewerId: "out", name: "M Out", hoursPerWeek: 5 }),
      ],
      caseFor(),
      DEFAULT_QUALIFICATION_RULES,
      NOW,
    );
    expect(verdicts.map((v) => [v.reviewerId, v.qualified, v.score])).toEqual([
      ["idle", true, 85],
      ["busy", true, 67],
      ["out", false, null],
    ]);
    expect(verdicts[0].scoreParts).toHaveLength(5);
    expect(verdicts[2].scoreParts).toEqual([]);
    expect(bestVerdict(verdicts)?.reviewerId).toBe("idle");
    expect(bestVerdict(verdicts.slice(2))).toBeNull();
    expect(summarizeReasons(verdicts)).toEqual([{ code: "TOO_FEW_HOURS", reviewers: 1 }]);
  });
});

describe("chooseReviewer (auto-assign one case)", () => {
  it("chooses the first of the ranking", () => {
    const panel = [
      reviewer({ reviewerId: "b", openCases: 5 }),
      reviewer({ reviewerId: "a", openCases: 1 }),
      reviewer({ reviewerId: "c", openCases: 3 }),
    ];
    const choice = chooseReviewer(caseFor(), panel, DEFAULT_QUALIFICATION_RULES, NOW);
    expect(
      choice.kind === "chosen" && [choice.candidate.reviewerId, ...choice.runnersUp.map((r) => r.reviewerId)],
    ).toEqual(["a", "c", "b"]);
    if (choice.kind === "chosen") expect(assignmentScore(choice.candidate).score).toBe(choice.candidate.score);
  });

  it("says why when no one is eligible", () => {
    expect(chooseReviewer(caseFor(), [reviewer({ active: false })], DEFAULT_QUALIFICATION_RULES, NOW)).toEqual({
      kind: "none",
      reason: "No reviewer on the panel is eligible for this case (1 screened).",
    });
  });
});
