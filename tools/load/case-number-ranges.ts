// Case numbers for generated months, reserved up front so that months can be generated in
// parallel and still be numbered in time order: for each year the counter row
// (CaseNumberCounter, as lib/cases/case-number.ts uses it) is advanced once by the year's
// total, and each month of that year takes the next slice. Cases created by the app later
// continue after the reserved numbers, so nothing collides.
import type { LoadClient } from "./load-client.ts";
import type { MonthBatch } from "./month-plan.ts";

export const MAX_SEQUENCE = 9_999_999;

/** Pure: the last number used before each batch, given where each year's reservation starts. */
export function sliceRanges(plan: MonthBatch[], yearStart: Map<number, number>): number[] {
  const next = new Map(yearStart);
  return plan.map((batch) => {
    const before = next.get(batch.year);
    if (before === undefined) throw new Error(`No reservation for ${batch.year}`);
    if (before + batch.cases > MAX_SEQUENCE)
      throw new Error(`Case numbers of ${batch.year} would pass ${MAX_SEQUENCE}: too many cases for one year`);
    next.set(batch.year, before + batch.cases);
    return before;
  });
}

export function casesPerYear(plan: MonthBatch[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const batch of plan) totals.set(batch.year, (totals.get(batch.year) ?? 0) + batch.cases);
  return totals;
}

/** Advances each year's counter by its total; returns, per batch, the last number before its slice. */
export async function reserveCaseNumbers(client: LoadClient, plan: MonthBatch[]): Promise<number[]> {
  const yearStart = new Map<number, number>();
  for (const [year, total] of casesPerYear(plan)) {
    const { rows } = await client.query<{ last: number }>(
      `INSERT INTO "CaseNumberCounter" ("year", "last") VALUES ($1, $2)
       ON CONFLICT ("year") DO UPDATE SET "last" = "CaseNumberCounter"."last" + EXCLUDED."last" RETURNING "last"`,
      [year, total],
    );
    yearStart.set(year, Number(rows[0].last) - total);
  }
  return sliceRanges(plan, yearStart);
}
