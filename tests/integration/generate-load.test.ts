// The load generator on a real database of its own: a year of cases at small volume with
// foreign-key checks on, then what a benchmark relies on: unique case numbers that the app
// continues after, a pipeline by age, complete decided cases with letters that download,
// overturns near 13%, published text the full-text index finds, a typed audit trail,
// indexes rebuilt, and a database holding other data refused unless forced.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import { nextCaseNumber } from "@/lib/cases/case-number.ts";
import { readDocumentBytes } from "@/lib/documents/read-document-bytes.ts";
import { generateLoad, type GenerateLoadInput } from "@/tools/load/generate-load.ts";
import { pendingIndexFile } from "@/tools/load/bulk-indexes.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

withOwnDatabase("imr_it_load");
// A shared machine: reading a few thousand generated cases may take a while.
jest.setTimeout(120_000);

const NOW = new Date("2026-11-27T17:00:00.000Z");
const DAY = 86_400_000;
const ACTIONS = [
  "case.created",
  "case.eligibility_decided",
  "document.uploaded",
  "case.records_complete",
  "case.assigned",
  "assignment.declined",
  "assignment.accepted",
  "document.viewed",
  "determination.draft_saved",
  "determination.submitted",
  "determination.returned",
  "determination.issued",
  "letter.downloaded",
];

let storageDir: string;
const input = (overrides: Partial<GenerateLoadInput> = {}): GenerateLoadInput => ({
  url: process.env.DATABASE_URL!,
  years: 1,
  casesPerYear: 1500,
  password: "bench-password",
  seed: 3,
  workers: 2,
  force: false,
  now: NOW,
  foreignKeyChecks: true,
  log: () => {},
  ...overrides,
});

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-load-"));
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  await generateLoad(input());
}, 600_000);

afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

const count = async (sql: string) => Number((await db().$queryRawUnsafe<{ n: bigint }[]>(sql))[0].n);

test("unique case numbers CMyy-nnnnnnn in time order; the app's next number continues after them", async () => {
  const cases = await db().case.findMany({
    select: { caseNumber: true, receivedAt: true },
    orderBy: { receivedAt: "asc" },
  });
  expect(cases).toHaveLength(1500);
  expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(1500);
  expect(
    cases.every(
      (c) =>
        /^CM\d{2}-\d{7}$/.test(c.caseNumber) &&
        c.caseNumber.slice(2, 4) === String(c.receivedAt.getUTCFullYear() % 100),
    ),
  ).toBe(true);
  const of2026 = cases.filter((c) => c.caseNumber.startsWith("CM26"));
  expect(of2026.map((c) => c.caseNumber)).toEqual([...of2026.map((c) => c.caseNumber)].sort());
  const next = await db().$transaction((tx) => nextCaseNumber(tx, NOW));
  expect(next).toBe(`CM26-${String(of2026.length + 1).padStart(7, "0")}`);
});

test("old cases are finished, recent ones are in every stage of the pipeline", async () => {
  const byAge = async (from: number, to: number) =>
    Object.fromEntries(
      (
        await db().case.groupBy({
          by: ["status"],
          _count: { _all: true },
          where: { receivedAt: { gte: new Date(NOW.getTime() - from * DAY), lt: new Date(NOW.getTime() - to * DAY) } },
        })
      ).map((g) => [g.status, g._count._all]),
    );
  const old = await byAge(365, 180);
  const oldTotal = Object.values(old).reduce((a, b) => a + b, 0);
  expect(old.DECIDED / oldTotal).toBeGreaterThan(0.62);
  expect(old.DECIDED / oldTotal).toBeLessThan(0.82);
  for (const open of ["RECEIVED", "AWAITING_RECORDS", "READY_FOR_ASSIGNMENT", "ASSIGNED", "IN_QA"])
    expect(old[open]).toBeUndefined();
  const recent = await byAge(30, 0);
  expect(Object.keys(recent)).toEqual(expect.arrayContaining(["RECEIVED", "AWAITING_RECORDS", "ASSIGNED", "DECIDED"]));
});

test("every decided case is complete: issued determination, completed assignment, a letter that downloads, a publication", async () => {
  const decided = await db().case.findMany({
    where: { status: "DECIDED" },
    select: {
      id: true,
      items: { select: { id: true } },
      assignments: { select: { status: true } },
      determinations: {
        select: {
          status: true,
          letterId: true,
          items: { select: { decision: true, rationale: true } },
          publication: { select: { status: true, redactedText: true } },
        },
      },
    },
  });
  expect(decided.length).toBeGreaterThan(900);
  for (const kase of decided) {
    expect(kase.determinations).toHaveLength(1);
    const [d] = kase.determinations;
    expect(d.status).toBe("ISSUED");
    expect(d.items).toHaveLength(kase.items.length);
    expect(d.items.every((i) => i.decision !== null && i.rationale.length > 100)).toBe(true);
    expect(kase.assignments.filter((a) => a.status === "COMPLETED")).toHaveLength(1);
    expect(d.publication?.status).toBe("PUBLISHED");
    expect(d.publication?.redactedText).toContain("CLINICAL CASE SUMMARY");
  }
  const letter = await db().document.findUniqueOrThrow({ where: { id: decided[0].determinations[0].letterId! } });
  expect(letter.kind).toBe("DETERMINATION_LETTER");
  const bytes = await readDocumentBytes(db(), letter);
  expect(crypto.createHash("sha256").update(bytes).digest("hex")).toBe(letter.sha256);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
});

test("about 13% of decided items are overturned; the published text is found by full-text search", async () => {
  const overturned = await count(`SELECT count(*) AS n FROM "DeterminationItem" WHERE decision = 'OVERTURNED'`);
  const decided = await count(`SELECT count(*) AS n FROM "DeterminationItem" WHERE decision IS NOT NULL`);
  expect(overturned / decided).toBeGreaterThan(0.07);
  expect(overturned / decided).toBeLessThan(0.2);
  const published = await count(`SELECT count(*) AS n FROM "PublishedDecision"`);
  const epidural = await count(
    `SELECT count(*) AS n FROM "PublishedDecision" WHERE to_tsvector('english', "redactedText") @@ plainto_tsquery('english', 'epidural')`,
  );
  expect(epidural).toBeGreaterThan(0);
  expect(epidural).toBeLessThan(published / 2);
});

test("the audit trail has several events per case, with the actions the use cases write", async () => {
  const rows = await db().auditEvent.groupBy({ by: ["action"], _count: { _all: true } });
  expect(ACTIONS).toEqual(expect.arrayContaining(rows.map((r) => r.action)));
  const total = rows.reduce((sum, r) => sum + r._count._all, 0);
  expect(total / 1500).toBeGreaterThan(6);
  const beforeReceipt = await count(
    `SELECT count(*) AS n FROM "AuditEvent" a JOIN "Case" c ON c.id = a."caseId" WHERE a.at < c."receivedAt"`,
  );
  const inFuture = await count(
    `SELECT count(*) AS n FROM "AuditEvent" WHERE at > '${NOW.toISOString()}'::timestamptz AT TIME ZONE 'UTC'`,
  );
  expect([beforeReceipt, inFuture]).toEqual([0, 0]);
});

test("the secondary indexes are back and nothing is left to rebuild", async () => {
  const names = (
    await db().$queryRawUnsafe<{ indexname: string }[]>(
      `SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public'`,
    )
  ).map((r) => r.indexname);
  expect(names).toEqual(
    expect.arrayContaining([
      "Case_status_dueAt_caseNumber_idx",
      "AuditEvent_caseId_at_idx",
      "PublishedDecision_search_idx",
      "Assignment_reviewerId_status_endedAt_idx",
    ]),
  );
  expect(fs.existsSync(pendingIndexFile(process.env.DATABASE_URL!))).toBe(false);
});

test("a database holding cases the generator did not make is refused, and accepted with force", async () => {
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  await createTestCase(intake);
  await expect(generateLoad(input({ casesPerYear: 120, years: 0.1 }))).rejects.toThrow(/did not create/);
  expect(await db().case.count()).toBe(1501);
  await generateLoad(input({ casesPerYear: 120, years: 0.1, force: true }));
  const numbers = await db().case.findMany({ select: { caseNumber: true } });
  expect(numbers).toHaveLength(1501 + 12);
  expect(new Set(numbers.map((c) => c.caseNumber)).size).toBe(numbers.length);
});
