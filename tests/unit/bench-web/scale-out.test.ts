// The scale-out parts of `npm run bench:web`: the database URL through PgBouncer, what
// PgBouncer carried, the load balancer's configuration and the share of requests per instance.
import { balancerConfig, countByInstance } from "@/scripts/bench-web/nginx.ts";
import { formatPgbouncerUse, throughPgbouncer } from "@/scripts/bench-web/pgbouncer.ts";

test.each([
  ["postgresql://postgres@127.0.0.1:5432/imr_bench", "postgresql://postgres@127.0.0.1:6432/imr_bench"],
  [
    "postgresql://bench:secret@localhost/imr_bench?sslmode=disable",
    "postgresql://bench:secret@127.0.0.1:6432/imr_bench?sslmode=disable",
  ],
])("%s goes through PgBouncer as %s (same user, database and parameters)", (direct, pooled) => {
  expect(throughPgbouncer(direct, 6432)).toBe(pooled);
});

test("what PgBouncer carried between two readings: per-transaction means in milliseconds", () => {
  const before = { transactions: 100, queries: 150, transactionTime: 0, waitTime: 0, serverConnections: 2 };
  const after = {
    transactions: 1100,
    queries: 2150,
    transactionTime: 5_000_000,
    waitTime: 250_000,
    serverConnections: 8,
  };
  expect(formatPgbouncerUse(before, after)).toBe(
    "PgBouncer (transaction mode): 1,000 transactions, 2,000 queries; mean transaction 5.00 ms, " +
      "mean wait for a server connection 0.25 ms; 8 server connection(s) open at the end",
  );
  expect(formatPgbouncerUse(after, after)).toContain("0 transactions, 0 queries; mean transaction 0.00 ms");
});

test("the balancer spreads requests over every instance by least connections and logs which one answered", () => {
  const config = balancerConfig({ dir: "/tmp/x", port: 3330, upstreamPorts: [3331, 3332] });
  expect(config).toMatch(
    /upstream app \{\s+least_conn;\s+server 127\.0\.0\.1:3331 max_fails=0;\s+server 127\.0\.0\.1:3332 max_fails=0;/,
  );
  expect(config).toContain("listen 127.0.0.1:3330;");
  expect(config).toContain("log_format upstream '$upstream_addr $status';");
  expect(config).not.toContain("proxy_cache");
});

test("requests per instance from the access log, a retried request counted on both instances", () => {
  const counts = countByInstance([
    "127.0.0.1:3331 200",
    "127.0.0.1:3332 200",
    "127.0.0.1:3331 200",
    "127.0.0.1:3331, 127.0.0.1:3332 502",
    "- 400",
    "",
  ]);
  expect(Object.fromEntries(counts)).toEqual({ "127.0.0.1:3331": 3, "127.0.0.1:3332": 2 });
});
