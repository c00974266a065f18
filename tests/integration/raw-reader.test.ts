// The hot reads' reader (lib/db/raw-reader.ts) answers exactly as Prisma's $queryRaw does, on
// the real server: each column type the app reads, each kind of parameter, whatever the
// process's time zone; it runs on the pool that Prisma's adapter uses, and names its statements
// (unless a transaction pooler is in between: tests/integration/pgbouncer-transaction-mode.test.ts).
import { spawnSync } from "node:child_process";
import { jest } from "@jest/globals";
import path from "node:path";
import { Prisma } from "@/lib/db/generated/client.ts";
import { db, primaryPool } from "@/lib/db/client.ts";
import { namedStatements, rawReader, statementName } from "@/lib/db/raw-reader.ts";
import { withOwnDatabase } from "../support/own-database.ts";

withOwnDatabase("imr_it_raw_reader");
jest.setTimeout(120_000);

const both = async (query: Prisma.Sql) => ({
  raw: await rawReader().$queryRaw<Record<string, unknown>[]>(query),
  prisma: await db().$queryRaw<Record<string, unknown>[]>(query),
});

const COLUMNS: [string, Prisma.Sql][] = [
  ["a timestamp without time zone (stored in UTC)", Prisma.sql`SELECT '2025-01-19 16:40:37.298'::timestamp(3) AS "v"`],
  ["a timestamp in summer time", Prisma.sql`SELECT '2025-07-04 06:05:04.003'::timestamp(3) AS "v"`],
  ["a timestamp with time zone", Prisma.sql`SELECT '2025-01-19 08:40:37.298-08'::timestamptz AS "v"`],
  ["a calendar date", Prisma.sql`SELECT '2025-02-28'::date AS "v"`],
  ["a big integer", Prisma.sql`SELECT 9007199254740993::int8 AS "v"`],
  ["a count", Prisma.sql`SELECT count(*) AS "v" FROM generate_series(1, 3)`],
  ["a count as int", Prisma.sql`SELECT count(*)::int AS "v" FROM generate_series(1, 3)`],
  ["a numeric", Prisma.sql`SELECT 12.50::numeric AS "v"`],
  ["a float", Prisma.sql`SELECT 1.25::float8 AS "v"`],
  ["a boolean", Prisma.sql`SELECT true AS "v"`],
  ["a uuid", Prisma.sql`SELECT '6f1c2b0e-8d4a-4c1e-9b7a-2f3d4e5a6b7c'::uuid AS "v"`],
  ["text", Prisma.sql`SELECT 'Ana Ruíz' AS "v"`],
  ["jsonb", Prisma.sql`SELECT '{"a": [1, "x", null], "b": {"c": true}}'::jsonb AS "v"`],
  [
    "json built by the database",
    Prisma.sql`SELECT json_build_object('at', '2025-01-19 16:40:37.298'::timestamp) AS "v"`,
  ],
  ["an empty JSON array", Prisma.sql`SELECT '[]'::json AS "v"`],
  ["a text array", Prisma.sql`SELECT ARRAY['a', 'b,c', NULL] AS "v"`],
  ["a timestamp array", Prisma.sql`SELECT ARRAY['2025-01-19 16:40:37.298'::timestamp(3)] AS "v"`],
  ["a big integer array", Prisma.sql`SELECT ARRAY[1::int8, 9007199254740993::int8] AS "v"`],
  ["a null timestamp", Prisma.sql`SELECT NULL::timestamp AS "v"`],
  ["no rows", Prisma.sql`SELECT 1 AS "v" WHERE false`],
];

test.each(COLUMNS)("%s reads as Prisma reads it", async (_name, query) => {
  const { raw, prisma } = await both(query);
  expect(raw).toEqual(prisma);
});

test("an instant in UTC, as Prisma gives it", async () => {
  const [row] = await rawReader().$queryRaw<{ v: Date }[]>`SELECT '2025-01-19 16:40:37.298'::timestamp(3) AS "v"`;
  expect(row.v).toBeInstanceOf(Date);
  expect(row.v.toISOString()).toBe("2025-01-19T16:40:37.298Z");
});

const PARAMETERS: [string, unknown, string][] = [
  ["an instant", new Date("2025-01-19T16:40:37.298Z"), "timestamp(3)"],
  ["an instant in summer time", new Date("2025-07-04T06:05:04.003Z"), "timestamp(3)"],
  ["an instant for a timestamptz", new Date("2025-01-19T16:40:37.298Z"), "timestamptz"],
  ["a number", 42, "int"],
  ["a string with quotes", 'O\'Brien "Jr"', "text"],
  ["a uuid list", ["6f1c2b0e-8d4a-4c1e-9b7a-2f3d4e5a6b7c"], "uuid[]"],
  ["a big integer", BigInt("9007199254740993"), "int8"],
  ["null", null, "text"],
];

test.each(PARAMETERS)("%s as a parameter reads back as with Prisma", async (_name, value, type) => {
  const query = Prisma.sql`SELECT ${value}::${Prisma.raw(type)} AS "v"`;
  const { raw, prisma } = await both(query);
  expect(raw).toEqual(prisma);
});

test("the process's time zone changes nothing: instants are read and written in UTC", () => {
  // Jest's process.env is the test file's own, so the reader runs in a child process with TZ set
  const child = spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), path.join("tests", "support", "raw-reader-in-time-zone.ts")],
    { env: { ...process.env, TZ: "America/Los_Angeles" }, encoding: "utf8", timeout: 60_000 },
  );
  expect({ status: child.status, stderr: child.status === 0 ? "" : child.stderr }).toEqual({ status: 0, stderr: "" });
  expect(JSON.parse(child.stdout)).toEqual({
    zone: "America/Los_Angeles",
    sent: "2025-03-09T10:30:00.000Z",
    stored: "2025-03-09T10:30:00.000Z",
    stamps: ["2025-07-04T06:05:04.003Z"],
  });
});

test("the reader runs on the pool Prisma's adapter uses", async () => {
  const pool = primaryPool();
  expect(pool).not.toBeNull();
  await db().$queryRaw`SELECT 1`;
  const before = pool!.totalCount;
  expect(before).toBeGreaterThan(0);
  await rawReader().$queryRaw`SELECT 1`;
  expect(pool!.totalCount).toBe(before);
});

test("a failed statement is an error, and the reader goes on", async () => {
  await expect(rawReader().$queryRaw`SELECT 1 / 0`).rejects.toThrow();
  expect(await rawReader().$queryRaw`SELECT 2 AS "v"`).toEqual([{ v: 2 }]);
});

describe("named statements", () => {
  test.each([
    ["no pooler named", {}, true],
    ["an empty DATABASE_DIRECT_URL", { DATABASE_DIRECT_URL: " " }, true],
    ["DATABASE_URL through a transaction pooler", { DATABASE_DIRECT_URL: "postgresql://db:5432/imr" }, false],
  ])("%s: named %s", (_name, env, named) => expect(namedStatements(env)).toBe(named));

  test("a statement's name comes from its text, within PostgreSQL's 63 characters", () => {
    const a = statementName('SELECT 1 AS "v"');
    expect(statementName('SELECT 1 AS "v"')).toBe(a);
    expect(statementName('SELECT 2 AS "v"')).not.toBe(a);
    expect(a).toMatch(/^raw_[\w-]{22}$/);
  });

  test("a statement is prepared under its name once per connection and runs again with new values", async () => {
    const query = (n: number) => Prisma.sql`SELECT ${n}::int AS "v", name FROM pg_prepared_statements ORDER BY name`;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, n) => rawReader().$queryRaw<{ v: number; name: string }[]>(query(n))),
    );
    const name = statementName(query(0).text);
    answers.forEach((rows, n) => {
      expect(rows.every((row) => row.v === n)).toBe(true);
      // the statement is listed among its own connection's prepared statements while it runs
      expect(rows.map((row) => row.name)).toContain(name);
    });
  });
});
