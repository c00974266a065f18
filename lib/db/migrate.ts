// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, and
// records it in `_prisma_migrations` with Prisma's own columns and checksum (sha256 of the
// file), so `prisma migrate status` agrees wherever the native engine is available.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import type { DatabaseTarget } from "./config.ts";
import { openPglite } from "./pglite.ts";

export type SqlSession = {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export type Migration = { name: string; sql: string; checksum: string };

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Serializes runners of several app instances on one PostgreSQL server.
const LOCK_KEY = 7243_0001;

export function readMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      return { name, sql, checksum };
    });
}

export async function openSqlSession(target: DatabaseTarget): Promise<SqlSession> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      exec: async (sql) => void (await client.query(sql)),
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
      close: () => client.end(),
    };
  }
  return pgliteSqlSession(openPglite(target.dataDir));
}

export function pgliteSqlSession(pglite: PGlite, { closeOnEnd = true } = {}): SqlSession {
  return {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    close: async () => (closeOnEnd ? pglite.close() : undefined),
  };
}

export type MigrationResult = { applied: string[]; alreadyApplied: number };

export async function applyMigrations(
  session: SqlSession,
  migrations: Migration[] = readMigrations(),
  { useAdvisoryLock = true } = {},
): Promise<MigrationResult> {
  if (useAdvisoryLock) await session.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    await session.exec(MIGRATIONS_TABLE);
    const done = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const doneByName = new Map(done.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = doneByName.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied`);
        }
        continue;
      }
      await applyOne(session, migration);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: doneByName.size };
  } finally {
    if (useAdvisoryLock) await session.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  }
}

async function applyOne(session: SqlSession, migration: Migration): Promise<void> {
  await session.exec("BEGIN");
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, now(), 1)`,
      [crypto.randomUUID(), migration.checksum, migration.name],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
