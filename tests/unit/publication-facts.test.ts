// The facts a published decision is searched by: outcome from the item decisions, the days
// of the decision and of receipt, the reviewer's specialty.
import {
  californiaDay,
  caseOutcome,
  distinct,
  letterDay,
  reviewerSpecialtyCode,
} from "@/lib/publication/publication-facts.ts";
import type { Decision } from "@/lib/db/generated/enums.ts";

describe("caseOutcome", () => {
  it.each<[Decision[], string]>([
    [["UPHELD"], "UPHELD"],
    [["UPHELD", "UPHELD"], "UPHELD"],
    [["OVERTURNED"], "OVERTURNED"],
    [["OVERTURNED", "OVERTURNED", "OVERTURNED"], "OVERTURNED"],
    [["UPHELD", "OVERTURNED"], "PARTIALLY_OVERTURNED"],
    [["OVERTURNED", "UPHELD", "UPHELD"], "PARTIALLY_OVERTURNED"],
  ])("%j -> %s", (decisions, outcome) => {
    expect(caseOutcome(decisions)).toBe(outcome);
  });

  it("has no outcome without items", () => {
    expect(() => caseOutcome([])).toThrow();
  });
});

describe("days", () => {
  it.each([
    ["2026-01-10T07:59:00Z", "2026-01-09"], // 11:59 pm in California the day before
    ["2026-01-10T08:00:00Z", "2026-01-10"],
    ["2026-07-01T06:59:00Z", "2026-06-30"], // daylight time
    ["2026-07-01T07:00:00Z", "2026-07-01"],
  ])("a receipt at %s is on the California day %s", (instant, day) => {
    expect(californiaDay(new Date(instant)).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });

  it.each([
    ["2026-03-10T06:59:00Z", "2026-03-09"], // 11:59 pm (daylight time) in California the day before
    ["2026-03-10T23:59:00Z", "2026-03-10"],
    ["2026-12-05T01:30:00Z", "2026-12-04"], // a Friday-evening letter is dated Friday
  ])("a letter issued at %s is dated %s, as the letter prints it", (instant, day) => {
    expect(letterDay(new Date(instant)).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });
});

describe("reviewerSpecialtyCode", () => {
  it.each<[string, string[], string]>([
    ["PMR", ["ORTH", "PMR"], "PMR"],
    ["PMR", ["ORTH", "ANES"], "ANES"],
    ["PMR", [], "PMR"],
  ])("case %s, certified in %j -> %s", (kase, certs, expected) => {
    expect(reviewerSpecialtyCode(kase, certs)).toBe(expected);
  });
});

it("distinct keeps first-seen order and drops blanks", () => {
  expect(distinct(["b", null, "a", "b", " ", undefined, "c"])).toEqual(["b", "a", "c"]);
});
