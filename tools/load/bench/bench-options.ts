// Command-line options of `npm run bench:web` (pure).
//   --database-url U    the benchmark database (or DATABASE_URL; default the local imr_bench)
//   --connections N     concurrent connections per route (default 50)
//   --duration S        seconds per route (default 10)
//   --warmup S          seconds each route runs first, not counted, so that the figures are the
//                       steady state rather than the JIT compiling the route's code (default 5)
//   --routes a,b        which routes (default all: queue, queue-decided, case, reviewer, search)
//   --pool N            database connections of each app instance (DATABASE_POOL_SIZE, default 10)
//   --instances N       app instances (default 1); more than one run behind an nginx load balancer
//   --via V             how the instances reach the database: direct, or pgbouncer (PgBouncer in
//                       transaction mode on 127.0.0.1:6432, scripts/scale-rehearsal.sh); default
//                       pgbouncer with several instances, direct with one
//   --sql-runs N        timed runs of each statement of the queue's raw SQL (default 30)
//   --password P        password of the generated accounts (as given to db:generate-load)
//   --build             run `next build` first even when a build exists
//   --explain           print EXPLAIN (ANALYZE, BUFFERS) of the queue's statements
import { z } from "zod";
import { DEFAULT_LOAD_PASSWORD } from "../load-options.ts";

export const ROUTES = ["queue", "queue-decided", "case", "reviewer", "search"] as const;
export type RouteName = (typeof ROUTES)[number];
export const DEFAULT_BENCH_DATABASE = "postgresql://postgres@127.0.0.1:5432/imr_bench";

const schema = z.object({
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "--database-url must be a postgresql:// URL")
    .default(DEFAULT_BENCH_DATABASE),
  connections: z.coerce.number().int().min(1, "--connections must be at least 1").max(1000).default(50),
  duration: z.coerce.number().positive("--duration must be more than 0").max(600).default(10),
  warmup: z.coerce.number().min(0, "--warmup must be 0 or more").max(600).default(5),
  routes: z
    .string()
    .default(ROUTES.join(","))
    .transform((list, ctx) => {
      const names = list
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(ROUTES as readonly string[]).includes(n));
      if (unknown.length)
        ctx.addIssue({ code: "custom", message: `Unknown route ${unknown.join(", ")}; routes: ${ROUTES.join(", ")}` });
      return names as RouteName[];
    }),
  pool: z.coerce.number().int().min(1).max(200).default(10),
  instances: z.coerce
    .number()
    .int("--instances must be a whole number")
    .min(1, "--instances must be at least 1")
    .max(8, "--instances is at most 8")
    .default(1),
  via: z.enum(["direct", "pgbouncer"], { error: "--via must be direct or pgbouncer" }).optional(),
  sqlRuns: z.coerce.number().int().min(1).max(10_000).default(30),
  password: z.string().min(1).default(DEFAULT_LOAD_PASSWORD),
  build: z.boolean().default(false),
  explain: z.boolean().default(false),
});

export type BenchOptions = Omit<z.infer<typeof schema>, "via"> & { via: "direct" | "pgbouncer" };

const VALUE_FLAGS: Record<string, keyof BenchOptions> = {
  "--database-url": "databaseUrl",
  "--connections": "connections",
  "--duration": "duration",
  "--warmup": "warmup",
  "--routes": "routes",
  "--pool": "pool",
  "--instances": "instances",
  "--via": "via",
  "--sql-runs": "sqlRuns",
  "--password": "password",
};
const BOOLEAN_FLAGS: Record<string, keyof BenchOptions> = { "--build": "build", "--explain": "explain" };

export function parseBenchOptions(argv: string[], env: Record<string, string | undefined> = process.env): BenchOptions {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (BOOLEAN_FLAGS[flag]) {
      raw[BOOLEAN_FLAGS[flag]] = true;
      continue;
    }
    const key = VALUE_FLAGS[flag];
    if (!key)
      throw new Error(
        `Unknown option ${flag}. Options: ${[...Object.keys(VALUE_FLAGS), ...Object.keys(BOOLEAN_FLAGS)].join(", ")}`,
      );
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    raw[key] = value;
  }
  raw.databaseUrl ??= env.DATABASE_URL?.trim() || undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  return { ...parsed.data, via: parsed.data.via ?? (parsed.data.instances > 1 ? "pgbouncer" : "direct") };
}
