// Where the data lives. No configuration: an embedded PostgreSQL (PGlite) in ./data/pglite.
// DATABASE_URL=postgresql://... : that PostgreSQL server, with the same migrations.
// DATABASE_DIRECT_URL: the same server without a transaction-pooling proxy (PgBouncer in
// transaction mode) in between, for what needs one session from start to end: the migration
// runner's session advisory lock, pg_dump and pg_restore. Unset: DATABASE_URL.
import path from "node:path";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function resolveDatabaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL must be a postgresql:// URL (or unset for the embedded database)");
    }
    return { kind: "postgres", url };
  }
  const dataDir = env.PGLITE_DIR?.trim() || path.join(process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir };
}

/**
 * The server itself for work that keeps session state across transactions (migrations hold a
 * session advisory lock; backup and restore run pg_dump and pg_restore): DATABASE_DIRECT_URL
 * when DATABASE_URL goes through a transaction-pooling proxy, else DATABASE_URL's target.
 */
export function resolveDirectDatabaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const pooled = resolveDatabaseTarget(env);
  const direct = env.DATABASE_DIRECT_URL?.trim();
  if (!direct) return pooled;
  if (pooled.kind !== "postgres")
    throw new Error("DATABASE_DIRECT_URL needs DATABASE_URL: it names the same PostgreSQL server without the pooler");
  if (!/^postgres(ql)?:\/\//.test(direct)) throw new Error("DATABASE_DIRECT_URL must be a postgresql:// URL");
  return { kind: "postgres", url: direct };
}
