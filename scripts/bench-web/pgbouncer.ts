// `bench:web --via pgbouncer`: the app instances reach the benchmark database through
// PgBouncer in transaction mode on 127.0.0.1:6432, brought up by
// `scripts/scale-rehearsal.sh up pgbouncer` (Debian's package, installed when missing: root).
// The instances' DATABASE_URL names the same database through it and DATABASE_DIRECT_URL the
// server itself. PgBouncer's own counters (SHOW STATS, SHOW POOLS on its admin console) before
// and after the routes say how many transactions it carried, how long they took and how long
// clients waited for one of its server connections.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

export const PGBOUNCER_PORT = Number(process.env.IMR_PGBOUNCER_PORT ?? 6432);

/** The same database through PgBouncer on this machine (pure). */
export function throughPgbouncer(databaseUrl: string, port = PGBOUNCER_PORT): string {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return url.toString();
}

export function ensurePgbouncer(): void {
  const result = spawnSync("bash", [path.join(process.cwd(), "scripts", "scale-rehearsal.sh"), "up", "pgbouncer"], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("scripts/scale-rehearsal.sh up pgbouncer failed (it needs root)");
}

export type PgbouncerCounters = {
  transactions: number;
  queries: number;
  /** microseconds, summed over transactions */
  transactionTime: number;
  /** microseconds clients waited for a server connection, summed */
  waitTime: number;
  serverConnections: number;
};

/** PgBouncer's counters for one database (its admin console, the `pgbouncer` database). */
export async function pgbouncerCounters(databaseUrl: string, port = PGBOUNCER_PORT): Promise<PgbouncerCounters> {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "pgbouncer" });
  await admin.connect();
  try {
    const stats = (await admin.query<Record<string, string>>("SHOW STATS")).rows.find((r) => r.database === database);
    const pools = (await admin.query<Record<string, string>>("SHOW POOLS")).rows.filter((r) => r.database === database);
    const n = (value: string | undefined) => Number(value ?? 0);
    return {
      transactions: n(stats?.total_xact_count),
      queries: n(stats?.total_query_count),
      transactionTime: n(stats?.total_xact_time),
      waitTime: n(stats?.total_wait_time),
      serverConnections: pools.reduce((sum, p) => sum + n(p.sv_active) + n(p.sv_idle) + n(p.sv_used), 0),
    };
  } finally {
    await admin.end();
  }
}

/** What PgBouncer carried between two readings (pure). */
export function formatPgbouncerUse(before: PgbouncerCounters, after: PgbouncerCounters): string {
  const transactions = after.transactions - before.transactions;
  const per = (total: number) => (transactions > 0 ? total / transactions / 1000 : 0);
  return (
    `PgBouncer (transaction mode): ${transactions.toLocaleString("en-US")} transactions, ` +
    `${(after.queries - before.queries).toLocaleString("en-US")} queries; mean transaction ` +
    `${per(after.transactionTime - before.transactionTime).toFixed(2)} ms, mean wait for a server connection ` +
    `${per(after.waitTime - before.waitTime).toFixed(2)} ms; ${after.serverConnections} server connection(s) open at the end`
  );
}
