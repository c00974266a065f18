// A reviewer's lists: open reviews (accepted, not decided) apart from completed ones, and the
// completed reviews newest completion first, paged without gaps or repeats, never another
// reviewer's and never an offer or a declined case.
import { jest } from "@jest/globals";
import { closeDb } from "@/lib/db/client.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { listCompletedReviews } from "@/lib/cases/list-completed-reviews.ts";
import type { AssignmentStatus } from "@/lib/db/generated/enums.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { addAssignment } from "../factories/matching.ts";

// eleven cases are created first: on a busy machine that alone can take more than Jest's 5 s
jest.setTimeout(60_000);

beforeAll(ensureSpecialties);
afterAll(closeDb);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

test("open and completed reviews are listed apart, completed ones newest first over pages", async () => {
  const intake = await createStaff("INTAKE");
  const [me, other] = [await createReviewer(), await createReviewer()];
  const cases: string[] = [];
  for (let i = 0; i < 11; i++) cases.push((await createTestCase(intake)).caseId);
  const mine: [number, AssignmentStatus, number | null][] = [
    [0, "ACTIVE", null],
    [1, "ACTIVE", null],
    [2, "OFFERED", null],
    [3, "DECLINED", 3],
    [4, "COMPLETED", 9],
    [5, "COMPLETED", 2],
    [6, "COMPLETED", 30],
    [7, "COMPLETED", 5],
    [8, "COMPLETED", 1],
    [9, "COMPLETED", 12],
  ];
  for (const [i, status, endedDaysAgo] of mine) {
    await addAssignment({
      caseId: cases[i],
      reviewerId: me.reviewerId!,
      status,
      assignedAt: daysAgo(40),
      endedAt: endedDaysAgo === null ? null : daysAgo(endedDaysAgo),
    });
  }
  await addAssignment({
    caseId: cases[10],
    reviewerId: other.reviewerId!,
    status: "COMPLETED",
    assignedAt: daysAgo(10),
    endedAt: daysAgo(0.5),
  });

  const open = await listCases({ actor: me, query: { pageSize: 100 }, openOnly: true });
  expect(open.rows.map((r) => r.id).sort()).toEqual([cases[0], cases[1]].sort());

  const newestFirst = [8, 5, 7, 4, 9, 6].map((i) => cases[i]);
  const first = await listCompletedReviews({ actor: me, query: { pageSize: 5 } });
  const second = await listCompletedReviews({ actor: me, query: { pageSize: 5, page: 2 } });
  expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(newestFirst);
  expect(first).toMatchObject({ total: 6, totalIsCapped: false, page: 1, pageSize: 5 });
  expect(first.rows[0].completedAt!.getTime()).toBeGreaterThan(first.rows[1].completedAt!.getTime());
  expect(first.rows[0]._count.items).toBeGreaterThan(0);

  const theirs = await listCompletedReviews({ actor: other, query: {} });
  expect(theirs.rows.map((r) => r.id)).toEqual([cases[10]]);
});
