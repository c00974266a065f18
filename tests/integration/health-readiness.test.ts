// Liveness and readiness on the real database: both uncached; readiness 503 with a short
// reason when the database or a read replica does not answer in time or fails, or a
// migration is missing.
import { GET as health } from "@/app/api/health/route.ts";
import { GET as ready } from "@/app/api/ready/route.ts";
import { closeDb } from "@/lib/db/client.ts";
import { readMigrations } from "@/lib/db/migrate.ts";
import { checkReadiness } from "@/lib/http/readiness.ts";

afterAll(closeDb);

test("liveness answers ok without the database, uncached", async () => {
  const response = health();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});

test("readiness answers ready on a migrated database, uncached", async () => {
  const response = await ready();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ready" });
});

const silently = async <T>(work: () => Promise<T>) => {
  const original = console.error;
  console.error = () => {};
  try {
    return await work();
  } finally {
    console.error = original;
  }
};

test.each([
  [
    "a database that does not answer in time",
    { applied: () => new Promise<never>(() => {}), timeoutMs: 50 },
    "The database did not answer in time.",
  ],
  [
    "a database that fails",
    { applied: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 password "secret"')) },
    "The database is not reachable.",
  ],
  [
    "a migration not applied",
    { expected: () => [...readMigrations(), { name: "29990101000000_later", sql: "", checksum: "x" }] },
    "1 database migration(s) not applied.",
  ],
  [
    "a migration changed after it was applied",
    { expected: () => readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "changed" } : m)) },
    "1 database migration(s) not applied.",
  ],
  [
    "the migrations folder missing",
    {
      expected: () => {
        throw new Error("ENOENT: no such file or directory, scandir '/srv/prisma/migrations'");
      },
    },
    "The migrations of this build are missing (start the app from its folder).",
  ],
  [
    "a read replica that fails",
    { replicas: () => [Promise.resolve(1), Promise.reject(new Error("connect ECONNREFUSED 10.0.0.6:5432"))] },
    "A read replica is not reachable.",
  ],
])("not ready with %s, and the reason says nothing internal", async (_label, options, reason) => {
  expect(await silently(() => checkReadiness(options))).toEqual({ ready: false, reason });
});

test("not ready with a read replica that does not answer in time (the primary answering at once), and the reason says nothing internal", async () => {
  // the primary's answer is read beforehand, so a busy machine cannot make the primary the one that times out
  const rows = readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum }));
  const options = {
    applied: () => Promise.resolve(rows),
    replicas: () => [new Promise<never>(() => {})],
    timeoutMs: 50,
  };
  expect(await silently(() => checkReadiness(options))).toEqual({
    ready: false,
    reason: "A read replica did not answer in time.",
  });
});
