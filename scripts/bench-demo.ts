// `npm run bench:demo`: the first start's demo seed, year of history included, into a fresh
// embedded database (PGlite) in a temporary folder, as `npm run dev` does it on a fresh clone:
// migrations, then the demo data. Prints the times, what the history made, and how long the
// dashboard, the reports and the public search then take on it. The folder (database and
// documents) is removed at the end unless --keep.
//   npx tsx scripts/bench-demo.ts [--keep]     (IMR_DEMO_HISTORY=0: the seed without the history, to compare)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const keep = args.includes("--keep");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-bench-demo-"));
const env = process.env as Record<string, string | undefined>;
delete env.DATABASE_URL;
delete env.DATABASE_READ_URL;
env.PGLITE_DIR = path.join(dir, "pglite");
env.DOCUMENT_STORAGE = "disk";
env.DOCUMENT_STORAGE_DIR = path.join(dir, "documents");
env.IMR_JOBS = "off";

const { migrateConfiguredDatabase } = await import("./db-migrate.ts");
const { closeDb, db } = await import("../lib/db/client.ts");
const { seedDemo, DEMO_STAFF } = await import("../tools/demo/seed-demo.ts");
const { demoHistoryWanted } = await import("../tools/demo/history/seed-history.ts");
const { loadDashboard } = await import("../lib/cases/dashboard.ts");
const { readReports } = await import("../lib/reports/read-reports.ts");
const { searchPublished } = await import("../lib/publication/search-published.ts");

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

async function timed<T>(label: string, work: () => Promise<T>, describe: (result: T) => string): Promise<void> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(34)} ${ms(started).padStart(8)}   ${describe(result)}`);
}

async function main(): Promise<void> {
  console.log(`Fresh embedded database in ${dir} (${os.cpus().length} cores, Node ${process.version}).`);
  const started = performance.now();
  const migrated = performance.now();
  await migrateConfiguredDatabase();
  console.log(`Migrations: ${seconds(migrated)} s`);
  const seeded = performance.now();
  await seedDemo();
  const what = demoHistoryWanted() ? "the history and the demo cases" : "without the history";
  console.log(`Demo seed (${what}): ${seconds(seeded)} s; first start in all: ${seconds(started)} s`);

  const cases = await db().case.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  console.log(`Cases in the database: ${cases.map((g) => `${g.status} ${g._count._all}`).join(", ")}`);

  const admin = await db().user.findUniqueOrThrow({
    where: { email: DEMO_STAFF.find((s) => s.role === "ADMIN")!.email },
  });
  const actor = {
    kind: "user" as const,
    userId: admin.id,
    role: admin.role,
    name: admin.name,
    reviewerId: null,
    meta: { ip: null, userAgent: "bench" },
  };
  console.log("Reads on it (first call each):");
  await timed(
    "dashboard",
    () => loadDashboard({ actor }),
    (d) =>
      `${Object.values(d.byStage).reduce((a, b) => a + b, 0)} cases by stage, ${d.lettersCounted} letters in the averages`,
  );
  await timed(
    "reports (last 12 months)",
    () => readReports({ actor, input: {} }),
    (r) => `${r.rows["volume-by-month"].length} months of volume, ${r.rows["overturn-by-category"].length} categories`,
  );
  await timed(
    "public search, all",
    () => searchPublished({}),
    (r) => `${r.totalIsCapped ? "more than " : ""}${r.total} published decisions`,
  );
  await timed(
    'public search, "epidural"',
    () => searchPublished({ q: "epidural" }),
    (r) => `${r.totalIsCapped ? "more than " : ""}${r.total} found`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await closeDb().catch(() => {});
    if (keep) console.log(`Kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  });
