// The case lists (intake list, admin queue): each row's item count, due-date order in both
// directions (cases without a due date after the dated ones either way, ties by case number
// the same way) and the exact total below the cap; the search by case number, claim number,
// employee and claims administrator whatever the accents, capitals and dashes, and the name
// columns and their sorts. On a database of its own: the admin sees every case.
import { withOwnDatabase } from "../support/own-database.ts";
import { db } from "@/lib/db/client.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { loadAdminQueue } from "@/lib/cases/admin-queue.ts";
import { applicationInput, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

withOwnDatabase("imr_it_list");

let expected: { id: string; caseNumber: string; dueAt: Date | null; items: number }[];
let admin: Awaited<ReturnType<typeof createStaff>>;
let intake: Awaited<ReturnType<typeof createStaff>>;
let hernandez: { caseId: string; caseNumber: string };

beforeAll(async () => {
  await ensureSpecialties();
  intake = await createStaff("INTAKE");
  admin = await createStaff("ADMIN");
  await createTestCase(intake, {
    items: ["Cervical medial branch blocks C3-C5", "Physical therapy, 8 sessions", "Lumbar MRI"],
    employeeName: "Brian O'Brien",
    claimsAdministratorName: "Sierra Claims Services",
  });
  await createTestCase(intake, {
    items: ["Lumbar MRI"],
    employeeName: "Álvaro Núñez",
    claimsAdministratorName: "Acme TPA",
  });
  hernandez = await createTestCase(intake, {
    employeeName: "María Hernández",
    claimNumber: "WCF-77120-B",
    claimsAdministratorName: "Zénith Insurance Co.",
  });
  await createCase({
    actor: intake,
    input: applicationInput({ employeeName: "Zoe Hernandes", claimNumber: "WCF-77121-B" }),
  }); // RECEIVED: no due date yet
  const cases = await db().case.findMany({
    select: { id: true, caseNumber: true, dueAt: true, _count: { select: { items: true } } },
  });
  expected = cases.map((c) => ({ id: c.id, caseNumber: c.caseNumber, dueAt: c.dueAt, items: c._count.items }));
}, 120_000);

test("each row carries its own number of disputed items", async () => {
  const list = await listCases({ actor: admin, query: {} });
  expect(list.rows.map((r) => [r.id, r._count.items]).sort()).toEqual(expected.map((c) => [c.id, c.items]).sort());
  expect(new Set(expected.map((c) => c.items)).size).toBeGreaterThan(1);
  expect(list.total).toBe(expected.length);
  expect(list.totalIsCapped).toBe(false);
});

test.each([
  ["asc", "undated last"],
  ["desc", "undated last too"],
] as const)("due date %s: %s", async (dir, _label) => {
  const list = await listCases({ actor: admin, query: { sort: "dueAt", dir } });
  const byNumber = (a: { caseNumber: string }, b: { caseNumber: string }) =>
    a.caseNumber.localeCompare(b.caseNumber) * (dir === "asc" ? 1 : -1);
  const dated = expected
    .filter((c) => c.dueAt)
    .sort((a, b) => (a.dueAt!.getTime() - b.dueAt!.getTime()) * (dir === "asc" ? 1 : -1) || byNumber(a, b));
  const undated = expected.filter((c) => !c.dueAt).sort(byNumber);
  expect(undated.length).toBeGreaterThan(0);
  expect(dated.length).toBeGreaterThan(1);
  const order = [...dated, ...undated];
  expect(list.rows.map((r) => r.id)).toEqual(order.map((c) => c.id));
});

test("a page past the end is empty, with the total kept", async () => {
  const list = await listCases({ actor: admin, query: { page: 5, pageSize: 5 } });
  expect(list.rows).toEqual([]);
  expect(list.total).toBe(expected.length);
});

test("the queue's number of waiting cases is the same whichever list it shows", async () => {
  const waiting = await db().case.count({ where: { status: "READY_FOR_ASSIGNMENT" } });
  expect(waiting).toBeGreaterThan(0);
  for (const params of [
    { status: "READY_FOR_ASSIGNMENT" },
    { status: "RECEIVED" },
    { status: "" },
    { status: "READY_FOR_ASSIGNMENT", q: "CM" },
  ]) {
    expect((await loadAdminQueue({ actor: admin, params })).waitingTotal).toBe(waiting);
  }
});

describe("search: accents, capitals and punctuation do not matter", () => {
  const found = async (q: string, actor = intake) =>
    (await listCases({ actor, query: { q } })).rows.map((r) => r.caseNumber);

  test.each([
    "hernandez",
    "HERNANDEZ",
    "Hernandez",
    "Hernández",
    "maria hernandez",
    "Hernández María",
    "mariahernandez",
  ])("the employee by %j", async (q) => {
    expect(await found(q)).toEqual([hernandez.caseNumber]);
  });

  test.each(["wcf77120b", "WCF77120B", "wcf-77120-b", "WCF 77120 B", "77120"])("the claim number by %j", async (q) => {
    expect(await found(q)).toEqual([hernandez.caseNumber]);
  });

  test.each(["zenith", "ZENITH INSURANCE", "Zénith Insurance Co.", "zenith insurance co"])(
    "the claims administrator by %j",
    async (q) => {
      expect(await found(q)).toEqual([hernandez.caseNumber]);
    },
  );

  test("the case number without its dash or in lower case; O'Brien by OBrien; Núñez by nunez", async () => {
    expect(await found(hernandez.caseNumber.toLowerCase().replace("-", ""))).toEqual([hernandez.caseNumber]);
    expect(await found(hernandez.caseNumber.toLowerCase())).toEqual([hernandez.caseNumber]);
    expect(await found("OBrien")).toHaveLength(1);
    expect(await found("o'brien sierra")).toHaveLength(1);
    expect(await found("nunez")).toHaveLength(1);
  });

  test("a word the case does not hold, or a near claim number, finds nothing; punctuation alone is no filter", async () => {
    expect(await found("hernandez zoe")).toEqual([]);
    expect(await found("wcf77122b")).toEqual([]);
    expect((await found("Hernandes")).length).toBe(1);
    expect((await listCases({ actor: intake, query: { q: " - ' " } })).total).toBe(expected.length);
  });

  test("the admin queue searches the same way", async () => {
    const { list } = await loadAdminQueue({ actor: admin, params: { status: "READY_FOR_ASSIGNMENT", q: "HERNANDEZ" } });
    expect(list.rows.map((r) => r.caseNumber)).toEqual([hernandez.caseNumber]);
  });
});

describe("the employee and claims administrator columns", () => {
  test("each row carries both names as typed", async () => {
    const { rows } = await listCases({ actor: admin, query: { q: "wcf77120b" } });
    expect(rows[0]).toMatchObject({ employeeName: "María Hernández", claimsAdministratorName: "Zénith Insurance Co." });
  });

  test.each(["asc", "desc"] as const)("sorted by employee %s, accents and capitals ignored", async (dir) => {
    const { rows } = await listCases({ actor: admin, query: { sort: "employee", dir } });
    const names = ["Álvaro Núñez", "Brian O'Brien", "María Hernández", "Zoe Hernandes"];
    expect(rows.map((r) => r.employeeName)).toEqual(dir === "asc" ? names : [...names].reverse());
  });

  test("sorted by claims administrator", async () => {
    const { rows } = await listCases({ actor: admin, query: { sort: "claimsAdministrator", dir: "asc" } });
    const named = rows.map((r) => r.claimsAdministratorName);
    expect(named.slice(0, 1)).toEqual(["Acme TPA"]);
    expect(named.indexOf("Zénith Insurance Co.")).toBe(named.length - 1);
  });
});
