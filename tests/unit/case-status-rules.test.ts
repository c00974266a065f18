// What a case's status allows (lib/cases/case-status-rules.ts), table-driven: the moves from
// each status and the actions allowed in it, the same table the use cases enforce and the
// pages read.
import {
  CASE_ACTION_REFUSALS,
  CASE_ACTIONS,
  CASE_STATUS_RULES,
  OPEN_CASE_STATUSES,
  canMove,
  statusAllows,
  statusesAllowing,
  type CaseAction,
} from "@/lib/cases/case-status-rules.ts";
import { CaseStatus } from "@/lib/db/generated/enums.ts";

const ALL = Object.values(CaseStatus);

test.each<[CaseAction, CaseStatus[]]>([
  ["eligibility.decide", ["RECEIVED", "NEEDS_INFORMATION", "DEFERRED"]],
  [
    "documents.upload",
    [
      "RECEIVED",
      "NEEDS_INFORMATION",
      "INELIGIBLE",
      "DEFERRED",
      "AWAITING_RECORDS",
      "READY_FOR_ASSIGNMENT",
      "ASSIGNED",
      "IN_QA",
    ],
  ],
  ["records.complete", ["AWAITING_RECORDS"]],
  ["records.submit", ["AWAITING_RECORDS"]],
  ["assignment.offer", ["READY_FOR_ASSIGNMENT"]],
  ["conflicts.decide", ["RECEIVED", "NEEDS_INFORMATION", "DEFERRED", "AWAITING_RECORDS", "READY_FOR_ASSIGNMENT"]],
  ["assignment.withdraw", ["ASSIGNED"]],
  [
    "application.merge",
    ["RECEIVED", "NEEDS_INFORMATION", "DEFERRED", "AWAITING_RECORDS", "READY_FOR_ASSIGNMENT", "ASSIGNED", "IN_QA"],
  ],
  ["items.add", ["RECEIVED", "NEEDS_INFORMATION", "DEFERRED", "AWAITING_RECORDS", "READY_FOR_ASSIGNMENT"]],
  ["determination.submit", ["ASSIGNED", "DECIDED"]],
  ["amendment.start", ["DECIDED"]],
])("%s is allowed in %j", (action, statuses) => {
  expect([...statusesAllowing(action)].sort()).toEqual([...statuses].sort());
  for (const status of ALL) expect(statusAllows(status, action)).toBe(statuses.includes(status));
});

test("every action is in the table above, and each has a refusal in words", () => {
  for (const action of CASE_ACTIONS) expect(CASE_ACTION_REFUSALS[action]).toMatch(/^[A-Z].+\.$/);
  expect(Object.keys(CASE_STATUS_RULES).sort()).toEqual([...ALL].sort());
});

test("decided and terminated cases take no uploads; terminated allows nothing", () => {
  expect(statusAllows("DECIDED", "documents.upload")).toBe(false);
  expect(statusAllows("TERMINATED", "documents.upload")).toBe(false);
  expect(CASE_STATUS_RULES.TERMINATED.allows).toEqual([]);
});

test.each<[CaseStatus, CaseStatus[]]>([
  ["RECEIVED", ["AWAITING_RECORDS", "INELIGIBLE", "DEFERRED", "NEEDS_INFORMATION"]],
  ["NEEDS_INFORMATION", ["AWAITING_RECORDS", "INELIGIBLE", "DEFERRED", "NEEDS_INFORMATION"]],
  ["DEFERRED", ["AWAITING_RECORDS", "INELIGIBLE", "DEFERRED", "NEEDS_INFORMATION"]],
  ["INELIGIBLE", []],
  ["AWAITING_RECORDS", ["READY_FOR_ASSIGNMENT"]],
  ["READY_FOR_ASSIGNMENT", ["ASSIGNED"]],
  ["ASSIGNED", ["READY_FOR_ASSIGNMENT", "IN_QA"]],
  ["IN_QA", ["ASSIGNED", "DECIDED"]],
  ["DECIDED", []],
  ["TERMINATED", []],
])("from %s a case may move to %j", (from, to) => {
  for (const status of ALL) expect(canMove(from, status)).toBe(to.includes(status));
});

test("every status but RECEIVED is reached from another, and every action moving a case starts where it is allowed", () => {
  const reached = new Set(ALL.flatMap((s) => CASE_STATUS_RULES[s].next));
  expect(ALL.filter((s) => !reached.has(s)).sort()).toEqual(["RECEIVED", "TERMINATED"]);
  // the moves the use cases make, each from a status allowing its action
  const moves: [CaseAction, CaseStatus][] = [
    ["eligibility.decide", "AWAITING_RECORDS"],
    ["records.complete", "READY_FOR_ASSIGNMENT"],
    ["assignment.offer", "ASSIGNED"],
    ["assignment.withdraw", "READY_FOR_ASSIGNMENT"],
  ];
  for (const [action, to] of moves) for (const from of statusesAllowing(action)) expect(canMove(from, to)).toBe(true);
});

test("open cases are those not in a final status", () => {
  expect([...OPEN_CASE_STATUSES].sort()).toEqual([
    "ASSIGNED",
    "AWAITING_RECORDS",
    "DEFERRED",
    "IN_QA",
    "NEEDS_INFORMATION",
    "READY_FOR_ASSIGNMENT",
    "RECEIVED",
  ]);
});
