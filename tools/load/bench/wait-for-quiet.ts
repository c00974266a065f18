// Between routes: requests of the previous route that autocannon left in flight keep the
// app and the database busy after it stops counting. The next route starts only once no
// other query runs on the benchmark database (two checks in a row), so each route is
// measured on its own.
import pg from "pg";

export async function waitForQuiet(databaseUrl: string, { maxSeconds = 300 } = {}): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "imr-bench-quiet" });
  await client.connect();
  const started = Date.now();
  try {
    let quietChecks = 0;
    while (quietChecks < 2 && Date.now() - started < maxSeconds * 1000) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      quietChecks = rows[0].n === 0 ? quietChecks + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return (Date.now() - started) / 1000;
  } finally {
    await client.end();
  }
}
