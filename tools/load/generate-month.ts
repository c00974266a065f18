// One month of load in one transaction: build the month's cases (numbered after `before`,
// from the slice reserved in case-number-ranges.ts) and items in temporary tables, insert
// every table from them, and report the statuses. A failure leaves nothing of the month behind.
// Callers may add statements of their own over the month's tables: after the cases are drawn
// (to adjust their times) and after the rows are inserted (to add rows of their own).
import type { LoadClient } from "./load-client.ts";
import type { MonthBatch } from "./month-plan.ts";
import { CREATE_MONTH_CASES } from "./sql/month-cases.ts";
import { ADD_CASE_SUMMARIES, CREATE_MONTH_ITEMS } from "./sql/month-items.ts";
import {
  INSERT_CASES,
  INSERT_ITEMS,
  INSERT_LETTERS,
  INSERT_NOTICES,
  INSERT_PARTIES,
  INSERT_RECORDS,
  INSERT_RECORDS_REQUESTS,
} from "./sql/month-case-rows.ts";
import {
  CREATE_ITEM_TEXTS,
  INSERT_ASSIGNMENTS,
  INSERT_DECLINED_ASSIGNMENTS,
  INSERT_DETERMINATION_ITEMS,
  INSERT_DETERMINATIONS,
  INSERT_DOCUMENTS_REVIEWED,
  INSERT_PUBLISHED,
  INSERT_QA_REVIEWS,
} from "./sql/month-review-rows.ts";
import { INSERT_AUDIT_EVENTS } from "./sql/month-audit.ts";

const STEPS = [
  CREATE_MONTH_ITEMS,
  ADD_CASE_SUMMARIES,
  CREATE_ITEM_TEXTS,
  INSERT_CASES,
  INSERT_PARTIES,
  INSERT_ITEMS,
  INSERT_RECORDS_REQUESTS,
  INSERT_NOTICES,
  INSERT_RECORDS,
  INSERT_LETTERS,
  INSERT_DECLINED_ASSIGNMENTS,
  INSERT_ASSIGNMENTS,
  INSERT_DETERMINATIONS,
  INSERT_DETERMINATION_ITEMS,
  INSERT_DOCUMENTS_REVIEWED,
  INSERT_QA_REVIEWS,
  INSERT_PUBLISHED,
  INSERT_AUDIT_EVENTS,
];

export type MonthResult = { cases: number; rows: number; byStatus: Record<string, number> };

export type MonthExtraSteps = { afterCases?: string[]; afterRows?: string[] };

/** `onStep`: called after each statement with its index and milliseconds (for profiling). */
export async function generateMonth(
  client: LoadClient,
  batch: MonthBatch,
  {
    before,
    seed,
    onStep,
    extraSteps = {},
  }: { before: number; seed: number; onStep?: (step: number, ms: number) => void; extraSteps?: MonthExtraSteps },
): Promise<MonthResult> {
  if (batch.cases === 0) return { cases: 0, rows: 0, byStatus: {} };
  await client.query("BEGIN");
  try {
    await client.query("SELECT setseed($1)", [seedFor(seed, batch)]);
    const yy = String(batch.year % 100).padStart(2, "0");
    await client.query(CREATE_MONTH_CASES, [
      batch.start.toISOString(),
      batch.end.toISOString(),
      batch.cases,
      before,
      yy,
    ]);
    await client.query("ANALYZE load_case");
    let rows = 0;
    const steps = [...(extraSteps.afterCases ?? []), ...STEPS, ...(extraSteps.afterRows ?? [])];
    for (const [step, sql] of steps.entries()) {
      const stepStarted = performance.now();
      const result = await client.query(sql);
      onStep?.(step, performance.now() - stepStarted);
      for (const part of Array.isArray(result) ? result : [result])
        if (part.command === "INSERT") rows += part.rowCount ?? 0;
    }
    const statuses = await client.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM load_case GROUP BY status`,
    );
    const cases = statuses.rows.reduce((sum, row) => sum + row.n, 0);
    if (cases !== batch.cases) throw new Error(`Month ${batch.label}: made ${cases} cases instead of ${batch.cases}`);
    await client.query("COMMIT");
    return { cases, rows, byStatus: Object.fromEntries(statuses.rows.map((row) => [row.status, row.n])) };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** A value in [-1, 1] for setseed, different for every month and seed. */
function seedFor(seed: number, batch: MonthBatch): number {
  const x = Math.sin(seed * 12.9898 + (batch.start.getTime() / 86_400_000) * 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}
