// `npm run bench:web -- [--connections 50] [--duration 10] [--routes queue,case,...] [--database-url URL]`
// Drives the production build on the generated benchmark database (`npm run db:generate-load`)
// with signed-in sessions: the admin queue filtered and sorted by due date (and a large
// status), a case page, a reviewer's list, the public search. Prints requests per second,
// p50/p95 latency and errors per route, the queue's raw SQL time beside its page time, and
// the queue again at 1, 5, 10 and 25 connections (its latency by load, and the page's own
// time with one connection), and whether the goals are met (exit code 1 if not). See
// lib/load/bench/.
import crypto from "node:crypto";
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
import { evaluateGoals, formatGoals, formatSweep, formatTable, type ReportRow, type SweepPoint } from "../lib/load/bench/bench-report.ts";

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

const urlsOf = (apps: RunningApp[]) => apps.map((app) => app.baseUrl);

async function sessions(app: RunningApp, targets: BenchTargets, options: BenchOptions): Promise<Record<RouteSpec["as"], string | null>> {
  return {
    admin: await signIn(app.baseUrl, targets.adminEmail, options.password),
    reviewer: targets.reviewerEmail ? await signIn(app.baseUrl, targets.reviewerEmail, options.password) : null,
    public: null,
  };
}

async function benchRoutes(apps: RunningApp[], specs: RouteSpec[], cookies: Record<RouteSpec["as"], string | null>, options: BenchOptions): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const spec of specs) {
    const cookie = cookies[spec.as];
    const waited = await waitForQuiet(options.databaseUrl);
    if (waited > 1) console.log(`  (waited ${waited.toFixed(0)} s for the previous route's requests to finish)`);
    try {
      if (spec.paths.length === 0 || (spec.as === "reviewer" && !cookie)) throw new Error("nothing to ask for in this database");
      for (const app of apps) await checkPaths(app.baseUrl, spec.paths, cookie);
    } catch (error) {
      const note = `skipped: ${(error as Error).message}`;
      console.log(`  ${spec.label}: ${note}`);
      rows.push({ name: spec.name, label: spec.label, result: null, note });
      continue;
    }
    process.stdout.write(`  ${spec.label}: ${options.connections} connections for ${options.duration} s... `);
    const result = await runRoute({ baseUrls: urlsOf(apps), paths: spec.paths, cookie, connections: options.connections, duration: options.duration });
    console.log(`${result.perSecond.toFixed(1)} req/s, p95 ${result.latency.p95.toFixed(0)} ms, ${result.errors} error(s)`);
    rows.push({ name: spec.name, label: spec.label, result });
  }
  return rows;
}

/** The queue again at fewer connections (half the duration each): where its latency stays low, and the page's own time. */
async function sweepQueue(apps: RunningApp[], spec: RouteSpec, cookie: string | null, options: BenchOptions): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const connections of [1, 5, 10, 25].filter((n) => n < options.connections)) {
    await waitForQuiet(options.databaseUrl);
    const result = await runRoute({ baseUrls: urlsOf(apps), paths: spec.paths, cookie, connections, duration: Math.max(2, options.duration / 2) });
    points.push({ connections, result });
  }
  return points;
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

  const secret = crypto.randomBytes(32).toString("base64url");
  const apps: RunningApp[] = [];
  const stopAll = () => Promise.all(apps.map((app) => app.stop()));
  const stop = () => void stopAll().then(() => process.exit(130));
  process.once("SIGINT", stop);
  try {
    for (let i = 0; i < options.instances; i++) {
      const port = await freePort();
      const logFile = path.join(process.cwd(), "test-results", `bench-web-server${options.instances > 1 ? `-${i + 1}` : ""}.log`);
      console.log(`\nStarting production app instance ${i + 1} of ${options.instances} on port ${port} (log: ${logFile})...`);
      apps.push(await startApp({ databaseUrl: options.databaseUrl, port, pool: options.pool, logFile, secret }));
    }
    const app = apps[0];
    const cookies = await sessions(app, targets, options);
    const specs = routeSpecs(targets, options.routes);
    console.log(`Signed in as ${targets.adminEmail}${cookies.reviewer ? ` and ${targets.reviewerEmail}` : ""}. Routes:`);
    const rows = await benchRoutes(apps, specs, cookies, options);
    const queueSpec = specs.find((spec) => spec.name === "queue");
    const sweep = queueSpec && rows.find((row) => row.name === "queue")?.result ? await sweepQueue(apps, queueSpec, cookies.admin, options) : [];
    console.log(`\n${formatTable(rows, sql.total)}\n`);
    if (sweep.length) console.log(`${queueSpec!.label}, by number of connections:\n${formatSweep(sweep)}\n`);
    const goals = evaluateGoals(rows, sql.total, options.connections, sweep);
    console.log(`Goals (set for 2,000,000 cases; this database has ${targets.cases.toLocaleString("en-US")}):\n${formatGoals(goals)}`);
    process.exitCode = goals.every((g) => g.met) ? 0 : 1;
  } finally {
    process.off("SIGINT", stop);
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
