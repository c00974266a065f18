// The queue page's own SQL, measured without the app around it. The statements are captured
// from Prisma's query log while the same use case runs in this process with the page's
// arguments (lib/cases/list-cases.ts, as app/(admin)/admin/page.tsx calls it: the filtered
// list and the count of cases waiting), then each is run again on one connection and timed.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../../lib/db/generated/client.ts";
import { closeDb } from "../../../lib/db/client.ts";
import type { StaffActor } from "../../../lib/auth/actor.ts";
import { loadAdminQueue } from "../../../lib/cases/admin-queue.ts";
import { spread, type Spread } from "./percentiles.ts";

export type CapturedQuery = { sql: string; params: unknown[] };
export type QueueSqlTiming = { statements: (CapturedQuery & { time: Spread })[]; total: Spread; explains: string[] };

/** Runs `work` with the process's Prisma client replaced by one that logs every statement. */
export async function captureQueries(databaseUrl: string, work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  await closeDb();
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: CapturedQuery[] = [];
  client.$on("query", (event) => captured.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  // lib/db/client.ts keeps the process's one client in the object at globalThis.__imrDb (bound when
  // that module loads): filled in place, the use case's db() returns this client.
  const holder = ((globalThis as Record<string, unknown>).__imrDb ??= {}) as Record<string, unknown>;
  Object.assign(holder, { client, opened: { close: async () => {} } });
  try {
    await work();
  } finally {
    await closeDb();
  }
  return captured;
}

export function queuePageQueries(
  databaseUrl: string,
  admin: StaffActor,
  params: Record<string, string>,
): Promise<CapturedQuery[]> {
  return captureQueries(databaseUrl, () => loadAdminQueue({ actor: admin, params }));
}

/** `runs` timed runs of all statements, fewer (at least 3) when they pass `budgetSeconds`: slow SQL is the finding, not a reason to wait. */
export async function timeQueries(
  databaseUrl: string,
  queries: CapturedQuery[],
  { runs, explain, budgetSeconds = 60 }: { runs: number; explain: boolean; budgetSeconds?: number },
): Promise<QueueSqlTiming> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "imr-bench-sql" });
  await client.connect();
  try {
    for (const q of queries) await client.query(q.sql, q.params);
    const perStatement = queries.map(() => [] as number[]);
    const totals: number[] = [];
    const deadline = performance.now() + budgetSeconds * 1000;
    for (let run = 0; run < runs && (run < 3 || performance.now() < deadline); run++) {
      let total = 0;
      for (const [i, q] of queries.entries()) {
        const started = performance.now();
        await client.query(q.sql, q.params);
        const ms = performance.now() - started;
        perStatement[i].push(ms);
        total += ms;
      }
      totals.push(total);
    }
    const explains: string[] = [];
    if (explain) {
      for (const q of queries) {
        const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
        explains.push(`${q.sql}\n${JSON.stringify(q.params)}\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    }
    return {
      statements: queries.map((q, i) => ({ ...q, time: spread(perStatement[i]) })),
      total: spread(totals),
      explains,
    };
  } finally {
    await client.end();
  }
}
