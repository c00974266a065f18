// Reads routed to read replicas (DATABASE_READ_URL, lib/db/read-client.ts). A replica is
// made here as PostgreSQL makes a base backup: a copy of the primary at one moment
// (CREATE DATABASE ... TEMPLATE). Rows written to the primary afterwards stand for
// replication lag: the public search and the reports read the replica, so they do not see
// them, while staff reads and writes stay on the primary. Two replicas are taken in turn; a
// replica that does not answer makes the instance not ready. A real streaming replica, with
// replay paused and resumed: streaming-replica.test.ts.
import pg from "pg";
import { closeDb, db } from "@/lib/db/client.ts";
import { closeReadReplicas, readReplicaUrls } from "@/lib/db/read-client.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { readReports } from "@/lib/reports/read-reports.ts";
import { checkReadiness } from "@/lib/http/readiness.ts";
import { adminUrl, dropTestDatabase } from "../support/test-database.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { createStaff } from "../factories/index.ts";
import { generateDecisions, insertDecisions } from "./published-search-data.ts";

withOwnDatabase("imr_it_primary");

const rows = generateDecisions(60);
const [before, between, after] = [rows.slice(0, 30), rows.slice(30, 45), rows.slice(45)];
const publishedIn = (list: typeof rows) => list.filter((r) => r.status === "PUBLISHED").length;
const replicas: string[] = [];

/** A copy of the primary as it is now, as a replica would hold it. */
async function snapshotReplica(): Promise<string> {
  const primary = new URL(process.env.DATABASE_URL!);
  const name = `${primary.pathname.slice(1)}_r${replicas.length + 1}`;
  await closeDb(); // a template database takes no other connections while it is copied
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${primary.pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  replicas.push(name);
  primary.pathname = `/${name}`;
  return primary.toString();
}

let first: string, second: string;
beforeAll(async () => {
  await insertDecisions(before);
  first = await snapshotReplica();
  await insertDecisions(between);
  second = await snapshotReplica();
  await insertDecisions(after); // on the primary only
}, 60_000);

afterEach(async () => {
  delete process.env.DATABASE_READ_URL;
  await closeReadReplicas();
});

afterAll(async () => {
  await closeReadReplicas();
  await closeDb();
  for (const name of replicas) await dropTestDatabase(name);
});

test("without DATABASE_READ_URL the search reads the primary", async () => {
  expect((await searchPublished({})).total).toBe(publishedIn(rows));
});

test("with a replica, the public search and its selects read the replica; the primary keeps every row", async () => {
  process.env.DATABASE_READ_URL = first;
  const result = await searchPublished({ pageSize: "50" });
  expect(result.total).toBe(publishedIn(before));
  const ids = new Set(before.map((r) => r.id));
  expect(result.rows.every((r) => ids.has(r.id))).toBe(true);
  expect(await db().publishedDecision.count()).toBe(rows.length);
});

test("the reports read one snapshot of the replica", async () => {
  const admin = await createStaff("ADMIN");
  const period = { from: "2000-01-01", to: "2030-12-31" };
  const lettersOf = async () => {
    const { rows: reports } = await readReports({ actor: admin, input: period });
    return (reports["volume-by-month"] as { letters: number }[]).reduce((sum, month) => sum + month.letters, 0);
  };
  const onPrimary = await lettersOf();
  process.env.DATABASE_READ_URL = first;
  const onReplica = await lettersOf();
  expect(onPrimary - onReplica).toBe(between.length + after.length);
});

test("two replicas are read in turn", async () => {
  process.env.DATABASE_READ_URL = `${first}, ${second}`;
  const totals = [];
  for (let i = 0; i < 4; i++) totals.push((await searchPublished({})).total);
  expect(totals.sort()).toEqual(
    [
      publishedIn(before),
      publishedIn(before),
      publishedIn([...before, ...between]),
      publishedIn([...before, ...between]),
    ].sort(),
  );
});

test("a replica that does not answer makes the instance not ready; a working one keeps it ready", async () => {
  process.env.DATABASE_READ_URL = first;
  expect(await checkReadiness()).toEqual({ ready: true });
  await closeReadReplicas();
  process.env.DATABASE_READ_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
  const original = console.error;
  console.error = () => {};
  try {
    expect(await checkReadiness()).toEqual({ ready: false, reason: "A read replica is not reachable." });
  } finally {
    console.error = original;
  }
});

test.each([
  [
    "not a PostgreSQL URL",
    { DATABASE_URL: "postgresql://x/db", DATABASE_READ_URL: "mysql://replica/db" },
    /postgresql:\/\/ URLs/,
  ],
  ["replicas of the embedded database", { DATABASE_READ_URL: "postgresql://replica/db" }, /needs DATABASE_URL/],
])("refuses %s", (_label, env, message) => {
  expect(() => readReplicaUrls(env)).toThrow(message);
});

test("reads the list of replicas, blanks left out", () => {
  expect(
    readReplicaUrls({ DATABASE_URL: "postgresql://p/db", DATABASE_READ_URL: " postgresql://a/db, ,postgres://b/db " }),
  ).toEqual(["postgresql://a/db", "postgres://b/db"]);
  expect(readReplicaUrls({ DATABASE_URL: "postgresql://p/db" })).toEqual([]);
});
