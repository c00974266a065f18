// The database folds the stored search text (imr_search_fold, imr_search_text: migration
// search_fold) and lib/format/search-fold.ts folds what people type: the two must agree, on
// PostgreSQL and on the embedded database, for every character of the scripts and symbols
// names and claim numbers are written in. And the migration fills the new columns of the
// cases already there from their parties.
import pg from "pg";
import { applyMigrations, pgliteSqlSession, readMigrations, type SqlSession } from "@/lib/db/migrate.ts";
import { openPglite } from "@/lib/db/pglite.ts";
import { searchFold, searchText } from "@/lib/format/search-fold.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";

/** Latin, Greek, Cyrillic, Armenian; Latin Extended Additional (Vietnamese) and Greek Extended; punctuation, super- and subscripts, currency, letterlike symbols and number forms; CJK punctuation and kana; CJK ideographs; Hangul; full-width forms. */
const RANGES: [number, number][] = [
  [0x0001, 0x05af],
  [0x1e00, 0x1fff],
  [0x2000, 0x218f],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fef],
  [0xac00, 0xd7a3],
  [0xff00, 0xffef],
];

/** Each character between two letters, and names and numbers as they are typed. */
function samples(): string[] {
  const out: string[] = [];
  for (const [from, to] of RANGES) for (let code = from; code <= to; code++) out.push(`a${String.fromCharCode(code)}b`);
  return out.concat([
    "María José Núñez-Ibáñez",
    "O'Brien",
    "O’Brien",
    "WCF-77120-B",
    "CM26-0000001",
    "Straße",
    "ΟΔΟΣ ΣΑΣ",
    "İstanbul",
    "Nguyễn Thị Phương",
    "Łukasz Wałęsa",
    "Ørsted",
    "ﬁnn ＡＢＣ",
    "  Ana\u00a0\tRuiz  ",
    "—",
    "",
  ]);
}

async function compare(query: <T>(sql: string, params?: unknown[]) => Promise<T[]>): Promise<string[]> {
  const inputs = samples();
  const rows = await query<{ folded: string; text: string }>(
    `SELECT imr_search_fold(x) AS folded, imr_search_text(x, 'José Ñúñez', NULL, '', x) AS text
       FROM unnest($1::text[]) WITH ORDINALITY AS t(x, n) ORDER BY n`,
    [inputs],
  );
  expect(rows).toHaveLength(inputs.length);
  const differences: string[] = [];
  rows.forEach((row, i) => {
    const input = inputs[i];
    if (row.folded !== searchFold(input))
      differences.push(
        `${JSON.stringify(input)}: database ${JSON.stringify(row.folded)}, app ${JSON.stringify(searchFold(input))}`,
      );
    if (row.text !== searchText(input, "José Ñúñez", null, "", input))
      differences.push(`${JSON.stringify(input)}: stored text ${JSON.stringify(row.text)}`);
  });
  return differences;
}

test("PostgreSQL folds every character as the app does", async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    expect(await compare(async (sql, params) => (await client.query(sql, params)).rows)).toEqual([]);
  } finally {
    await client.end();
  }
}, 60_000);

test("the embedded database folds every character as the app does", async () => {
  const pglite = openPglite("memory://");
  try {
    await applyMigrations(pgliteSqlSession(pglite, { closeOnEnd: false }), undefined, { useAdvisoryLock: false });
    expect(await compare(async (sql, params) => (await pglite.query(sql, params)).rows as never[])).toEqual([]);
  } finally {
    await pglite.close();
  }
}, 120_000);

test("the migration gives the cases already there their parties' names, folded and searchable", async () => {
  const database = await createTestDatabase("imr_it_fold_backfill");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    // back to the schema before search_fold, with one case of that time
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    const all = readMigrations();
    const before = all.filter((m) => m.name < "20261207040000_search_fold");
    const session: SqlSession = {
      exec: async (sql) => void (await client.query(sql)),
      query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
      close: async () => {},
    };
    await applyMigrations(session, before);
    const user = (
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'old@test.imr', 'Old Intake', 'INTAKE', 'x', now()) RETURNING id`,
      )
    ).rows[0].id;
    const kase = (
      await client.query(
        `INSERT INTO "Case" (id, "caseNumber", status, "reviewType", "receivedAt", "dateOfInjury", "urDecisionDate", "claimNumber", "specialtyCode", "createdById", "updatedAt")
       VALUES (gen_random_uuid(), 'CM25-0000777', 'RECEIVED', 'STANDARD', now(), '2024-01-02', '2025-01-02', 'WCF-77120-B', 'PMR', $1, now()) RETURNING id`,
        [user],
      )
    ).rows[0].id;
    const orphan = (
      await client.query(
        `INSERT INTO "Case" (id, "caseNumber", status, "reviewType", "receivedAt", "dateOfInjury", "urDecisionDate", "claimNumber", "specialtyCode", "createdById", "updatedAt")
       VALUES (gen_random_uuid(), 'CM25-0000778', 'RECEIVED', 'STANDARD', now(), '2024-01-02', '2025-01-02', 'X-1', 'PMR', $1, now()) RETURNING id`,
        [user],
      )
    ).rows[0].id;
    await client.query(
      `INSERT INTO "Party" (id, "caseId", role, name) VALUES (gen_random_uuid(), $1, 'EMPLOYEE', 'Hernández, María'), (gen_random_uuid(), $1, 'CLAIMS_ADMINISTRATOR', 'Zénith Insurance Co.'), (gen_random_uuid(), $1, 'EMPLOYER', 'Valley Packing')`,
      [kase],
    );

    await applyMigrations(session, all);
    const rows = (
      await client.query(
        `SELECT id, "employeeName", "claimsAdministratorName", "employeeSortKey", "claimsAdminSortKey", "searchText" FROM "Case"`,
      )
    ).rows;
    expect(rows.find((row) => row.id === kase)).toEqual({
      id: kase,
      employeeName: "Hernández, María",
      claimsAdministratorName: "Zénith Insurance Co.",
      employeeSortKey: "hernandez maria",
      claimsAdminSortKey: "zenith insurance co",
      searchText: searchText("CM25-0000777", "WCF-77120-B", "Hernández, María", "Zénith Insurance Co."),
    });
    expect(rows.find((row) => row.id === orphan)).toMatchObject({
      employeeName: "",
      claimsAdministratorName: "",
      employeeSortKey: "",
      searchText: "cm25 0000778 cm250000778 x 1 x1",
    });
    const user2 = (await client.query(`SELECT "searchText" FROM "User" WHERE id = $1`, [user])).rows[0];
    expect(user2.searchText).toBe(searchText("Old Intake", "old@test.imr"));
    // a claim number corrected later is searchable as corrected
    await client.query(`UPDATE "Case" SET "claimNumber" = 'ABC 42' WHERE id = $1`, [kase]);
    expect(
      (await client.query(`SELECT count(*)::int AS n FROM "Case" WHERE "searchText" LIKE '%abc42%'`)).rows[0].n,
    ).toBe(1);
  } finally {
    await client.end();
    await dropTestDatabase(database.name);
  }
}, 120_000);
