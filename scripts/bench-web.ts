// `npm run bench:web -- [--connections 50] [--duration 10] [--warmup 5] [--routes floor,queue,case,...] [--nginx] [--database-url URL]
//   [--instances N] [--via direct|pgbouncer] [--pairs 3]`
// Drives the production build on the generated benchmark database (`npm run db:generate-load`)
// with signed-in sessions: the floor (the sign-in page, a minimal dynamic page), the admin
// queue filtered and sorted by due date (and a large status), a case page, a reviewer's list,
// the public decisions page, its search, a published decision's page and its PDF. Prints per
// route (each first run for --warmup seconds, not counted, so that the figures are the steady
// state and not the JIT compiling the route's code) requests per second, p50/p95 latency, bytes per response, the ratio to the floor's
// throughput and errors, the processor time a request of the app's and the database's
// processes (tools/load/bench/process-cpu.ts); then --pairs rounds (3) of the floor and the
// route in turn, 5 s each, whose median ratio the goal is judged on (the machine's speed moves
// by a third between minutes; side by side, both see the same); the queue's raw SQL time beside its page time, and the queue again
// at 1, 5, 10 and 25 connections; with --nginx the public
// routes again through Debian's nginx with proxy_cache in front (scripts/bench-web/nginx.ts);
// and whether the goals are met (exit code 1 if not). With --instances 2 (or more) the instances
// run behind an nginx load balancer (least connections) and reach the database through PgBouncer
// in transaction mode (--via pgbouncer, the default then; scripts/bench-web/pgbouncer.ts); each
// route then also says how many requests each instance answered, and the end what PgBouncer
// carried. See tools/load/bench/ and scripts/bench-web/.
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { StaffActor } from "../lib/auth/actor.ts";
import { parseBenchOptions, type BenchOptions } from "../tools/load/bench/bench-options.ts";
import {
  buildProduction,
  freePort,
  hasProductionBuild,
  startApp,
  type RunningApp,
} from "../tools/load/bench/app-server.ts";
import { signIn } from "../tools/load/bench/sign-in.ts";
import { findTargets, routeSpecs, type BenchTargets, type RouteSpec } from "../tools/load/bench/bench-targets.ts";
import { checkPaths, runRoute } from "../tools/load/bench/run-route.ts";
import { waitForQuiet } from "../tools/load/bench/wait-for-quiet.ts";
import { queuePageQueries, timeQueries } from "../tools/load/bench/queue-sql.ts";
import { postgresCpuMs } from "../tools/load/bench/process-cpu.ts";
import {
  evaluateGoals,
  formatGoals,
  formatSweep,
  type ReportRow,
  type SweepPoint,
} from "../tools/load/bench/bench-report.ts";
import { ROUTES } from "../tools/load/bench/bench-options.ts";
import {
  extraSpecs,
  findPublished,
  measureBytes,
  type BenchRoute,
  withFloorAgain,
  FLOOR_AGAIN,
  type PublishedTargets,
} from "./bench-web/public-routes.ts";
import {
  evaluateFloorGoals,
  formatFloorGoals,
  formatFloorTable,
  kb,
  pairedSummary,
  type FloorRow,
  type PairedRatios,
} from "./bench-web/floor-report.ts";
import { benchThroughCache, ensureNginx, startBalancer, type RunningBalancer } from "./bench-web/nginx.ts";
import {
  ensurePgbouncer,
  formatPgbouncerUse,
  pgbouncerCounters,
  throughPgbouncer,
  type PgbouncerCounters,
} from "./bench-web/pgbouncer.ts";

const QUEUE_PARAMS = { status: "READY_FOR_ASSIGNMENT", sort: "dueAt", dir: "asc" };

/** The order routes are measured in: the floor first. */
const ALL_ROUTES = [
  "floor",
  "queue",
  "queue-decided",
  "case",
  "reviewer",
  "decisions",
  "search",
  "decision",
  "pdf",
] as const;
type AnyRoute = (typeof ALL_ROUTES)[number];

/** Rounds of the floor and a route side by side (--pairs; 0 leaves them out), each side this many seconds. */
const DEFAULT_PAIRS = 3;
const PAIR_SECONDS = 5;

/** This script's own flags (--routes with the extra routes, --nginx, --pairs); the rest goes to parseBenchOptions. */
function ownFlags(argv: string[]): { rest: string[]; routes: AnyRoute[]; nginx: boolean; pairs: number } {
  const rest: string[] = [];
  let routes: AnyRoute[] = [...ALL_ROUTES];
  let nginx = false;
  let pairs = DEFAULT_PAIRS;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === "--nginx") {
      nginx = true;
      continue;
    }
    if (flag === "--pairs") {
      const value = inline ?? argv[++i] ?? "";
      pairs = Number(value);
      if (!/^\d+$/.test(value) || pairs > 20)
        throw new Error(`--pairs takes a whole number from 0 to 20, not "${value}"`);
      continue;
    }
    if (flag !== "--routes") {
      rest.push(argv[i]);
      continue;
    }
    const names = (inline ?? argv[++i] ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !(ALL_ROUTES as readonly string[]).includes(n));
    if (unknown.length || names.length === 0)
      throw new Error(`Unknown route ${unknown.join(", ") || "(none given)"}; routes: ${ALL_ROUTES.join(", ")}`);
    routes = ALL_ROUTES.filter((n) => names.includes(n));
  }
  return { rest, routes, nginx, pairs };
}

async function readTargets(
  url: string,
): Promise<{ targets: BenchTargets; admin: StaffActor; published: PublishedTargets }> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach the benchmark database ${url}: ${(error as Error).message}`);
  }
  try {
    const targets = await findTargets(client);
    const published = await findPublished(client);
    const { rows } = await client.query<{ id: string; name: string }>(`SELECT id, name FROM "User" WHERE email = $1`, [
      targets.adminEmail,
    ]);
    const admin: StaffActor = {
      kind: "user",
      userId: rows[0].id,
      role: "ADMIN",
      name: rows[0].name,
      reviewerId: null,
      meta: { ip: null, userAgent: "bench" },
    };
    return { targets, admin, published };
  } finally {
    await client.end();
  }
}

/** Where the load goes: the balancer in front of several instances, or the one instance. */
type Entry = { urls: string[]; balancer: RunningBalancer | null };
const entryOf = (apps: RunningApp[], balancer: RunningBalancer | null): Entry => ({
  urls: balancer ? [balancer.baseUrl] : apps.map((app) => app.baseUrl),
  balancer,
});

/** "127.0.0.1:3331 1,204 (50%), ..." for the requests each instance answered. */
function formatShares(counts: Map<string, number>): string {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([address, n]) => `${address} ${n.toLocaleString("en-US")} (${total ? Math.round((100 * n) / total) : 0}%)`)
    .join(", ");
}

type CpuReading = { app: number | null; database: number | null };
const cpuReading = (apps: RunningApp[]): CpuReading => {
  const each = apps.map((app) => app.cpuMs());
  return {
    app: each.some((ms) => ms === null) ? null : each.reduce((sum: number, ms) => sum + ms!, 0),
    database: postgresCpuMs(),
  };
};
const cpuPerRequest = (before: CpuReading, after: CpuReading, requests: number): CpuReading => {
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || requests === 0 ? null : (b - a) / requests;
  return { app: per(before.app, after.app), database: per(before.database, after.database) };
};
const cpuMs = (ms: number | null) => (ms === null ? "-" : ms.toFixed(2));

async function sessions(
  app: RunningApp,
  targets: BenchTargets,
  options: BenchOptions,
): Promise<Record<RouteSpec["as"], string | null>> {
  return {
    admin: await signIn(app.baseUrl, targets.adminEmail, options.password),
    reviewer: targets.reviewerEmail ? await signIn(app.baseUrl, targets.reviewerEmail, options.password) : null,
    public: null,
  };
}

/**
 * The floor and a route in turn, `pairs` times, PAIR_SECONDS each: each round's ratio is taken
 * under the machine's load of that half minute, where the floor measured minutes apart may
 * have been on a faster or slower machine (it moves by a third within one run).
 */
async function pairWithFloor(
  entry: Entry,
  floor: BenchRoute,
  spec: BenchRoute,
  cookie: string | null,
  options: BenchOptions,
  apps: RunningApp[],
  pairs: number,
): Promise<PairedRatios> {
  const rounds: PairedRatios["rounds"] = [];
  const run = async (route: BenchRoute, routeCookie: string | null) => {
    await waitForQuiet(options.databaseUrl);
    const before = cpuReading(apps);
    const result = await runRoute({
      baseUrls: entry.urls,
      paths: route.paths,
      cookie: routeCookie,
      connections: options.connections,
      duration: PAIR_SECONDS,
    });
    return { perSecond: result.perSecond, cpu: cpuPerRequest(before, cpuReading(apps), result.requests).app };
  };
  for (let i = 0; i < pairs; i++) {
    const base = await run(floor, null);
    const route = await run(spec, cookie);
    rounds.push({
      floor: base.perSecond,
      route: route.perSecond,
      cpuRatio: base.cpu !== null && route.cpu ? base.cpu / route.cpu : null,
    });
  }
  return pairedSummary(rounds);
}

async function benchRoutes(
  apps: RunningApp[],
  entry: Entry,
  specs: BenchRoute[],
  cookies: Record<RouteSpec["as"], string | null>,
  options: BenchOptions,
  pairs: number,
): Promise<FloorRow[]> {
  const floorSpec = specs.find((spec) => spec.name === "floor");
  const rows: FloorRow[] = [];
  for (const spec of specs) {
    const cookie = cookies[spec.as];
    const waited = await waitForQuiet(options.databaseUrl);
    if (waited > 1) console.log(`  (waited ${waited.toFixed(0)} s for the previous route's requests to finish)`);
    try {
      if (spec.paths.length === 0 || (spec.as === "reviewer" && !cookie))
        throw new Error("nothing to ask for in this database");
      for (const app of apps) await checkPaths(app.baseUrl, spec.paths, cookie);
    } catch (error) {
      const note = `skipped: ${(error as Error).message}`;
      console.log(`  ${spec.label}: ${note}`);
      rows.push({ name: spec.name, label: spec.label, result: null, bytes: null, note });
      continue;
    }
    const measured = await measureBytes(apps[0].baseUrl, spec.paths, cookie);
    if (options.warmup > 0) {
      const paths = spec.paths;
      await runRoute({
        baseUrls: entry.urls,
        paths,
        cookie,
        connections: options.connections,
        duration: options.warmup,
      });
      await waitForQuiet(options.databaseUrl);
    }
    process.stdout.write(
      `  ${spec.label}: ${options.connections} connections for ${options.duration} s (after ${options.warmup} s not counted)... `,
    );
    entry.balancer?.takeCounts();
    const cpuBefore = cpuReading(apps);
    const result = await runRoute({
      baseUrls: entry.urls,
      paths: spec.paths,
      cookie,
      connections: options.connections,
      duration: options.duration,
    });
    const cpu = cpuPerRequest(cpuBefore, cpuReading(apps), result.requests);
    console.log(
      `${result.perSecond.toFixed(1)} req/s, p95 ${result.latency.p95.toFixed(0)} ms, ${kb(measured.bytes)} a response, ${result.errors} error(s); processor ms a request: app ${cpuMs(cpu.app)}, database ${cpuMs(cpu.database)}`,
    );
    if (entry.balancer) console.log(`    answered by instance: ${formatShares(entry.balancer.takeCounts())}`);
    if (spec.as === "public")
      console.log(
        `    Cache-Control: ${measured.headers["cache-control"]}; ETag: ${measured.headers.etag ?? "none"}; CSP script-src: ${/script-src [^;]*/.exec(measured.headers["content-security-policy"] ?? "")?.[0] ?? "none"}`,
      );
    let paired: PairedRatios | undefined;
    if (floorSpec && pairs > 0 && spec.name !== "floor" && spec.name !== FLOOR_AGAIN) {
      paired = await pairWithFloor(entry, floorSpec, spec, cookie, options, apps, pairs);
      console.log(
        `    beside the floor, ${pairs} x ${PAIR_SECONDS} s each: ${paired.rounds.map((r) => (r.route / r.floor).toFixed(2)).join(", ")} (median ${paired.ratio.toFixed(2)}${paired.cpuRatio === null ? "" : `; the floor's processor time a request over the route's: median ${paired.cpuRatio.toFixed(2)}`})`,
      );
    }
    rows.push({ name: spec.name, label: spec.label, result, bytes: measured.bytes, cpu, paired });
  }
  return rows;
}

/** The queue again at fewer connections (half the duration each): where its latency stays low, and the page's own time. */
async function sweepQueue(
  entry: Entry,
  spec: RouteSpec,
  cookie: string | null,
  options: BenchOptions,
): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const connections of [1, 5, 10, 25].filter((n) => n < options.connections)) {
    await waitForQuiet(options.databaseUrl);
    const result = await runRoute({
      baseUrls: entry.urls,
      paths: spec.paths,
      cookie,
      connections,
      duration: Math.max(2, options.duration / 2),
    });
    points.push({ connections, result });
  }
  return points;
}

async function main(): Promise<void> {
  const own = ownFlags(process.argv.slice(2));
  const options = parseBenchOptions(own.rest);
  // Anything in this process that opens the app's database opens the benchmark database, never the embedded one.
  process.env.DATABASE_URL = options.databaseUrl;
  const { targets, admin, published } = await readTargets(options.databaseUrl);
  console.log(
    `Benchmark database: ${targets.cases.toLocaleString("en-US")} cases; reviewer ${targets.reviewerEmail} has ${targets.reviewerCases} accepted cases.`,
  );
  if (options.build || !hasProductionBuild()) {
    if (!options.build) console.log("No production build (.next/BUILD_ID is missing).");
    buildProduction(console.log);
  }

  console.log("\nRaw SQL of the queue page (captured from Prisma's query log, timed on one connection):");
  const queries = await queuePageQueries(options.databaseUrl, admin, QUEUE_PARAMS);
  const sql = await timeQueries(options.databaseUrl, queries, { runs: options.sqlRuns, explain: options.explain });
  for (const s of sql.statements)
    console.log(`  p50 ${s.time.p50.toFixed(1)} ms, p95 ${s.time.p95.toFixed(1)} ms: ${s.sql.slice(0, 110)}...`);
  console.log(
    `  all ${queries.length} statements one after the other: p50 ${sql.total.p50.toFixed(1)} ms, p95 ${sql.total.p95.toFixed(1)} ms`,
  );
  for (const plan of sql.explains) console.log(`\n${plan}`);

  const secret = crypto.randomBytes(32).toString("base64url");
  const apps: RunningApp[] = [];
  let balancer: RunningBalancer | null = null;
  const stopAll = () => Promise.all([...apps.map((app) => app.stop()), balancer?.stop()]);
  const stop = () => void stopAll().then(() => process.exit(130));
  process.once("SIGINT", stop);
  const pooled = options.via === "pgbouncer";
  if (pooled) ensurePgbouncer();
  const appDatabaseUrl = pooled ? throughPgbouncer(options.databaseUrl) : options.databaseUrl;
  try {
    for (let i = 0; i < options.instances; i++) {
      const port = await freePort();
      const logFile = path.join(
        process.cwd(),
        "test-results",
        `bench-web-server${options.instances > 1 ? `-${i + 1}` : ""}.log`,
      );
      console.log(
        `\nStarting production app instance ${i + 1} of ${options.instances} on port ${port} (log: ${logFile})...`,
      );
      apps.push(
        await startApp({
          databaseUrl: appDatabaseUrl,
          directUrl: pooled ? options.databaseUrl : undefined,
          port,
          pool: options.pool,
          logFile,
          secret,
        }),
      );
    }
    if (apps.length > 1)
      balancer = await startBalancer(
        ensureNginx(console.log),
        apps.map((a) => Number(new URL(a.baseUrl).port)),
      );
    const entry = entryOf(apps, balancer);
    const setup =
      `${apps.length} instance(s) (${apps.map((a) => a.baseUrl).join(", ")})` +
      `${balancer ? ` behind nginx (least_conn) at ${balancer.baseUrl}` : ""}, pool ${options.pool} each, database ` +
      (pooled
        ? `through PgBouncer in transaction mode (${appDatabaseUrl}; DATABASE_DIRECT_URL the server)`
        : `direct (${options.databaseUrl})`);
    console.log(`Setup: ${setup}`);
    const app = apps[0];
    const cookies = await sessions(app, targets, options);
    const staff = routeSpecs(targets, [...ROUTES]);
    const extra = extraSpecs(published);
    const specs: BenchRoute[] = own.routes
      .map((name) => [...staff, ...extra].find((spec) => spec.name === name)!)
      .filter(Boolean);
    console.log(
      `Signed in as ${targets.adminEmail}${cookies.reviewer ? ` and ${targets.reviewerEmail}` : ""}. Routes:`,
    );
    const countersBefore: PgbouncerCounters | null = pooled ? await pgbouncerCounters(appDatabaseUrl) : null;
    const rows = await benchRoutes(apps, entry, withFloorAgain(specs), cookies, options, own.pairs);
    const queueSpec = staff.find((spec) => spec.name === "queue" && own.routes.includes("queue"));
    const sweep =
      queueSpec && rows.find((row) => row.name === "queue")?.result
        ? await sweepQueue(entry, queueSpec, cookies.admin, options)
        : [];
    const cached = own.nginx
      ? await benchThroughCache(
          app,
          specs.filter((spec) => spec.as === "public" && spec.name !== "floor"),
          options,
        )
      : null;
    const allRows = [...rows, ...(cached?.rows ?? [])];
    console.log(`\nSetup: ${setup}`);
    if (countersBefore) console.log(formatPgbouncerUse(countersBefore, await pgbouncerCounters(appDatabaseUrl)));
    console.log(`\n${formatFloorTable(allRows)}\n`);
    console.log(
      `  raw SQL of the queue page: p50 ${sql.total.p50.toFixed(1)} ms, p95 ${sql.total.p95.toFixed(1)} ms\n`,
    );
    if (sweep.length) console.log(`${queueSpec!.label}, by number of connections:\n${formatSweep(sweep)}\n`);
    const goals = evaluateGoals(rows as ReportRow[], sql.total, options.connections, sweep);
    console.log(
      `Goals (set for 2,000,000 cases; this database has ${targets.cases.toLocaleString("en-US")}):\n${formatGoals(goals)}`,
    );
    const cachedSearch = cached?.rows.find((row) => row.name === "cached-search")?.result;
    const floorGoals = evaluateFloorGoals(
      allRows,
      cachedSearch ? { result: cachedSearch, connections: options.connections } : null,
    );
    console.log(
      `Goals against the floor (${options.instances === 1 ? "one instance" : `${options.instances} instances`}, ${options.connections} connections):\n${formatFloorGoals(floorGoals)}`,
    );
    process.exitCode = goals.every((g) => g.met) && floorGoals.every((g) => g.met) ? 0 : 1;
  } finally {
    process.off("SIGINT", stop);
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
