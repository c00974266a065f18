// Fills a benchmark database with generated IMR volume: migrations, the checks of
// load-target.ts, reference data and the panel, the shared document blobs, case numbers
// reserved per year, then the months (month-plan.ts) on `workers` connections at once, with
// the secondary indexes dropped during the load and built again at the end, and VACUUM
// ANALYZE so the planner and index-only scans see the new rows.
import pg from "pg";
import { applyMigrations, openSqlSession } from "../../lib/db/migrate.ts";
import { foreignData, refusalFor } from "./load-target.ts";
import { loadReferenceData } from "./load-reference.ts";
import { ensureStaffAndPanel } from "./load-panel.ts";
import { writeSharedBlobs } from "./shared-blobs.ts";
import { prepareLoadSession } from "./load-session.ts";
import { monthPlan } from "./month-plan.ts";
import { reserveCaseNumbers } from "./case-number-ranges.ts";
import { dropSecondaryIndexes, pendingIndexFile, rebuildPendingIndexes } from "./bulk-indexes.ts";
import { generateMonth } from "./generate-month.ts";

export const LOADED_TABLES = [
  "Case",
  "Party",
  "PartyAccessCode",
  "DisputedItem",
  "RecordsRequest",
  "Document",
  "Assignment",
  "Determination",
  "DeterminationItem",
  "DeterminationDocument",
  "QaReview",
  "PublishedDecision",
  "AuditEvent",
];

export type GenerateLoadInput = {
  url: string;
  years: number;
  casesPerYear: number;
  password: string;
  seed: number;
  workers: number;
  force: boolean;
  now?: Date;
  /** keep foreign-key checks while inserting; by default a superuser's load sessions skip them
   *  (session_replication_role = replica), the generated rows being consistent by construction */
  foreignKeyChecks?: boolean;
  log?: (line: string) => void;
  /** asked before each month; true ends the run after the months in progress */
  stopRequested?: () => boolean;
};

export type GenerateLoadResult = { cases: number; rows: number; months: number; seconds: number };

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function generateLoad(input: GenerateLoadInput): Promise<GenerateLoadResult> {
  const { url, log = console.log, now = new Date() } = input;
  const session = await openSqlSession({ kind: "postgres", url });
  try {
    await applyMigrations(session);
  } finally {
    await session.close();
  }
  const main = new pg.Client({ connectionString: url, application_name: "imr-generate-load" });
  await main.connect();
  const indexFile = pendingIndexFile(url);
  let loading = false;
  try {
    await rebuildPendingIndexes(main, indexFile, log);
    const refusal = refusalFor(await foreignData(main));
    if (refusal && !input.force) throw new Error(refusal);
    const plan = monthPlan({ years: input.years, perYear: input.casesPerYear, now });
    const total = plan.reduce((sum, batch) => sum + batch.cases, 0);
    log(
      `Generating ${total.toLocaleString("en-US")} cases (${input.casesPerYear.toLocaleString("en-US")} a year over ${input.years} year(s)) in ${plan.length} monthly batches on ${input.workers} connection(s).`,
    );
    await loadReferenceData(main);
    const staff = await ensureStaffAndPanel(main, input.password, now);
    const blobs = await writeSharedBlobs();
    const before = await reserveCaseNumbers(main, plan);
    loading = true;
    await dropSecondaryIndexes(main, LOADED_TABLES, indexFile);

    const started = performance.now();
    let next = 0,
      done = 0,
      rows = 0,
      months = 0;
    const worker = async () => {
      const client = new pg.Client({ connectionString: url, application_name: "imr-generate-load" });
      await client.connect();
      try {
        await prepareLoadSession(client, { now, staff, blobs });
        if (!input.foreignKeyChecks)
          await client.query("SET session_replication_role = replica").catch(() => undefined);
        while (next < plan.length && !input.stopRequested?.()) {
          const index = next++;
          const batch = plan[index];
          const monthStarted = performance.now();
          const result = await generateMonth(client, batch, { before: before[index], seed: input.seed });
          done += result.cases;
          rows += result.rows;
          months += 1;
          const eta = done > 0 ? (seconds(started) / done) * (total - done) : 0;
          log(
            `  ${batch.label}  ${String(result.cases).padStart(7)} cases  ${String(result.rows).padStart(8)} rows  ${seconds(monthStarted).toFixed(1).padStart(5)} s   ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}, about ${Math.round(eta)} s to go`,
          );
        }
      } finally {
        await client.end();
      }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.max(1, input.workers) }, worker));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    log(`Inserted ${rows.toLocaleString("en-US")} rows in ${seconds(started).toFixed(1)} s.`);
    if (failed) throw failed.reason;
    return { cases: done, rows, months, seconds: seconds(started) };
  } finally {
    if (loading) await finishLoad(main, indexFile, log);
    await main.end();
  }
}

// The search form's select values of the published copies (lib/publication/search-facets.ts).
export const INSERT_FACET_VALUES = `
INSERT INTO "PublishedFacetValue" ("kind", "value")
SELECT DISTINCT 'specialty', "reviewerSpecialty" FROM "PublishedDecision" WHERE "status" = 'PUBLISHED'
UNION SELECT DISTINCT 'category', c FROM "PublishedDecision", unnest("categories") AS c WHERE "status" = 'PUBLISHED'
UNION SELECT DISTINCT 'subcategory', s FROM "PublishedDecision", unnest("subcategories") AS s WHERE "status" = 'PUBLISHED'
ON CONFLICT DO NOTHING`;

async function finishLoad(main: pg.Client, indexFile: string, log: (line: string) => void): Promise<void> {
  log("Building the secondary indexes again...");
  await rebuildPendingIndexes(main, indexFile, log);
  await main.query(INSERT_FACET_VALUES);
  const vacuumStarted = performance.now();
  for (const table of [...LOADED_TABLES, "CaseNumberCounter", "PublishedFacetValue"])
    await main.query(`VACUUM (ANALYZE) "${table}"`);
  log(`VACUUM ANALYZE took ${seconds(vacuumStarted).toFixed(1)} s.`);
}
