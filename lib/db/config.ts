// Where the data lives. No configuration: an embedded PostgreSQL (PGlite) in ./data/pglite.
// DATABASE_URL=postgresql://... : that PostgreSQL server, with the same migrations.
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
