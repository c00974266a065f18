// The case lists (intake list, admin queue): each row's item count, due-date order in both
// directions (cases without a due date after the dated ones either way, ties by case number
// the same way) and the exact total below the cap. On a database of its own: the admin sees every case.
import { withOwnDatabase } from "../support/own-database.ts";
import { db } from "@/lib/db/client.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { loadAdminQueue } from "@/lib/cases/admin-queue.ts";
import { applicationInput, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

withOwnDatabase("imr_it_list");

let expected: { id: string; caseNumber: string; dueAt: Date | null; items: number }[];
let admin: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  admin = await createStaff("ADMIN");
  await createTestCase(intake, { items: ["Cervical medial branch blocks C3-C5", "Physical therapy, 8 sessions", "Lumbar MRI"] });
  await createTestCase(intake, { items: ["Lumbar MRI"] });
  await createTestCase(intake);
  await createCase({ actor: intake, input: applicationInput() }); // RECEIVED: no due date yet
  const cases = await db().case.findMany({ select: { id: true, caseNumber: true, dueAt: true, _count: { select: { items: true } } } });
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
  const byNumber = (a: { caseNumber: string }, b: { caseNumber: string }) => a.caseNumber.localeCompare(b.caseNumber) * (dir === "asc" ? 1 : -1);
  const dated = expected.filter((c) => c.dueAt).sort((a, b) => (a.dueAt!.getTime() - b.dueAt!.getTime()) * (dir === "asc" ? 1 : -1) || byNumber(a, b));
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
  for (const params of [{ status: "READY_FOR_ASSIGNMENT" }, { status: "RECEIVED" }, { status: "" }, { status: "READY_FOR_ASSIGNMENT", q: "CM" }]) {
    expect((await loadAdminQueue({ actor: admin, params })).waitingTotal).toBe(waiting);
  }
});
