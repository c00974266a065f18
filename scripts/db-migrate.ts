// `npm run db:migrate`: applies pending migrations to the configured database, through
// DATABASE_DIRECT_URL when set (the runner holds a session advisory lock, which a
// transaction-pooling proxy such as PgBouncer in transaction mode would not keep).
import { resolveDirectDatabaseTarget } from "../lib/db/config.ts";
import { applyMigrations, openSqlSession } from "../lib/db/migrate.ts";

export async function migrateConfiguredDatabase(): Promise<void> {
  const target = resolveDirectDatabaseTarget();
  const session = await openSqlSession(target);
  try {
    const result = await applyMigrations(session, undefined, {
      useAdvisoryLock: target.kind === "postgres",
    });
    const where = target.kind === "postgres" ? "PostgreSQL server" : `embedded database (${target.dataDir})`;
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s) to the ${where}: ${result.applied.join(", ")}`
        : `The ${where} is up to date (${result.alreadyApplied} migration(s)).`,
    );
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateConfiguredDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
