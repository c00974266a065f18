// Options of `npm run bench:web`.
import { DEFAULT_BENCH_DATABASE, parseBenchOptions, ROUTES } from "@/tools/load/bench/bench-options.ts";

test("defaults: 50 connections, 10 s a route after 5 s of warm-up, every route, the local benchmark database", () => {
  expect(parseBenchOptions([], {})).toMatchObject({
    connections: 50,
    duration: 10,
    warmup: 5,
    routes: [...ROUTES],
    databaseUrl: DEFAULT_BENCH_DATABASE,
    pool: 10,
    instances: 1,
    via: "direct",
    build: false,
  });
  expect(parseBenchOptions([], { DATABASE_URL: "postgresql://x/y" }).databaseUrl).toBe("postgresql://x/y");
});

test.each([
  [["--connections", "100", "--duration=30"], { connections: 100, duration: 30 }],
  [["--warmup", "0"], { warmup: 0 }],
  [["--warmup=12"], { warmup: 12 }],
  [["--routes", "queue, search"], { routes: ["queue", "search"] }],
  [["--build", "--explain", "--pool", "20"], { build: true, explain: true, pool: 20 }],
  [["--instances", "2"], { instances: 2, via: "pgbouncer" }],
  [["--instances", "2", "--via", "direct"], { instances: 2, via: "direct" }],
  [["--via=pgbouncer"], { instances: 1, via: "pgbouncer" }],
])("%j", (argv, expected) => {
  expect(parseBenchOptions(argv, {})).toMatchObject(expected);
});

test.each([
  [["--routes", "queue,home"], /Unknown route home/],
  [["--connections", "0"], /at least 1/],
  [["--warmup", "-1"], /--warmup must be 0 or more/],
  [["--fast"], /Unknown option --fast/],
  [["--database-url", "http://x"], /postgresql:\/\//],
  [["--instances", "0"], /--instances must be at least 1/],
  [["--instances", "1.5"], /--instances must be a whole number/],
  [["--via", "pgpool"], /--via must be direct or pgbouncer/],
])("%j is refused", (argv, message) => {
  expect(() => parseBenchOptions(argv, {})).toThrow(message);
});
