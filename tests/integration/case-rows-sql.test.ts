// The case lists read in SQL (lib/cases/case-rows-sql.ts) against the rules they mirror: the
// record access in SQL (caseAccessSql, caseFileAccessSql, openReviewAccessSql) reaches exactly the cases the
// Prisma where-builders reach, for every role and every assignment status; a listed row
// carries the same facts as the case read through Prisma (its offered and active
// assignments with their instants, its number of items).
import { withOwnDatabase } from "../support/own-database.ts";
import { db } from "@/lib/db/client.ts";
import { Prisma } from "@/lib/db/generated/client.ts";
import type { AssignmentStatus } from "@/lib/db/generated/enums.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import {
  caseAccessSql,
  caseFileAccessSql,
  caseFileWhereForActor,
  caseWhereForActor,
  openReviewAccessSql,
  openReviewWhereForActor,
} from "@/lib/cases/case-access.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { addAssignment } from "../factories/matching.ts";

withOwnDatabase("imr_it_rows_sql");

const STATUSES: AssignmentStatus[] = ["OFFERED", "ACTIVE", "COMPLETED", "DECLINED", "REVOKED"];
const actors: Record<string, StaffActor> = {};

beforeAll(async () => {
  await ensureSpecialties();
  actors.intake = await createStaff("INTAKE");
  actors.admin = await createStaff("ADMIN");
  actors.reviewer = await createReviewer();
  actors.otherReviewer = await createReviewer();
  actors.reviewerWithoutProfile = { ...actors.reviewer, reviewerId: null };
  // one case per assignment status of the reviewer, one of the other reviewer, one with none
  for (const status of STATUSES) {
    const { caseId } = await createTestCase(actors.intake);
    await addAssignment({ caseId, reviewerId: actors.reviewer.reviewerId!, status });
  }
  const { caseId } = await createTestCase(actors.intake);
  await addAssignment({ caseId, reviewerId: actors.otherReviewer.reviewerId!, status: "ACTIVE" });
  await createTestCase(actors.intake);
}, 120_000);

const sorted = (ids: string[]) => [...ids].sort();

async function idsThroughPrisma(where: object): Promise<string[]> {
  return sorted((await db().case.findMany({ where, select: { id: true } })).map((c) => c.id));
}

async function idsThroughSql(condition: Prisma.Sql): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`SELECT c."id"::text AS "id" FROM "Case" c WHERE ${condition}`;
  return sorted(rows.map((r) => r.id));
}

test.each(["intake", "admin", "reviewer", "otherReviewer", "reviewerWithoutProfile"])(
  "%s: the SQL access reaches the same cases as the Prisma where-builders",
  async (who) => {
    const actor = actors[who];
    const all = await idsThroughPrisma(caseWhereForActor(actor));
    expect(await idsThroughSql(caseAccessSql(actor))).toEqual(all);
    const file = await idsThroughPrisma(caseFileWhereForActor(actor));
    expect(await idsThroughSql(caseFileAccessSql(actor))).toEqual(file);
    const open = await idsThroughPrisma(openReviewWhereForActor(actor));
    expect(await idsThroughSql(openReviewAccessSql(actor))).toEqual(open);
    // the table has something to tell apart for each actor
    const total = await db().case.count();
    if (actor.role === "REVIEWER") expect(all.length).toBeLessThan(total);
    else expect(all.length).toBe(total);
  },
);

test("the reviewer reaches offered, accepted and completed cases only; open reviews are the accepted ones", async () => {
  const reached = await listCases({ actor: actors.reviewer, query: { pageSize: 100 } });
  expect(reached.rows).toHaveLength(3);
  const open = await listCases({ actor: actors.reviewer, query: { pageSize: 100 }, openOnly: true });
  expect(open.rows.map((r) => r.assignments.map((a) => a.status))).toEqual([["ACTIVE"]]);
  expect((await listCases({ actor: actors.reviewerWithoutProfile, query: {} })).rows).toEqual([]);
});

test("a listed row carries the facts Prisma reads: offered and active assignments with their instants, item count", async () => {
  const list = await listCases({ actor: actors.admin, query: { pageSize: 100 } });
  const cases = await db().case.findMany({
    select: {
      id: true,
      caseNumber: true,
      status: true,
      reviewType: true,
      receivedAt: true,
      dueAt: true,
      specialtyCode: true,
      employeeName: true,
      claimsAdministratorName: true,
      assignments: {
        where: { status: { in: ["OFFERED", "ACTIVE"] } },
        select: { status: true, assignedAt: true, respondedAt: true },
      },
      _count: { select: { items: true } },
    },
  });
  expect(list.rows).toHaveLength(cases.length);
  for (const row of list.rows) {
    const expected = cases.find((c) => c.id === row.id)!;
    expect(row).toEqual(expected);
    for (const a of row.assignments) expect(a.assignedAt).toBeInstanceOf(Date);
  }
  expect(list.rows.some((r) => r.assignments.length > 0)).toBe(true);
});

test("the count comes with a page of rows, and alone for a page past the end or an empty list", async () => {
  const total = await db().case.count();
  const pages = [
    await listCases({ actor: actors.admin, query: {} }),
    await listCases({ actor: actors.admin, query: { page: 500 } }),
  ];
  expect(pages.map((p) => p.rows.length)).toEqual([total, 0]);
  expect(pages.map((p) => p.total)).toEqual([total, total]);
  expect(pages[0].rows.some((r) => "counted" in r)).toBe(false);
  const none = await listCases({ actor: actors.reviewerWithoutProfile, query: {} });
  expect([none.rows.length, none.total]).toEqual([0, 0]);
});
