// Migrations are checked: applying prisma/migrations to an empty database yields exactly
// what schema.prisma describes, re-running applies nothing, and the embedded database
// takes the same migrations and stores bytes through the app's own adapter.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { applyMigrations, openSqlSession, pgliteSqlSession, readMigrations } from "@/lib/db/migrate.ts";
import { pgliteAdapter } from "@/lib/db/adapters.ts";
import { openPglite } from "@/lib/db/pglite.ts";
import { PrismaClient } from "@/lib/db/generated/client.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";

// Every structural fact of the public schema, as sorted text lines.
const CATALOG_SQL = `
SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS line
  FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
UNION ALL
SELECT 'index ' || indexname || ' ' || regexp_replace(indexdef, '\\s+', ' ', 'g') FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
UNION ALL
SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
UNION ALL
SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
ORDER BY 1`;

const MIGRATION_ONLY = ["index PublishedDecision_search_idx ", "column PublishedDecision.searchVector ", "index Case_status_dueAt_desc_idx ", "index Case_dueAt_desc_idx "];

async function catalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ line: string }>(CATALOG_SQL)).rows.map((row) => row.line);
  } finally {
    await client.end();
  }
}

const created: string[] = [];
afterAll(async () => {
  for (const name of created) await dropTestDatabase(name);
});

test("applying the migrations yields exactly the schema in schema.prisma", async () => {
  const migrated = await createTestDatabase("imr_mig_a");
  created.push(migrated.name);

  const fromSchema = await createTestDatabase("imr_mig_b_empty");
  created.push(fromSchema.name);
  // createTestDatabase migrates; start the second one from an empty public schema instead.
  const reset = new pg.Client({ connectionString: fromSchema.url });
  await reset.connect();
  await reset.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  const sql = execFileSync("node_modules/.bin/prisma", ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: fromSchema.url },
    stdio: ["ignore", "pipe", "ignore"],
  });
  await reset.query(sql);
  await reset.end();

  const [a, b] = await Promise.all([catalog(migrated.url), catalog(fromSchema.url)]);
  expect(a.length).toBeGreaterThan(50);
  // Objects only a migration can create (schema.prisma cannot express them), checked exactly.
  const migrationOnly = a.filter((line) => MIGRATION_ONLY.some((name) => line.startsWith(name)));
  expect(migrationOnly).toEqual([
    "column PublishedDecision.searchVector tsvector tsvector null=YES default=",
    `index Case_dueAt_desc_idx CREATE INDEX "Case_dueAt_desc_idx" ON public."Case" USING btree ("dueAt" DESC NULLS LAST, "caseNumber" DESC)`,
    `index Case_status_dueAt_desc_idx CREATE INDEX "Case_status_dueAt_desc_idx" ON public."Case" USING btree (status, "dueAt" DESC NULLS LAST, "caseNumber" DESC)`,
    `index PublishedDecision_search_idx CREATE INDEX "PublishedDecision_search_idx" ON public."PublishedDecision" USING gin ("searchVector")`,
  ]);
  expect(a.filter((line) => !migrationOnly.includes(line))).toEqual(b);
}, 60_000);

test("the runner records Prisma's migration rows and re-running applies nothing", async () => {
  const target = { kind: "postgres" as const, url: process.env.DATABASE_URL! };
  const session = await openSqlSession(target);
  try {
    const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect((await applyMigrations(session)).applied).toEqual([]);
    const changed = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(session, changed)).rejects.toThrow(/was changed after it was applied/);
  } finally {
    await session.close();
  }
});

test("the embedded database takes the same migrations and round-trips bytes through the app's adapter", async () => {
  const pglite = openPglite("memory://");
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
  try {
    const result = await applyMigrations(pgliteSqlSession(pglite, { closeOnEnd: false }), undefined, { useAdvisoryLock: false });
    expect(result.applied).toEqual(readMigrations().map((m) => m.name));
    const user = await prisma.user.create({ data: { email: "a@b.c", name: "A", role: "INTAKE", passwordHash: "x" } });
    const kase = await prisma.case.create({
      data: {
        caseNumber: "CM26-0000001", status: "RECEIVED", reviewType: "STANDARD", receivedAt: new Date(), dateOfInjury: new Date("2020-01-01"),
        urDecisionDate: new Date("2026-01-01"), claimNumber: "C", specialtyCode: "PMR", createdById: user.id,
      },
    });
    const bytes = Buffer.from([0, 1, 2, 250, 255, 37, 80, 68, 70]);
    const doc = await prisma.document.create({
      data: { caseId: kase.id, kind: "OTHER", title: "t", fileName: "f", mimeType: "application/octet-stream", byteSize: bytes.length, sha256: "0".repeat(64), storageKey: "db:x", content: { create: { bytes: new Uint8Array(bytes) } } },
      include: { content: true },
    });
    expect(Buffer.from(doc.content!.bytes)).toEqual(bytes);
    const reread = await prisma.documentContent.findUniqueOrThrow({ where: { documentId: doc.id } });
    expect(Buffer.from(reread.bytes)).toEqual(bytes);
  } finally {
    await prisma.$disconnect();
    await pglite.close();
  }
}, 60_000);

test("the audit trail refuses UPDATE, DELETE and TRUNCATE", async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "AuditEvent" ("actorType", action, "entityType", "entityId") VALUES ('SYSTEM', 'test.append_only', 'Test', 'x') RETURNING id`,
    );
    for (const sql of [`UPDATE "AuditEvent" SET action = 'x' WHERE id = ${rows[0].id}`, `DELETE FROM "AuditEvent" WHERE id = ${rows[0].id}`, `TRUNCATE "AuditEvent"`]) {
      await expect(client.query(sql)).rejects.toThrow(/append-only/);
    }
    expect((await client.query(`SELECT action FROM "AuditEvent" WHERE id = ${rows[0].id}`)).rows).toEqual([{ action: "test.append_only" }]);
  } finally {
    await client.end();
  }
});
