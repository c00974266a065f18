// The app's database layer through PgBouncer in transaction mode (Debian's 1.18, brought up by
// scripts/scale-rehearsal.sh; it stays running for later runs). What works: Prisma's pg
// adapter sends each query as an unnamed prepared statement (parse, bind and execute in one
// round), so no statement outlives the transaction that the pooler's server connection serves;
// interactive transactions keep one server connection from BEGIN to COMMIT, so the
// transaction-scoped advisory locks of the use cases (pg_advisory_xact_lock) serialize as they
// do on a direct connection. What does not: a session advisory lock (the migration runner's)
// stays on the server connection after the client is gone, which is why migrations, backup
// and restore use DATABASE_DIRECT_URL; and a named statement (the staff pages' raw reader
// names its statements, lib/db/raw-reader.ts) exists only on the server connection that
// prepared it, so with DATABASE_DIRECT_URL set the reader leaves its statements unnamed.
import pg from "pg";
import { closeDb, db } from "@/lib/db/client.ts";
import { rawReader } from "@/lib/db/raw-reader.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";
import { rehearsalUnavailableReason, scaleRehearsal } from "../support/streaming-replica.ts";
import { generateDecisions, insertDecisions } from "./published-search-data.ts";

const PGBOUNCER_PORT = Number(process.env.IMR_PGBOUNCER_PORT ?? 6432);
const unavailable = rehearsalUnavailableReason();
if (unavailable)
  console.warn(
    `\n!!! SKIPPED: the PgBouncer tests (tests/integration/pgbouncer-transaction-mode.test.ts) cannot run here: ${unavailable}.\n`,
  );
const describeWithPgbouncer = unavailable ? describe.skip : describe;

function throughPgbouncer(url: string): string {
  const pooled = new URL(url);
  pooled.port = String(PGBOUNCER_PORT);
  return pooled.toString();
}

describeWithPgbouncer("through PgBouncer in transaction mode", () => {
  let database: string | null = null;
  let directUrl: string;

  beforeAll(async () => {
    await scaleRehearsal(["up", "pgbouncer"]);
    const created = await createTestDatabase("imr_it_pgbouncer");
    database = created.name;
    directUrl = created.url;
    process.env.DATABASE_URL = throughPgbouncer(created.url);
    process.env.DATABASE_DIRECT_URL = created.url;
    process.env.DATABASE_POOL_SIZE = "8";
  }, 300_000);

  afterAll(async () => {
    await closeDb();
    if (database) {
      // close PgBouncer's server connections to the database, then drop it
      const admin = new pg.Client({ host: "127.0.0.1", port: PGBOUNCER_PORT, user: "postgres", database: "pgbouncer" });
      await admin.connect();
      await admin.query(`KILL "${database}"`).catch(() => {});
      await admin.query(`RESUME "${database}"`).catch(() => {});
      await admin.end();
      if (!process.env.KEEP_TEST_DATABASE) await dropTestDatabase(database);
    }
  }, 120_000);

  test("the app's queries (parameters, arrays, enums, full-text search) answer through the pooler", async () => {
    expect(process.env.DATABASE_URL).toContain(`:${PGBOUNCER_PORT}/`);
    const rows = generateDecisions(20, 3303);
    await insertDecisions(rows);
    const published = rows.filter((r) => r.status === "PUBLISHED").length;
    const results = await Promise.all(Array.from({ length: 12 }, () => searchPublished({})));
    expect(results.map((r) => r.total)).toEqual(Array(12).fill(published));
    const spoken = await Promise.all(
      rows
        .slice(0, 5)
        .map((r) => db().publishedDecision.findUnique({ where: { id: r.id }, select: { caseNumber: true } })),
    );
    expect(spoken.map((r) => r?.caseNumber)).toEqual(rows.slice(0, 5).map((r) => r.caseNumber));
  });

  test("the staff pages' raw reads answer through the pooler, their statements unnamed", async () => {
    const read = (n: number) => rawReader().$queryRaw<{ v: number }[]>`SELECT ${n}::int AS "v", now() AS "at"`;
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(Array.from({ length: 24 }, (_, n) => read(n)));
      expect(answers.map((rows) => rows[0].v)).toEqual(Array.from({ length: 24 }, (_, n) => n));
    }
  });

  test("a transaction-scoped advisory lock serializes concurrent transactions as on the server itself", async () => {
    await db().$executeRawUnsafe(`CREATE TABLE pooled_counter (id int PRIMARY KEY, value int NOT NULL)`);
    await db().$executeRawUnsafe(`INSERT INTO pooled_counter VALUES (1, 0)`);
    const increments = 24;
    await Promise.all(
      Array.from({ length: increments }, () =>
        db().$transaction(async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${7243}::int, ${42}::int)`;
          const [{ value }] = await tx.$queryRaw<{ value: number }[]>`SELECT value FROM pooled_counter WHERE id = 1`;
          await tx.$executeRaw`UPDATE pooled_counter SET value = ${value + 1} WHERE id = 1`;
        }),
      ),
    );
    const [{ value }] = await db().$queryRaw<{ value: number }[]>`SELECT value FROM pooled_counter WHERE id = 1`;
    expect(value).toBe(increments);
  });

  test("a session advisory lock outlives its client on the pooler's server connection (so migrations go direct)", async () => {
    const key = 7243_0099;
    const pooled = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await pooled.connect();
    await pooled.query("SELECT pg_advisory_lock($1)", [key]);
    await pooled.end(); // a direct session would release the lock here
    const direct = new pg.Client({ connectionString: directUrl });
    await direct.connect();
    try {
      const { rows } = await direct.query<{ held: boolean }>(
        "SELECT count(*) > 0 AS held FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        [key],
      );
      expect(rows[0].held).toBe(true);
    } finally {
      await direct.end();
    }
  });
});
