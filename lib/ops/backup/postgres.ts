// PostgreSQL (DATABASE_URL) through its own tools: pg_dump --format=custom and pg_restore.
// The password never goes on a command line (where `ps` shows it): the tools get the URL
// without it and the password in PGPASSWORD, and their messages are shown with it taken out.
// The facts recorded with a dump are read in the very snapshot pg_dump dumps (an exported
// snapshot shared with pg_dump --snapshot), so counts and digests match the dump exactly even
// while the portal keeps writing.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { Queryable } from "./facts.ts";
import { redactText, redactUrl } from "./redact.ts";

// Parameters Prisma or node-postgres read that libpq (pg_dump, pg_restore) refuses.
const NOT_FOR_LIBPQ = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
  "sslaccept",
];

export type LibpqConnection = { dbname: string; env: Record<string, string>; secrets: string[]; display: string };

export function libpqConnection(url: string): LibpqConnection {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : "";
  parsed.password = "";
  for (const name of NOT_FOR_LIBPQ) parsed.searchParams.delete(name);
  return {
    dbname: parsed.toString(),
    env: password ? { PGPASSWORD: password } : {},
    secrets: password ? [password] : [],
    display: redactUrl(url),
  };
}

/** pg_dump or pg_restore: from PG_BIN_DIR when set (to match a newer server), else from PATH. */
export function pgTool(name: "pg_dump" | "pg_restore", env: Record<string, string | undefined> = process.env): string {
  return env.PG_BIN_DIR ? path.join(env.PG_BIN_DIR, name) : name;
}

export function runTool(
  command: string,
  args: string[],
  extraEnv: Record<string, string>,
  secrets: string[],
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      if (output.length < 64_000) output += chunk.toString("utf8");
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === "ENOENT"
            ? `${command} was not found (install the PostgreSQL client tools, or set PG_BIN_DIR)`
            : redactText(error.message, secrets),
        ),
      );
    });
    child.on("close", (code) => {
      const text = redactText(output.trim(), secrets);
      if (code === 0) resolve(text);
      else reject(new Error(`${path.basename(command)} failed (exit ${code})${text ? `: ${text}` : ""}`));
    });
  });
}

function queryable(client: pg.Client): Queryable {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
  };
}

/** A connected client; a failure names the server with its password redacted. */
async function connect(url: string, conn: ReturnType<typeof libpqConnection>): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    throw new Error(`Cannot connect to ${conn.display}: ${redactText((error as Error).message, conn.secrets)}`);
  }
}

export type PostgresDump<T> = { facts: T; serverVersion: string; dumpTool: string };

/**
 * Dumps DATABASE_URL to `file` (custom format) and returns what `collect` read in the same
 * snapshot.
 */
export async function dumpPostgres<T>(
  url: string,
  file: string,
  collect: (q: Queryable) => Promise<T>,
): Promise<PostgresDump<T>> {
  const conn = libpqConnection(url);
  const dumpTool = await runTool(pgTool("pg_dump"), ["--version"], {}, []);
  const client = await connect(url, conn);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query("SET LOCAL TimeZone = 'UTC'");
    const [{ snapshot }] = (await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot")).rows;
    const [{ server_version: serverVersion }] = (await client.query<{ server_version: string }>("SHOW server_version"))
      .rows;
    const facts = await collect(queryable(client));
    await runTool(
      pgTool("pg_dump"),
      ["--format=custom", `--snapshot=${snapshot}`, "--no-password", `--file=${file}`, `--dbname=${conn.dbname}`],
      conn.env,
      conn.secrets,
    );
    await client.query("COMMIT");
    return { facts, serverVersion, dumpTool };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Restores a custom-format dump into DATABASE_URL: objects of the dump dropped first when
 * they exist (--clean --if-exists), owned by whoever restores (--no-owner), all in one
 * transaction, so a failed restore leaves the database as it was.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const conn = libpqConnection(url);
  await runTool(
    pgTool("pg_restore"),
    ["--no-owner", "--clean", "--if-exists", "--single-transaction", "--no-password", `--dbname=${conn.dbname}`, file],
    conn.env,
    conn.secrets,
  );
}

/** Runs `work` with a connection to DATABASE_URL (the time zone set to UTC, as at backup). */
export async function withPostgres<T>(url: string, work: (q: Queryable) => Promise<T>): Promise<T> {
  const conn = libpqConnection(url);
  const client = await connect(url, conn);
  try {
    await client.query("SET TimeZone = 'UTC'");
    return await work(queryable(client));
  } finally {
    await client.end().catch(() => {});
  }
}
