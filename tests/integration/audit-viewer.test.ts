// The audit viewer on the real database: each filter returns exactly the events SQL finds
// (dates as California days, computed here by PostgreSQL's own time zone data), keyset pages
// walk the whole result both ways, the count stops at its cap, the CSV export escapes every
// field (formula injection included) and is itself audited, a case's history reads in plain
// words, and nobody but an administrator gets anything.
import fs from "node:fs";
import { Prisma } from "@/lib/db/generated/client.ts";
import { db, closeDb } from "@/lib/db/client.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import { listAuditEvents } from "@/lib/audit-viewer/list-audit-events.ts";
import { AUDIT_CSV_HEADER, exportAuditEvents } from "@/lib/audit-viewer/export-audit-events.ts";
import { AUDIT_COUNT_CAP } from "@/lib/audit-viewer/audit-query.ts";
import { caseHistory } from "@/lib/audit-viewer/case-history.ts";
import { csvField as csvCell, toCsv as csvFile } from "@/lib/reports/csv.ts";
import { KNOWN_AUDIT_ACTIONS } from "@/lib/audit-viewer/audit-actions.ts";
import { payloadSummary } from "@/lib/audit-viewer/audit-format.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties, unique } from "../factories/index.ts";

afterAll(closeDb);

// A winter window of three California days in a year no other test writes to, so the seeded
// events are the only ones in it. PST is UTC-8: a California day starts at 08:00 UTC.
const YEAR = 1990 + Math.floor(Math.random() * 9);
const DAY1 = `${YEAR}-01-10`,
  DAY2 = `${YEAR}-01-11`,
  DAY3 = `${YEAR}-01-12`;
const utc = (iso: string) => new Date(`${iso}Z`);
/** instants around the California days' edges */
const TIMES = [
  utc(`${YEAR}-01-10T08:00:00.000`), // DAY1 00:00 California
  utc(`${YEAR}-01-10T20:15:00.000`), // DAY1 midday
  utc(`${YEAR}-01-11T07:59:59.999`), // DAY1 23:59:59.999 California (DAY2 in UTC)
  utc(`${YEAR}-01-11T08:00:00.000`), // DAY2 00:00 California
  utc(`${YEAR}-01-11T08:00:00.000`), // the same instant again: the id breaks the tie
  utc(`${YEAR}-01-12T02:30:00.000`), // DAY2 evening (DAY3 in UTC)
  utc(`${YEAR}-01-12T18:00:00.000`), // DAY3
  utc(`${YEAR}-01-13T07:30:00.000`), // DAY3 23:30 California
];

type World = {
  admin: StaffActor;
  intake: StaffActor;
  reviewer: StaffActor;
  alice: StaffActor;
  bob: StaffActor;
  caseA: { caseId: string; caseNumber: string };
  caseB: { caseId: string; caseNumber: string };
  partyId: string;
};
let w: World;

beforeAll(async () => {
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  const [admin, reviewer, alice, bob, caseA, caseB] = await Promise.all([
    createStaff("ADMIN"),
    createReviewer(),
    createStaff("INTAKE"),
    createStaff("ADMIN"),
    createTestCase(intake, { claimNumber: unique("AV") }),
    createTestCase(intake, { claimNumber: unique("AV") }),
  ]);
  const party = await db().party.findFirstOrThrow({ where: { caseId: caseA.caseId, role: "EMPLOYEE" } });
  w = { admin, intake, reviewer, alice, bob, caseA, caseB, partyId: party.id };

  // Every combination of actor x action x case over the instants, in a fixed pattern.
  const actors = [
    { actorType: "USER" as const, actorId: alice.userId, actorRole: "INTAKE" },
    { actorType: "USER" as const, actorId: bob.userId, actorRole: "ADMIN" },
    { actorType: "PARTY" as const, actorId: party.id, actorRole: "PARTY" },
    { actorType: "SYSTEM" as const, actorId: null, actorRole: null },
  ];
  const actions = ["case.created", "letter.downloaded", "party.access_denied"];
  const cases = [caseA.caseId, caseB.caseId, null];
  const rows: Prisma.AuditEventCreateManyInput[] = [];
  TIMES.forEach((at, i) => {
    for (let j = 0; j < 3; j += 1) {
      const k = i * 3 + j;
      rows.push({
        at,
        ...actors[k % 4],
        action: actions[k % 3],
        entityType: "Case",
        entityId: `seed-${k}`,
        caseId: cases[(k + i) % 3],
        ip: `10.20.${i}.${j}`,
        userAgent: "jest",
        payload: { step: k, note: `seed ${k}` },
      });
    }
  });
  // One row whose fields try to break a CSV or run as a spreadsheet formula.
  rows.push({
    at: TIMES[6],
    actorType: "SYSTEM",
    action: "job.failed",
    entityType: "Job",
    entityId: '=HYPERLINK("http://evil.example","x")',
    caseId: caseB.caseId,
    ip: null,
    userAgent: 'Agent, "quoted"\r\nsecond line',
    payload: { error: '+1 boom, "bad"\nnext' },
  });
  await db().auditEvent.createMany({ data: rows });
}, 60_000);

const windowAll = () => ({ from: DAY1, to: DAY3 });

/** The same filters in plain SQL, dates converted by PostgreSQL's time zone database. */
async function sqlIds(f: {
  caseId?: string;
  actorId?: string;
  actorType?: string;
  action?: string;
  from?: string;
  to?: string;
}): Promise<string[]> {
  const conditions = [Prisma.sql`TRUE`];
  if (f.caseId) conditions.push(Prisma.sql`"caseId" = ${f.caseId}::uuid`);
  if (f.actorId) conditions.push(Prisma.sql`"actorId" = ${f.actorId}`);
  if (f.actorType) conditions.push(Prisma.sql`"actorType"::text = ${f.actorType}`);
  if (f.action) conditions.push(Prisma.sql`"action" = ${f.action}`);
  if (f.from)
    conditions.push(
      Prisma.sql`"at" >= ((${f.from}::date)::timestamp AT TIME ZONE 'America/Los_Angeles') AT TIME ZONE 'UTC'`,
    );
  if (f.to)
    conditions.push(
      Prisma.sql`"at" < (((${f.to}::date + 1))::timestamp AT TIME ZONE 'America/Los_Angeles') AT TIME ZONE 'UTC'`,
    );
  const rows = await db().$queryRaw<
    { id: bigint }[]
  >`SELECT "id" FROM "AuditEvent" WHERE ${Prisma.join(conditions, " AND ")} ORDER BY "at" DESC, "id" DESC`;
  return rows.map((r) => r.id.toString());
}

async function viewerIds(actor: Actor, input: Record<string, string>): Promise<string[]> {
  const page = await listAuditEvents({ actor, input, pageSize: 1000 });
  return page.rows.map((r) => r.key);
}

describe("each filter returns exactly the events SQL finds", () => {
  const cases: [string, () => Record<string, string>, () => Parameters<typeof sqlIds>[0], number][] = [
    ["the date window alone", () => windowAll(), () => windowAll(), 25],
    [
      "a case by number",
      () => ({ case: w.caseA.caseNumber.toLowerCase(), ...windowAll() }),
      () => ({ caseId: w.caseA.caseId, ...windowAll() }),
      8,
    ],
    [
      "a case by id",
      () => ({ case: w.caseB.caseId, ...windowAll() }),
      () => ({ caseId: w.caseB.caseId, ...windowAll() }),
      9,
    ],
    ["a user by full name", () => ({ actor: w.alice.name }), () => ({ actorId: w.alice.userId }), 6],
    [
      "a user by part of the name",
      () => ({ actor: w.bob.name.slice(2).toLowerCase() }),
      () => ({ actorId: w.bob.userId }),
      6,
    ],
    ["parties", () => ({ actor: "party", ...windowAll() }), () => ({ actorType: "PARTY", ...windowAll() }), 6],
    ["the system", () => ({ actor: "System", ...windowAll() }), () => ({ actorType: "SYSTEM", ...windowAll() }), 7],
    [
      "an action",
      () => ({ action: "letter.downloaded", ...windowAll() }),
      () => ({ action: "letter.downloaded", ...windowAll() }),
      8,
    ],
    [
      "one California day (its first and last millisecond in, the next day's first out)",
      () => ({ from: DAY1, to: DAY1 }),
      () => ({ from: DAY1, to: DAY1 }),
      9,
    ],
    ["from a day on", () => ({ from: DAY2, to: DAY3 }), () => ({ from: DAY2, to: DAY3 }), 16],
    [
      "everything at once",
      () => ({ case: w.caseA.caseNumber, actor: w.alice.userId, action: "case.created", from: DAY1, to: DAY3 }),
      () => ({ caseId: w.caseA.caseId, actorId: w.alice.userId, action: "case.created", ...windowAll() }),
      1,
    ],
  ];

  test.each(cases)("%s", async (_label, input, sql, expectedCount) => {
    const expected = await sqlIds(sql());
    expect(expected).toHaveLength(expectedCount); // the seed is what the test thinks it is
    expect(await viewerIds(w.admin, input())).toEqual(expected);
  });

  test("a user by e-mail address, typed in any case", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: w.alice.userId } });
    const expected = await sqlIds({ actorId: w.alice.userId });
    expect(expected.length).toBe(6);
    expect(await viewerIds(w.admin, { actor: user.email.toUpperCase() })).toEqual(expected);
  });
});

test("rows carry the acting user's name, the party's role, the case number and the payload in words", async () => {
  const page = await listAuditEvents({ actor: w.admin, input: { case: w.caseA.caseNumber, ...windowAll() } });
  const byActor = (type: string) => page.rows.find((r) => r.actorType === type)!;
  expect(byActor("USER").who).toMatch(new RegExp(`^(${w.alice.name} \\(Intake\\)|${w.bob.name} \\(Admin\\))$`));
  expect(byActor("PARTY").who).toBe("Employee (party)");
  expect(byActor("SYSTEM").who).toMatch(/^A visitor from 10\.20\./);
  expect(page.rows.every((r) => r.caseNumber === w.caseA.caseNumber)).toBe(true);
  // jsonb keeps keys in its own order (shorter first, then alphabetical)
  expect(page.rows[0].summary).toMatch(/^Note: seed \d+; Step: \d+$/);
  expect(page.rows[0].details).toEqual([
    { label: "Note", text: expect.stringMatching(/^seed \d+$/) },
    { label: "Step", text: expect.stringMatching(/^\d+$/) },
  ]);
});

test("every audit action has its words, so each can be chosen as a filter", () => {
  const source = fs.readFileSync("lib/audit/record-audit.ts", "utf8");
  const block = source.slice(source.indexOf("export type AuditPayloads"), source.indexOf("export type AuditAction"));
  const declared = [...block.matchAll(/^\s*"([a-z_]+\.[a-z_]+)":/gm)].map((m) => m[1]).sort();
  expect(declared.length).toBeGreaterThan(40);
  expect(KNOWN_AUDIT_ACTIONS).toEqual(declared);
});

test.each([
  [{ a: "x", n: 2, ok: true, none: null }, "a: x; n: 2; ok: true; none: none"],
  [{ items: ["one", "two"], nested: { k: 1 } }, 'items: one, two; nested: {"k":1}'],
  [{ text: "line\nbreak   spaces" }, "text: line break spaces"],
  [
    { letterId: "0ac9ffb8-2ef3-440c-a0c5-1f3c1fbc642e", sha256: "ab".repeat(32) },
    "letterId: 0ac9ffb8…; sha256: abababab…",
  ],
  [{}, ""],
])("payload %j reads as %j", (payload, text) => {
  expect(payloadSummary(payload)).toBe(text);
});

test("keyset pages walk the whole result, older and back newer, without gaps or repeats", async () => {
  const expected = await sqlIds(windowAll());
  const seen: string[] = [];
  let page = await listAuditEvents({ actor: w.admin, input: windowAll(), pageSize: 4 });
  expect(page.newer).toBeNull();
  expect(page.count).toEqual({ value: expected.length, capped: false });
  const pages = [page];
  seen.push(...page.rows.map((r) => r.key));
  while (page.older) {
    page = await listAuditEvents({ actor: w.admin, input: { ...windowAll(), before: page.older }, pageSize: 4 });
    pages.push(page);
    seen.push(...page.rows.map((r) => r.key));
  }
  expect(seen).toEqual(expected);
  expect(pages).toHaveLength(Math.ceil(expected.length / 4));
  // Back towards the newest from the last page: each newer page is the page before it.
  for (let i = pages.length - 1; i > 0; i -= 1) {
    const newer = await listAuditEvents({
      actor: w.admin,
      input: { ...windowAll(), after: pages[i].newer! },
      pageSize: 4,
    });
    expect(newer.rows.map((r) => r.key)).toEqual(pages[i - 1].rows.map((r) => r.key));
  }
});

test(`the count stops at ${AUDIT_COUNT_CAP} and says so`, async () => {
  const day = `${YEAR}-06-15`;
  const at = utc(`${YEAR}-06-15T19:00:00.000`);
  await db().auditEvent.createMany({
    data: Array.from({ length: AUDIT_COUNT_CAP + 5 }, (_, i) => ({
      at,
      actorType: "SYSTEM" as const,
      action: "job.failed",
      entityType: "Job",
      entityId: `bulk-${i}`,
      payload: {},
    })),
  });
  const page = await listAuditEvents({ actor: w.admin, input: { from: day, to: day } });
  expect(page.count).toEqual({ value: AUDIT_COUNT_CAP, capped: true });
  expect(page.rows).toHaveLength(50);
  expect(page.older).not.toBeNull();
}, 60_000);

test.each([
  [{ from: "2026-02-30" }, "from"],
  [{ from: `${YEAR}-01-12`, to: `${YEAR}-01-10` }, "to"],
  [{ case: "CM00-0000000" }, "case"],
  [{ actor: "nobody-at-all@example.invalid" }, "actor"],
  [{ actor: "no user is called this 7f3a" }, "actor"],
  [{ action: "case.exploded" }, "action"],
  [{ before: "not-a-cursor" }, "before"],
])("filters %j are refused with a message for %s", async (input, field) => {
  await expect(listAuditEvents({ actor: w.admin, input })).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: { [field]: [expect.any(String)] },
  });
  // The export takes the filters only (it always starts at the newest event).
  if (field !== "before")
    await expect(exportAuditEvents({ actor: w.admin, input })).rejects.toMatchObject({ code: "VALIDATION" });
});

describe("CSV", () => {
  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555", "'+1 555"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTab", "'\tTab"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    [null, ""],
    [42, "42"],
    [-7, "-7"],
    [new Date("2026-01-02T03:04:05.000Z"), "2026-01-02T03:04:05.000Z"],
  ])("cell %j is written %j", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  test("a file has a byte-order mark, CRLF lines and a header", () => {
    expect(csvFile(["a", "b"], [[1, "x,y"]])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });

  test("the export holds exactly the filtered events, every field escaped, and is itself audited", async () => {
    const expected = await sqlIds({ caseId: w.caseB.caseId, ...windowAll() });
    const file = await exportAuditEvents({ actor: w.admin, input: { case: w.caseB.caseNumber, ...windowAll() } });
    expect(file).toMatchObject({ mimeType: "text/csv; charset=utf-8", rows: expected.length, truncated: false });
    expect(file.fileName).toMatch(/^audit-\d{8}-\d{4}\.csv$/);
    const records = parseCsv(file.bytes.toString("utf8").replace(/^\uFEFF/, ""));
    expect(records[0]).toEqual([...AUDIT_CSV_HEADER]);
    const rows = records.slice(1);
    expect(rows).toHaveLength(expected.length);
    const events = await db().auditEvent.findMany({ where: { id: { in: expected.map(BigInt) } } });
    const byEntity = new Map(events.map((e) => [e.entityId, e]));
    for (const row of rows) {
      const cell = Object.fromEntries(AUDIT_CSV_HEADER.map((h, i) => [h, row[i]]));
      const entity = cell.entity_id.startsWith("'") ? cell.entity_id.slice(1) : cell.entity_id;
      const event = byEntity.get(entity)!;
      expect(cell.at).toBe(event.at.toISOString());
      expect(cell.case_number).toBe(w.caseB.caseNumber);
      expect(JSON.parse(cell.payload)).toEqual(event.payload);
    }
    const hostile = Object.fromEntries(
      AUDIT_CSV_HEADER.map((h, i) => [h, rows.find((r) => r.includes("job.failed"))![i]]),
    );
    expect(hostile.entity_id).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(hostile.user_agent).toBe('Agent, "quoted"\r\nsecond line');
    expect(hostile.actor_name).toBe("");

    const audited = await db().auditEvent.findFirstOrThrow({
      where: { action: "audit.exported", actorId: w.admin.userId },
      orderBy: { id: "desc" },
    });
    expect(audited.payload).toEqual({ rows: expected.length, filters: { case: w.caseB.caseNumber, ...windowAll() } });
  });

  test("the export stops at its cap and says so in its name", async () => {
    const file = await exportAuditEvents({ actor: w.admin, input: windowAll(), cap: 7 });
    expect(file).toMatchObject({ rows: 7, truncated: true });
    expect(file.fileName).toMatch(/-first-7\.csv$/);
    expect(
      parseCsv(file.bytes.toString("utf8").replace(/^\uFEFF/, ""))
        .slice(1)
        .map((r) => r[AUDIT_CSV_HEADER.indexOf("entity_id")]),
    ).toEqual(
      (
        await db().auditEvent.findMany({
          where: { id: { in: (await sqlIds(windowAll())).slice(0, 7).map(BigInt) } },
          orderBy: [{ at: "desc" }, { id: "desc" }],
        })
      ).map((e) => csvCell(e.entityId).replace(/^"|"$/g, "").replace(/""/g, '"')),
    );
  });
});

describe("a case's history", () => {
  test("its own events in plain words, newest first, with the rest one link away", async () => {
    const history = await caseHistory({ actor: w.admin, input: { caseId: w.caseA.caseId, limit: 3 } });
    expect(history.caseNumber).toBe(w.caseA.caseNumber);
    expect(history.events).toHaveLength(3);
    expect(history.more).toBe(true);
    const all = await db().auditEvent.findMany({
      where: { caseId: w.caseA.caseId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 3,
    });
    expect(history.events.map((e) => e.key)).toEqual(all.map((e) => e.id.toString()));
    const full = await caseHistory({ actor: w.admin, input: { caseId: w.caseA.caseId, limit: 100 } });
    const created = full.events.find((e) => e.action === "case.created" && e.actorId === w.intake.userId)!;
    expect(`${created.who} ${created.words}`).toBe(`${w.intake.name} (Intake) created the case`);
  });

  test.each([["not a uuid"], ["00000000-0000-4000-8000-000000000000"]])(
    "an unknown case %s is not found",
    async (caseId) => {
      await expect(caseHistory({ actor: w.admin, input: { caseId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    },
  );
});

describe("only administrators read or export the audit trail", () => {
  const others: [string, () => Actor | null][] = [
    ["intake", () => w.intake],
    ["a reviewer", () => w.reviewer],
    [
      "a party",
      () => ({ kind: "party", partyId: w.partyId, caseId: w.caseA.caseId, meta: { ip: null, userAgent: null } }),
    ],
    ["the system", () => ({ kind: "system", meta: { ip: null, userAgent: null } })],
    ["nobody", () => null],
  ];
  test.each(others)("%s gets nothing and leaves no export behind", async (_label, who) => {
    const before = await db().auditEvent.count({ where: { action: "audit.exported" } });
    await expect(listAuditEvents({ actor: who(), input: windowAll() })).rejects.toMatchObject({
      code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
    });
    await expect(exportAuditEvents({ actor: who(), input: windowAll() })).rejects.toMatchObject({
      code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
    });
    await expect(caseHistory({ actor: who(), input: { caseId: w.caseA.caseId } })).rejects.toMatchObject({
      code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
    });
    expect(await db().auditEvent.count({ where: { action: "audit.exported" } })).toBe(before);
  });
});

/** A strict RFC 4180 reader, to read the export back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          value += text[i];
          i += 1;
        }
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        value += text[i];
        i += 1;
      }
    }
    record.push(value);
    if (text[i] === ",") {
      i += 1;
      continue;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    if (i >= text.length) break;
    throw new Error(`Unexpected character at ${i}: ${JSON.stringify(text[i])}`);
  }
  if (record.length) records.push(record);
  return records;
}
