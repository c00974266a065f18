// A reviewer's workload as the matching reads it, aggregated in the database
// (loadWorkload): open offers and reviews, assignments of the last 7 days, the median
// turnaround of the last 180 days; each rule with its boundary, one reviewer per row.
import { closeDb, db } from "@/lib/db/client.ts";
import { loadWorkload } from "@/lib/cases/matching-data/load-matching-data.ts";
import type { Workload } from "@/lib/matching/workload.ts";
import type { AssignmentStatus } from "@/lib/db/generated/enums.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { addAssignment } from "../factories/matching.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

const NOW = new Date();
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
type Row = [status: AssignmentStatus, assignedHoursAgo: number, endedHoursAgo?: number];

const TABLE: [string, Row[], Workload | undefined][] = [
  [
    "offered and active are open",
    [
      ["OFFERED", 500],
      ["ACTIVE", 1000],
    ],
    { openCases: 2, casesLast7Days: 0, medianTurnaroundHours: null },
  ],
  [
    "declined and revoked count nowhere",
    [
      ["DECLINED", 10],
      ["REVOKED", 20, 5],
    ],
    undefined,
  ],
  [
    "assigned within 7 days counts this week",
    [
      ["ACTIVE", 167],
      ["COMPLETED", 100, 50],
      ["ACTIVE", 169],
    ],
    { openCases: 2, casesLast7Days: 2, medianTurnaroundHours: 50 },
  ],
  [
    "the median of an odd count is the middle value",
    [
      ["COMPLETED", 400, 390],
      ["COMPLETED", 400, 300],
      ["COMPLETED", 400, 200],
    ],
    { openCases: 0, casesLast7Days: 0, medianTurnaroundHours: 100 },
  ],
  [
    "the median of an even count is the mean of the middle two",
    [
      ["COMPLETED", 400, 300],
      ["COMPLETED", 400, 200],
    ],
    { openCases: 0, casesLast7Days: 0, medianTurnaroundHours: 150 },
  ],
  [
    "completions older than 180 days are left out",
    [
      ["COMPLETED", 5000, 181 * 24],
      ["COMPLETED", 300, 200],
    ],
    { openCases: 0, casesLast7Days: 0, medianTurnaroundHours: 100 },
  ],
  [
    "a completion stamped before its assignment counts as no time",
    [["COMPLETED", 10, 12]],
    { openCases: 0, casesLast7Days: 1, medianTurnaroundHours: 0 },
  ],
  ["old completions alone leave no turnaround", [["COMPLETED", 6000, 5000]], undefined],
];

let caseId: string;
beforeAll(async () => {
  caseId = (await createTestCase(await createStaff("INTAKE"))).caseId;
});

test.each(TABLE)("%s", async (_label, rows, expected) => {
  const reviewerId = (await createReviewer()).reviewerId!;
  for (const [status, assigned, ended] of rows) {
    await addAssignment({
      caseId,
      reviewerId,
      status,
      assignedAt: hoursAgo(assigned),
      endedAt: ended === undefined ? null : hoursAgo(ended),
    });
  }
  const workload = (await loadWorkload(db(), NOW)).get(reviewerId);
  if (expected?.medianTurnaroundHours) {
    expect(workload?.medianTurnaroundHours).toBeCloseTo(expected.medianTurnaroundHours, 6);
    expect({ ...workload, medianTurnaroundHours: 0 }).toEqual({ ...expected, medianTurnaroundHours: 0 });
  } else {
    expect(workload).toEqual(expected);
  }
});

test("keeps reviewers apart, and reads through a transaction as the offer does", async () => {
  const [a, b] = [(await createReviewer()).reviewerId!, (await createReviewer()).reviewerId!];
  await addAssignment({ caseId, reviewerId: a, status: "ACTIVE" });
  await addAssignment({ caseId, reviewerId: b, status: "ACTIVE" });
  await addAssignment({ caseId, reviewerId: b, status: "OFFERED" });
  const map = await db().$transaction((tx) => loadWorkload(tx, new Date()));
  expect([map.get(a)?.openCases, map.get(b)?.openCases]).toEqual([1, 2]);
});
