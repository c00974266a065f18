// Case numbers reserved per year and sliced per month in time order, so parallel months
// are still numbered chronologically and never pass seven digits.
import { casesPerYear, MAX_SEQUENCE, sliceRanges } from "@/tools/load/case-number-ranges.ts";
import type { MonthBatch } from "@/tools/load/month-plan.ts";

const batch = (year: number, month: number, cases: number): MonthBatch => ({
  start: new Date(Date.UTC(year, month, 1)),
  end: new Date(Date.UTC(year, month + 1, 1)),
  year,
  label: `${year}-${month + 1}`,
  cases,
});

const PLAN = [batch(2025, 10, 100), batch(2025, 11, 50), batch(2026, 0, 70), batch(2026, 1, 30)];

test("totals per year", () => {
  expect([...casesPerYear(PLAN)]).toEqual([
    [2025, 150],
    [2026, 100],
  ]);
});

test.each([
  {
    starts: [
      [2025, 0],
      [2026, 0],
    ],
    expected: [0, 100, 0, 70],
  },
  {
    starts: [
      [2025, 41],
      [2026, 9],
    ],
    expected: [41, 141, 9, 79],
  },
])("months take consecutive slices after each year's start %j", ({ starts, expected }) => {
  expect(sliceRanges(PLAN, new Map(starts as [number, number][]))).toEqual(expected);
});

test("refuses to pass seven digits and needs every year reserved", () => {
  expect(() =>
    sliceRanges(
      PLAN,
      new Map([
        [2025, MAX_SEQUENCE - 120],
        [2026, 0],
      ]),
    ),
  ).toThrow(/would pass 9999999/);
  expect(() => sliceRanges(PLAN, new Map([[2025, 0]]))).toThrow(/No reservation for 2026/);
});
