// The load generator's calendar: exact totals, contiguous month pieces inside one year
// each, volume in proportion to each piece's length.
import { monthPlan } from "@/tools/load/month-plan.ts";

const NOW = new Date("2026-11-27T17:00:00.000Z");

test.each([
  { years: 2, perYear: 200_000, total: 400_000, pieces: 25 },
  { years: 10, perYear: 200_000, total: 2_000_000, pieces: 121 },
  { years: 0.25, perYear: 2_000, total: 500, pieces: 4 },
  { years: 1, perYear: 7, total: 7, pieces: 13 },
])("$years year(s) at $perYear a year: $total cases in $pieces pieces", ({ years, perYear, total, pieces }) => {
  const plan = monthPlan({ years, perYear, now: NOW });
  expect(plan).toHaveLength(pieces);
  expect(plan.reduce((sum, b) => sum + b.cases, 0)).toBe(total);
  expect(plan.at(-1)!.end).toEqual(NOW);
  for (const [i, batch] of plan.entries()) {
    if (i > 0) expect(batch.start).toEqual(plan[i - 1].end);
    expect(batch.end.getTime()).toBeGreaterThan(batch.start.getTime());
    // one calendar month, so one case-number year
    const last = new Date(batch.end.getTime() - 1);
    expect([last.getUTCFullYear(), last.getUTCMonth()]).toEqual([
      batch.start.getUTCFullYear(),
      batch.start.getUTCMonth(),
    ]);
    expect(batch.year).toBe(batch.start.getUTCFullYear());
    expect(batch.cases).toBeGreaterThanOrEqual(0);
  }
});

test("starts exactly N years before now and gives full months a twelfth of the year", () => {
  const plan = monthPlan({ years: 2, perYear: 200_000, now: NOW });
  expect(plan[0].start.toISOString()).toBe("2024-11-27T17:00:00.000Z");
  const march = plan.find((b) => b.label === "2025-03")!;
  expect(march.cases).toBeGreaterThan(16_900); // 31 days of 365.24
  expect(march.cases).toBeLessThan(17_100);
  const february = plan.find((b) => b.label === "2026-02")!;
  expect(february.cases).toBeLessThan(march.cases);
});

test("nothing to do for zero years or zero volume", () => {
  expect(monthPlan({ years: 0, perYear: 100, now: NOW })).toEqual([]);
  expect(monthPlan({ years: 1, perYear: 0, now: NOW })).toEqual([]);
});
