// `npm run bench:web -- [--connections 50] [--duration 10] [--routes queue,case,...] [--database-url URL]`
// Drives the production build on the generated benchmark database (`npm run db:generate-load`)
// with signed-in sessions: the admin queue filtered and sorted by due date (and a large
// status), a case page, a reviewer's list, the public search. Prints requests per second,
// p50/p95 latency and errors per route, the queue's raw SQL time beside its page time, and
// whether the goals are met (exit code 1 if not). See lib/load/bench/.
import path from "node:path";
import pg from "pg";
import type { StaffActor } from "../lib/auth/actor.ts";
import { parseBenchOptions, type BenchOptions } from "../lib/load/bench/bench-options.ts";
import { buildProduction, freePort, hasProductionBuild, startApp, type RunningApp } from "../lib/load/bench/app-server.ts";
import { signIn } from "../lib/load/bench/sign-in.ts";
import { findTargets, routeSpecs, type BenchTargets, type RouteSpec } from "../lib/load/bench/bench-targets.ts";
import { checkPaths, runRoute } from "../lib/load/bench/run-route.ts";
import { waitForQuiet } from "../lib/load/bench/wait-for-quiet.ts";
import { queuePageQueries, timeQueries } from "../lib/load/bench/queue-sql.ts";
import { evaluateGoals, formatGoals, formatTable, type ReportRow } from "../lib/load/bench/bench-report.ts";

const QUEUE_PARAMS = { status: "READY_FOR_ASSIGNMENT", sort: "dueAt", dir: "asc" };

async function readTargets(url: string): Promise<{ targets: BenchTargets; admin: StaffActor }> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach the benchmark database ${url}: ${(error as Error).message}`);
  }
  try {
    const targets = await findTargets(client);
    const { rows } = await client.query<{ id: string; name: string }>(`SELECT id, name FROM "User" WHERE email = $1`, [targets.adminEmail]);
    const admin: StaffActor = { kind: "user", userId: rows[0].id, role: "ADMIN", name: rows[0].name, reviewerId: null, meta: { ip: null, userAgent: "bench" } };
    return { targets, admin };
  } finally {
    await client.end();
  }
}

async function sessions(app: RunningApp, targets: BenchTargets, options: BenchOptions): Promise<Record<RouteSpec["as"], string | null>> {
  return {
    admin: await signIn(app.baseUrl, targets.adminEmail, options.password),
    reviewer: targets.reviewerEmail ? await signIn(app.baseUrl, targets.reviewerEmail, options.password) : null,
    public: null,
  };
}

async function benchRoutes(app: RunningApp, specs: RouteSpec[], cookies: Record<RouteSpec["as"], string | null>, options: BenchOptions): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const spec of specs) {
    const cookie = cookies[spec.as];
    const waited = await waitForQuiet(options.databaseUrl);
    if (waited > 1) console.log(`  (waited ${waited.toFixed(0)} s for the previous route's requests to finish)`);
    try {
      if (spec.paths.length === 0 || (spec.as === "reviewer" && !cookie)) throw new Error("nothing to ask for in this database");
      await checkPaths(app.baseUrl, spec.paths, cookie);
    } catch (error) {
      const note = `skipped: ${(error as Error).message}`;
      console.log(`  ${spec.label}: ${note}`);
      rows.push({ name: spec.name, label: spec.label, result: null, note });
      continue;
    }
    process.stdout.write(`  ${spec.label}: ${options.connections} connections for ${options.duration} s... `);
    const result = await runRoute({ baseUrl: app.baseUrl, paths: spec.paths, cookie, connections: options.connections, duration: options.duration });
    console.log(`${result.perSecond.toFixed(1)} req/s, p95 ${result.latency.p95.toFixed(0)} ms, ${result.errors} error(s)`);
    rows.push({ name: spec.name, label: spec.label, result });
  }
  return rows;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  // Anything in this process that opens the app's database opens the benchmark database, never the embedded one.
  process.env.DATABASE_URL = options.databaseUrl;
  const { targets, admin } = await readTargets(options.databaseUrl);
  console.log(`Benchmark database: ${targets.cases.toLocaleString("en-US")} cases; reviewer ${targets.reviewerEmail} has ${targets.reviewerCases} accepted cases.`);
  if (options.build || !hasProductionBuild()) {
    if (!options.build) console.log("No production build (.next/BUILD_ID is missing).");
    buildProduction(console.log);
  }

  console.log("\nRaw SQL of the queue page (captured from Prisma's query log, timed on one connection):");
  const queries = await queuePageQueries(options.databaseUrl, admin, QUEUE_PARAMS);
  const sql = await timeQueries(options.databaseUrl, queries, { runs: options.sqlRuns, explain: options.explain });
  for (const s of sql.statements) console.log(`  p50 ${s.time.p50.toFixed(1)} ms, p95 ${s.time.p95.toFixed(1)} ms: ${s.sql.slice(0, 110)}...`);
  console.log(`  all ${queries.length} statements one after the other: p50 ${sql.total.p50.toFixed(1)} ms, p95 ${sql.total.p95.toFixed(1)} ms`);
  for (const plan of sql.explains) console.log(`\n${plan}`);

  const port = await freePort();
  const logFile = path.join(process.cwd(), "test-results", "bench-web-server.log");
  console.log(`\nStarting the production app on port ${port} (log: ${logFile})...`);
  const app = await startApp({ databaseUrl: options.databaseUrl, port, pool: options.pool, logFile });
  const stop = () => void app.stop().then(() => process.exit(130));
  process.once("SIGINT", stop);
  try {
    const cookies = await sessions(app, targets, options);
    const specs = routeSpecs(targets, options.routes);
    console.log(`Signed in as ${targets.adminEmail}${cookies.reviewer ? ` and ${targets.reviewerEmail}` : ""}. Routes:`);
    const rows = await benchRoutes(app, specs, cookies, options);
    console.log(`\n${formatTable(rows, sql.total)}\n`);
    const goals = evaluateGoals(rows, sql.total, options.connections);
    console.log(`Goals (set for 2,000,000 cases; this database has ${targets.cases.toLocaleString("en-US")}):\n${formatGoals(goals)}`);
    process.exitCode = goals.every((g) => g.met) ? 0 : 1;
  } finally {
    process.off("SIGINT", stop);
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
