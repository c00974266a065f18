// `npm run db:generate-load -- [--years 2] [--per-year 200000] [--scale 1] [--workers 2] [--database-url URL] [--force]`
// Fills a dedicated benchmark database with N years of realistic IMR volume (cases, parties,
// items, assignments, determinations, letters, published decisions, audit rows), month by
// month in SQL so memory stays flat (tools/load/generate-load.ts). Ctrl-C stops after the
// months in progress and still rebuilds the indexes. See the README, "Scaling beyond one machine".
import pg from "pg";
import { parseLoadOptions } from "../tools/load/load-options.ts";
import { requirePostgresUrl } from "../tools/load/load-target.ts";
import { LOAD_STAFF, PANEL_SIZE } from "../tools/load/load-panel.ts";
import { generateLoad } from "../tools/load/generate-load.ts";

async function main(): Promise<void> {
  const options = parseLoadOptions(process.argv.slice(2));
  const url = requirePostgresUrl(options.databaseUrl);
  let stop = false;
  process.on("SIGINT", () => {
    if (stop) process.exit(130);
    stop = true;
    console.log(
      "\nStopping after the months in progress (Ctrl-C again to quit at once, leaving the indexes to the next run)...",
    );
  });
  const started = performance.now();
  await generateLoad({ url, ...options, stopRequested: () => stop });
  await printSummary(url, options.password);
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

async function printSummary(url: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "Case" GROUP BY status ORDER BY n DESC`,
    );
    console.log("\nCases by status:");
    for (const row of rows) console.log(`  ${row.status.padEnd(22)} ${row.n.toLocaleString("en-US").padStart(10)}`);
    const last = `reviewer${String(PANEL_SIZE).padStart(3, "0")}`;
    console.log(
      `\nSign-ins (password ${password}): ${LOAD_STAFF.map((s) => s.email).join(", ")}, reviewer001 ... ${last}@load.imr`,
    );
    console.log("Next: npm run bench:web (with the same DATABASE_URL)\n");
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
