// The demo's year of history on a real database of its own: the demo seed without its history,
// then the history generator at a fixed "now" with foreign-key checks on (so any row pointing
// nowhere fails the load), then what a newcomer relies on: about 2,000 cases in every stage,
// plausible outcome rates, a few amendments, letters in California office hours, the public
// search and its PDFs, the reports and the dashboard with a year of shapes, rows that agree
// with each other, documents whose bytes match their sha256, and the next case number after
// the generated ones.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import { resolveDatabaseTarget } from "@/lib/db/config.ts";
import { CaseStatus } from "@/lib/db/generated/enums.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { seedDemo, DEMO_STAFF } from "@/tools/demo/seed-demo.ts";
import { seedDemoHistory } from "@/tools/demo/history/seed-history.ts";
import type { DemoHistoryResult } from "@/tools/demo/history/generate-history.ts";
import { DEMO_HISTORY_CASES, HISTORY_REVIEWER_LIMITS } from "@/tools/demo/history/generate-history.ts";
import { readDocumentBytes } from "@/lib/documents/read-document-bytes.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { publishedPdf } from "@/lib/publication/published-pdf.ts";
import { readReports } from "@/lib/reports/read-reports.ts";
import { loadDashboard } from "@/lib/cases/dashboard.ts";
import { getCaseSummaryPage } from "@/lib/cases/get-case.ts";
import { specialtyName } from "@/lib/cases/specialties.ts";
import { documentsWithRendition } from "@/lib/documents/read-letter-rendition.ts";
import { caseSummarySelect, type CaseSummary } from "@/lib/cases/case-summary-sql.ts";
import { isBusinessDay } from "@/lib/deadlines/calendar.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { createTestCase } from "../factories/index.ts";

withOwnDatabase("imr_it_demo_history");
jest.setTimeout(120_000);

const NOW = new Date("2026-11-27T17:00:00.000Z");
/** the demo's own cases beside the history: sample, assigned, decided, received, waiting for records */
const DEMO_CASES = 5;
let storageDir: string;
let result: DemoHistoryResult;
let admin: StaffActor;
let intake: StaffActor;
let lines: string[] = [];

const actorOf = async (email: string): Promise<StaffActor> => {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return {
    kind: "user",
    userId: user.id,
    role: user.role,
    name: user.name,
    reviewerId: null,
    meta: { ip: null, userAgent: "test" },
  };
};
const count = async (sql: string) => Number((await db().$queryRawUnsafe<{ n: bigint | number }[]>(sql))[0].n);
/** The generated cases: received within the year before NOW (the demo's own four are received today). */
const HISTORY = `c."receivedAt" < '${NOW.toISOString()}'::timestamptz`;

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-demo-history-"));
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  await seedDemo({ history: false });
  admin = await actorOf(DEMO_STAFF.find((s) => s.role === "ADMIN")!.email);
  intake = await actorOf(DEMO_STAFF.find((s) => s.role === "INTAKE")!.email);
  lines = [];
  result = await seedDemoHistory({
    staff: { intake: intake.userId, admin: admin.userId, qa: admin.userId },
    now: NOW,
    foreignKeyChecks: true,
    target: resolveDatabaseTarget(),
    log: (line) => lines.push(line),
  });
}, 300_000);

afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

test("about 2,000 cases over the year, in every stage, and a summary line with the time and the counts", async () => {
  expect(result.cases).toBe(DEMO_HISTORY_CASES);
  expect(await count(`SELECT count(*) AS n FROM "Case" c WHERE ${HISTORY}`)).toBe(DEMO_HISTORY_CASES);
  const first = await count(`SELECT extract(epoch FROM min(c."receivedAt")) AS n FROM "Case" c WHERE ${HISTORY}`);
  expect(NOW.getTime() / 1000 - first).toBeGreaterThan(360 * 86_400);
  const statuses = await db().case.groupBy({
    by: ["status"],
    _count: { _all: true },
    where: { receivedAt: { lt: NOW } },
  });
  expect(statuses.map((s) => s.status).sort()).toEqual(Object.values(CaseStatus).sort());
  const of = (status: string) => statuses.find((s) => s.status === status)!._count._all;
  expect(of("DECIDED") / DEMO_HISTORY_CASES).toBeGreaterThan(0.55);
  expect(of("DECIDED") / DEMO_HISTORY_CASES).toBeLessThan(0.8);
  expect(of("INELIGIBLE") / DEMO_HISTORY_CASES).toBeGreaterThan(0.08);
  expect(of("INELIGIBLE") / DEMO_HISTORY_CASES).toBeLessThan(0.2);
  // offered and not answered yet, and accepted (in review), both among the assigned cases
  const assignments = await db().assignment.groupBy({
    by: ["status"],
    _count: { _all: true },
    where: { case: { status: "ASSIGNED" } },
  });
  expect(assignments.map((a) => a.status)).toEqual(expect.arrayContaining(["OFFERED", "ACTIVE"]));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^Demo history: 2,000 cases over the last 12 months \(CM\d\d-\d{7} to CM\d\d-\d{7}\) in \d+\.\d s: .*decided [\d,]+.*; [\d,]+ letters, [\d,]+ published decisions, \d+ amended, [\d,]+ audit events\.$/,
  );
});

test("outcomes at realistic rates: about 13% of items overturned, mostly upheld cases, a few amended", async () => {
  const overturned = await count(
    `SELECT count(*) AS n FROM "DeterminationItem" i JOIN "Determination" d ON d.id = i."determinationId" WHERE d.status = 'ISSUED' AND i.decision = 'OVERTURNED'`,
  );
  const decided = await count(
    `SELECT count(*) AS n FROM "DeterminationItem" i JOIN "Determination" d ON d.id = i."determinationId" WHERE d.status = 'ISSUED'`,
  );
  expect(overturned / decided).toBeGreaterThan(0.08);
  expect(overturned / decided).toBeLessThan(0.2);
  const outcomes = Object.fromEntries(
    (
      await db().publishedDecision.groupBy({ by: ["outcome"], _count: { _all: true }, where: { status: "PUBLISHED" } })
    ).map((g) => [g.outcome, g._count._all]),
  );
  const total = outcomes.UPHELD + outcomes.OVERTURNED + outcomes.PARTIALLY_OVERTURNED;
  expect(outcomes.UPHELD / total).toBeGreaterThan(0.65);
  expect(outcomes.OVERTURNED / total).toBeGreaterThan(0.03);
  expect(outcomes.PARTIALLY_OVERTURNED / total).toBeGreaterThan(0.03);
  expect(result.amended).toBeGreaterThan(5);
  expect(result.amended).toBeLessThan(60);
  // an amendment: version 2 issued, version 1 superseded, one public copy (the latest)
  const amended = await db().case.findMany({
    where: { determinations: { some: { version: 2 } } },
    select: {
      status: true,
      determinations: {
        select: {
          version: true,
          status: true,
          amendsId: true,
          id: true,
          letterId: true,
          publication: { select: { status: true } },
        },
        orderBy: { version: "asc" },
      },
    },
  });
  expect(amended).toHaveLength(result.amended);
  for (const kase of amended) {
    const [v1, v2] = kase.determinations;
    expect([kase.status, v1.status, v2.status, v2.amendsId, v1.publication?.status, v2.publication?.status]).toEqual([
      "DECIDED",
      "SUPERSEDED",
      "ISSUED",
      v1.id,
      "SUPERSEDED",
      "PUBLISHED",
    ]);
    expect(v2.letterId).not.toBe(v1.letterId);
  }
});

test("letters went out on California business days, between 08:00 and 16:00", async () => {
  const issued = await db().$queryRawUnsafe<{ day: string; minutes: number }[]>(`
    SELECT to_char(d."issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD') AS day,
           (extract(hour FROM d."issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles') * 60
            + extract(minute FROM d."issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles'))::int AS minutes
      FROM "Determination" d JOIN "Case" c ON c.id = d."caseId" WHERE d."issuedAt" IS NOT NULL AND ${HISTORY}`);
  expect(issued.length).toBeGreaterThan(1000);
  expect(issued.filter((r) => !isBusinessDay(r.day) || r.minutes < 8 * 60 || r.minutes >= 16 * 60)).toEqual([]);
  // the published copy's dates are the letter's California day and the application's
  expect(
    await count(`SELECT count(*) AS n FROM "PublishedDecision" p JOIN "Determination" d ON d.id = p."determinationId" JOIN "Case" c ON c.id = p."caseId"
    WHERE p."decisionDate" <> (d."issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles')::date
       OR p."receivedDate" <> (c."receivedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Los_Angeles')::date`),
  ).toBe(0);
});

test("the public search finds the published decisions, with their facets, and each has its PDF", async () => {
  const all = await searchPublished({}, { count: 100_000, rank: 100_000 });
  expect(all.total).toBe(await db().publishedDecision.count({ where: { status: "PUBLISHED" } }));
  expect(all.total).toBeGreaterThan(1000);
  expect(all.facets.categories.length).toBeGreaterThanOrEqual(5);
  expect(all.facets.specialties.length).toBeGreaterThanOrEqual(2);
  const epidural = await searchPublished({ q: "epidural" });
  expect(epidural.total).toBeGreaterThan(0);
  expect(epidural.total).toBeLessThan(all.total);
  const overturned = await searchPublished({ outcome: "OVERTURNED" });
  expect(overturned.total).toBeGreaterThan(10);
  expect(overturned.rows.every((r) => r.outcome === "OVERTURNED")).toBe(true);
  const pdf = await publishedPdf(overturned.rows[0].id);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(crypto.createHash("sha256").update(pdf.bytes).digest("hex")).toBe(pdf.sha256);
  expect(pdf.bytes.toString("latin1")).toContain(overturned.rows[0].caseNumber);
  expect(
    await count(
      `SELECT count(*) AS n FROM "PublishedDecision" WHERE pdf IS NULL OR encode(sha256(pdf), 'hex') <> "pdfSha256"`,
    ),
  ).toBe(0);
});

test("the reports have a year of shapes: every month's applications, letters, categories, specialties, reviewers", async () => {
  const { rows } = await readReports({ actor: admin, input: {}, now: NOW });
  const months = rows["volume-by-month"];
  expect(months.filter((m) => m.applications > 0).length).toBeGreaterThanOrEqual(12);
  expect(months.filter((m) => m.letters > 0).length).toBeGreaterThanOrEqual(11);
  expect(months.reduce((sum, m) => sum + m.amendedLetters, 0)).toBeGreaterThan(0);
  expect(rows["overturn-by-category"].length).toBeGreaterThanOrEqual(5);
  expect(rows["overturn-by-specialty"].length).toBeGreaterThanOrEqual(2);
  expect(rows["overturn-by-year"].reduce((sum, r) => sum + r.cases, 0)).toBeGreaterThan(1000);
  expect(rows["reviewer-workload"].length).toBeGreaterThanOrEqual(4);
  expect(rows["case-age"].length).toBeGreaterThan(0);
  expect(rows.deadlines.length).toBeGreaterThan(0);
});

test("the dashboard's figures: cases by stage, offers and reviews, deadlines and the average ages", async () => {
  const board = await loadDashboard({ actor: admin, now: NOW });
  expect(Object.values(board.byStage).reduce((a, b) => a + b, 0)).toBe(DEMO_HISTORY_CASES + DEMO_CASES);
  expect(board.assigned.offered + board.assigned.inReview).toBe(board.byStage.ASSIGNED);
  expect(board.assigned.inReview).toBeGreaterThan(0);
  expect(board.lettersCounted).toBeGreaterThan(200);
  expect(board.averageDaysFromAssignment).toBeGreaterThan(1);
  expect(board.averageDaysFromRecords).toBeGreaterThan(board.averageDaysFromAssignment!);
});

test("rows agree with each other: items, reviewers, letters, publications, assignments", async () => {
  // every determination decides exactly the case's disputed items
  expect(
    await count(`
    SELECT count(*) AS n FROM "Determination" d
     WHERE (SELECT array_agg(i."disputedItemId" ORDER BY i."disputedItemId") FROM "DeterminationItem" i WHERE i."determinationId" = d.id)
           IS DISTINCT FROM (SELECT array_agg(di.id ORDER BY di.id) FROM "DisputedItem" di WHERE di."caseId" = d."caseId")`),
  ).toBe(0);
  // an issued or superseded letter decided every item; its reviewer had the case
  expect(
    await count(
      `SELECT count(*) AS n FROM "DeterminationItem" i JOIN "Determination" d ON d.id = i."determinationId" WHERE d.status IN ('ISSUED', 'SUPERSEDED') AND (i.decision IS NULL OR length(i.rationale) < 100)`,
    ),
  ).toBe(0);
  expect(
    await count(
      `SELECT count(*) AS n FROM "Determination" d WHERE NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."caseId" = d."caseId" AND a."reviewerId" = d."reviewerId" AND a.status IN ('ACTIVE', 'COMPLETED'))`,
    ),
  ).toBe(0);
  // a decided case has one issued determination with its letter and one public copy; an open case none
  expect(
    await count(
      `SELECT count(*) AS n FROM "Case" c WHERE c.status = 'DECIDED' AND (SELECT count(*) FROM "Determination" d WHERE d."caseId" = c.id AND d.status = 'ISSUED' AND d."letterId" IS NOT NULL) <> 1`,
    ),
  ).toBe(0);
  expect(
    await count(
      `SELECT count(*) AS n FROM "Case" c WHERE c.status = 'DECIDED' AND ${HISTORY} AND (SELECT count(*) FROM "PublishedDecision" p WHERE p."caseId" = c.id AND p.status = 'PUBLISHED') <> 1`,
    ),
  ).toBe(0);
  expect(
    await count(
      `SELECT count(*) AS n FROM "Case" c WHERE c.status <> 'DECIDED' AND EXISTS (SELECT 1 FROM "Determination" d WHERE d."caseId" = c.id AND d."issuedAt" IS NOT NULL)`,
    ),
  ).toBe(0);
  // cases in review or QA have one live assignment; ready cases none
  expect(
    await count(
      `SELECT count(*) AS n FROM "Case" c WHERE c.status IN ('ASSIGNED', 'IN_QA') AND (SELECT count(*) FROM "Assignment" a WHERE a."caseId" = c.id AND a.status IN ('OFFERED', 'ACTIVE')) <> 1`,
    ),
  ).toBe(0);
  expect(
    await count(
      `SELECT count(*) AS n FROM "Assignment" a JOIN "Case" c ON c.id = a."caseId" WHERE c.status = 'READY_FOR_ASSIGNMENT'`,
    ),
  ).toBe(0);
  // the reviewers are the demo panel's numbered reviewers, within their limits
  const reviewers = await db().$queryRawUnsafe<{ email: string; open: number; max: number }[]>(`
    SELECT u.email, count(*) FILTER (WHERE a.status IN ('OFFERED', 'ACTIVE'))::int AS open, rp."maxOpenCases" AS max
      FROM "Assignment" a JOIN "Case" c ON c.id = a."caseId" JOIN "ReviewerProfile" rp ON rp.id = a."reviewerId" JOIN "User" u ON u.id = rp."userId"
     WHERE ${HISTORY} GROUP BY u.email, rp."maxOpenCases"`);
  expect(reviewers.length).toBeGreaterThanOrEqual(4);
  expect(
    reviewers.every(
      (r) => /^reviewer\d+@demo\.imr$/.test(r.email) && r.open <= r.max && r.max >= HISTORY_REVIEWER_LIMITS.openCases,
    ),
  ).toBe(true);
  // the parties, their access codes and the trail
  expect(
    await count(
      `SELECT count(*) AS n FROM "Case" c WHERE ${HISTORY} AND NOT EXISTS (SELECT 1 FROM "Party" p WHERE p."caseId" = c.id AND p.role = 'EMPLOYEE' AND p.name = c."employeeName")`,
    ),
  ).toBe(0);
  expect(
    await count(
      `SELECT count(*) AS n FROM "Case" c WHERE c.status = 'DECIDED' AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."caseId" = c.id AND a.action = 'determination.issued')`,
    ),
  ).toBe(0);
  expect(result.auditEvents / DEMO_HISTORY_CASES).toBeGreaterThan(5);
});

test("the case page's summary read in SQL equals Prisma's read of its select, for cases in every stage", async () => {
  // a few cases of each status, with the richest (most assignments, letters and documents) first
  const sample = await db().$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM (
      SELECT c."id", row_number() OVER (PARTITION BY c."status" ORDER BY
        (SELECT count(*) FROM "Assignment" a WHERE a."caseId" = c."id") DESC,
        (SELECT count(*) FROM "Determination" d WHERE d."caseId" = c."id") DESC, c."caseNumber") AS n
      FROM "Case" c) ranked
    WHERE n <= 6`;
  expect(sample.length).toBeGreaterThanOrEqual(Object.values(CaseStatus).length * 6 - 10);
  const itemsInOrder = (summary: CaseSummary) => {
    for (const d of summary.determinations) d.items.sort((a, b) => a.disputedItemId.localeCompare(b.disputedItemId));
    return summary;
  };
  const seen = { reassigned: 0, letters: 0, documents: 0, webVersions: 0 };
  for (const { id } of sample) {
    const page = await getCaseSummaryPage({ actor: admin, caseId: id });
    const prisma = await db().case.findUniqueOrThrow({ where: { id }, select: caseSummarySelect });
    expect(itemsInOrder(page.kase)).toStrictEqual(itemsInOrder(prisma));
    // with the specialty's name and the web versions of its letters and notices
    expect(page.specialtyName).toBe(await specialtyName(prisma.specialtyCode));
    const shown = [
      ...prisma.documents.filter((d) => d.kind === "NOTICE").map((d) => d.id),
      ...prisma.determinations.map((d) => d.letterId),
    ];
    expect([...page.webVersions].filter((docId) => shown.includes(docId)).sort()).toEqual(
      [...(await documentsWithRendition(shown))].sort(),
    );
    if (page.webVersions.size > 0) seen.webVersions++;
    if (prisma.assignments.length > 1) seen.reassigned++;
    if (prisma.determinations.some((d) => d.letterId)) seen.letters++;
    if (prisma.documents.length > 0) seen.documents++;
  }
  // the sample holds what the statement builds: several assignments, letters, documents
  expect(seen.reassigned).toBeGreaterThan(0);
  expect(seen.letters).toBeGreaterThan(5);
  expect(seen.documents).toBeGreaterThan(20);
  expect(seen.webVersions).toBeGreaterThan(0);
});

test("every stored document's bytes match its sha256", async () => {
  const documents = await db().document.findMany({
    select: { id: true, storageKey: true, sha256: true },
    distinct: ["storageKey", "sha256"],
  });
  expect(documents.length).toBeGreaterThanOrEqual(3);
  expect(
    await count(
      `SELECT count(*) AS n FROM (SELECT "storageKey" FROM "Document" GROUP BY "storageKey" HAVING count(DISTINCT sha256) > 1) k`,
    ),
  ).toBe(0);
  for (const doc of documents) {
    const bytes = await readDocumentBytes(db(), doc);
    expect([doc.storageKey, crypto.createHash("sha256").update(bytes).digest("hex")]).toEqual([
      doc.storageKey,
      doc.sha256,
    ]);
  }
});

test("case numbers: CMyy-nnnnnnn, unique, in time order within a year; the next case takes a fresh number", async () => {
  const cases = await db().case.findMany({
    where: { receivedAt: { lt: NOW } },
    select: { caseNumber: true, receivedAt: true },
    orderBy: { receivedAt: "asc" },
  });
  expect(cases.every((c) => /^CM\d{2}-\d{7}$/.test(c.caseNumber))).toBe(true);
  const of2026 = cases.filter((c) => c.caseNumber.startsWith("CM26")).map((c) => c.caseNumber);
  expect(of2026).toEqual([...of2026].sort());
  const before = new Set((await db().case.findMany({ select: { caseNumber: true } })).map((c) => c.caseNumber));
  expect(before.size).toBe(DEMO_HISTORY_CASES + DEMO_CASES);
  const created = await createTestCase(intake);
  expect(before.has(created.caseNumber)).toBe(false);
  const yy = created.caseNumber.slice(0, 4);
  const highest = [...before]
    .filter((n) => n.startsWith(yy))
    .sort()
    .at(-1)!;
  expect(created.caseNumber > highest).toBe(true);
});
