// The one connection the demo history is generated on, in the shape the load generator's SQL
// expects (tools/load/load-client.ts): node-postgres for a PostgreSQL server, or the embedded
// database (PGlite) wrapped to answer the same way. A statement with parameters goes through
// PGlite's query (one statement); without, through exec, which runs several at once.
import pg from "pg";
import type { PGlite, Results } from "@electric-sql/pglite";
import type { DatabaseTarget } from "../../../lib/db/config.ts";
import { openPglite } from "../../../lib/db/pglite.ts";
import type { LoadClient, LoadQueryResult } from "../../load/load-client.ts";

export type HistoryClient = LoadClient & { close(): Promise<void> };

/** INSERT, UPDATE, SELECT...: the statement's command as node-postgres reports it (a WITH that inserts counts as an INSERT). */
export function commandOf(sql: string): string {
  const text = sql.replace(/--[^\n]*/g, " ").trim();
  const first = /^[A-Za-z]+/.exec(text)?.[0].toUpperCase() ?? "";
  if (first !== "WITH") return first;
  return /\bINSERT\s+INTO\b/i.test(text) ? "INSERT" : /\bUPDATE\b/i.test(text) ? "UPDATE" : "SELECT";
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

function asResult<R extends Row>(result: Results<R>, command: string): LoadQueryResult<R> {
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command };
}

export function pgliteLoadClient(pglite: PGlite): LoadClient {
  return {
    async query<R extends Row>(sql: string, params?: unknown[]): Promise<LoadQueryResult<R>> {
      if (params && params.length > 0) return asResult(await pglite.query<R>(sql, params), commandOf(sql));
      const results = (await pglite.exec(sql)) as Results<R>[];
      // one statement: its own result; several: the last (the load generator counts rows of single INSERTs only)
      const last = results[results.length - 1] ?? { rows: [], fields: [] };
      return asResult(last, results.length === 1 ? commandOf(sql) : "");
    },
  };
}

export async function openHistoryClient(target: DatabaseTarget): Promise<HistoryClient> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url, application_name: "imr-demo-history" });
    await client.connect();
    return { query: (sql, params) => client.query(sql, params), close: () => client.end() };
  }
  const pglite = openPglite(target.dataDir);
  await pglite.waitReady;
  return { ...pgliteLoadClient(pglite), close: () => pglite.close() };
}
