// Creates and drops throw-away databases on the machine's PostgreSQL server, so each
// test run has its own database. Refuses any server that is not on this machine.
import crypto from "node:crypto";
import pg from "pg";
import { applyMigrations, openSqlSession } from "../../lib/db/migrate.ts";

export const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Tests run only against a local PostgreSQL, not ${host}`);
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string }> {
  assertLocal(adminUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const session = await openSqlSession({ kind: "postgres", url });
  try {
    await applyMigrations(session);
  } finally {
    await session.close();
  }
  return { name, url };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
