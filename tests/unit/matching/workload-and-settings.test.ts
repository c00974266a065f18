// The settings loader's parsing, and the score's arithmetic.
import { parseMatchingSettings } from "@/lib/matching/matching-settings.ts";
import { rankCandidates, rankOnPanel } from "@/lib/matching/rank.ts";
import { preparePanel } from "@/lib/matching/panel.ts";
import {
  DEFAULT_RANKING_WEIGHTS,
  loadPoints,
  sumPoints,
  turnaroundPoints,
  workloadParts,
  workloadPoints,
} from "@/lib/matching/score.ts";
import { utcDay } from "@/lib/matching/calendar.ts";
import { normalizeIdentifier } from "@/lib/matching/normalize-name.ts";
import { DEFAULT_QUALIFICATION_RULES } from "@/lib/matching/types.ts";
import { caseFor, int, NOW, randomInstance, reviewer, rng } from "./fixtures.ts";

describe("parseMatchingSettings", () => {
  const parse = (states: unknown, hours: unknown) =>
    parseMatchingSettings([
      { key: "matching.acceptedLicenseStates", value: states },
      { key: "matching.minHoursPerWeek", value: hours },
    ]);

  it("uses the defaults without rows", () => {
    expect(parseMatchingSettings([])).toEqual(DEFAULT_QUALIFICATION_RULES);
  });
  it.each<[string, unknown, unknown, { acceptedLicenseStates: string[]; minHoursPerWeek: number }]>([
    ["valid values", ["CA", "NV"], 20, { acceptedLicenseStates: ["CA", "NV"], minHoursPerWeek: 20 }],
    [
      "states trimmed, upper-cased, deduplicated",
      [" ca", "nv", "CA"],
      24,
      { acceptedLicenseStates: ["CA", "NV"], minHoursPerWeek: 24 },
    ],
    ["hours as a numeric string", ["CA"], "30", { acceptedLicenseStates: ["CA"], minHoursPerWeek: 30 }],
    ["an empty state list falls back", [], 24, { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 }],
    ["a malformed state falls back", ["California"], 24, { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 }],
    ["not a list falls back", "CA", 24, { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 }],
    ["negative hours fall back", ["CA"], -1, { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 }],
    ["more hours than a week falls back", ["CA"], 169, { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 }],
    ["hours as words fall back", ["CA"], "many", { acceptedLicenseStates: ["CA"], minHoursPerWeek: 24 }],
  ])("%s", (_label, states, hours, expected) => {
    expect(parse(states, hours)).toEqual(expected);
  });
});

describe("score arithmetic", () => {
  it.each([
    [0, 10, 20],
    [3, 10, 14],
    [10, 10, 0],
    [5, 4, 0],
    [1, 0, 0],
  ])("load %i of %i open cases = %i points", (open, max, points) => {
    expect(loadPoints(open, max, DEFAULT_RANKING_WEIGHTS)).toBe(points);
  });
  it.each([
    [24, 10],
    [48, 10],
    [4.2 * 24, 8],
    [7 * 24, 5],
    [12 * 24, 0],
    [30 * 24, 0],
  ])("turnaround %f hours = %i points", (hours, points) => {
    expect(turnaroundPoints(hours, DEFAULT_RANKING_WEIGHTS)).toBe(points);
  });
  it("the reviewer-only points are the sum of their parts, for any reviewer", () => {
    const random = rng(11);
    for (let i = 0; i < 500; i++) {
      const max = int(random, 1, 15);
      const r = reviewer({
        maxOpenCases: max,
        openCases: int(random, 0, max),
        casesLast7Days: int(random, 0, 9),
        medianTurnaroundHours: random() < 0.2 ? null : random() * 500,
      });
      expect(workloadPoints(r, DEFAULT_RANKING_WEIGHTS)).toBe(sumPoints(workloadParts(r, DEFAULT_RANKING_WEIGHTS)));
    }
  });
  it("every ranked score is the sum of its parts; a prepared panel ranks the same", () => {
    const { cases, reviewers } = randomInstance(5, 20, 40);
    const panel = preparePanel(reviewers, DEFAULT_QUALIFICATION_RULES, NOW);
    for (const kase of cases) {
      const ranked = rankCandidates(kase, reviewers, DEFAULT_QUALIFICATION_RULES, NOW);
      for (const c of ranked) expect(c.score).toBe(sumPoints(c.parts));
      expect(rankOnPanel(kase, panel)).toEqual(ranked);
    }
    expect(rankCandidates(caseFor(), [], DEFAULT_QUALIFICATION_RULES, NOW)).toEqual([]);
  });
});

describe("calendar days and identifiers", () => {
  it("utcDay is the start of the UTC day, before 1970 too", () => {
    for (const iso of [
      "2025-07-01T00:00:00Z",
      "2025-07-01T23:59:59.999Z",
      "1969-12-31T12:00:00Z",
      "2024-02-29T05:00:00Z",
    ]) {
      const d = new Date(iso);
      expect(utcDay(d)).toBe(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    }
  });
  it.each([
    ["1234-567-893", "1234567893"],
    [" 12 34 ", "1234"],
    ["ab-12", "AB12"],
    ["--", null],
    [null, null],
  ])("identifier %j -> %j", (input, expected) => {
    expect(normalizeIdentifier(input)).toBe(expected);
  });
});
