// What a case's status says (lib/cases/case-status.ts), table-driven: an assigned case is
// "Offered" until the reviewer accepts, then "In review"; without its assignments it says
// only "Assigned"; the detail names the reviewer only when given the name.
import { CASE_STATUS_LABELS, caseStatusView, type StatusAssignment } from "@/lib/cases/case-status.ts";
import { STATUS_LABELS } from "@/components/cases/case-badges.tsx";
import { CaseStatus } from "@/lib/db/generated/enums.ts";

// 2027-01-05 15:04 in California (PST, UTC-8)
const OFFERED_AT = new Date("2027-01-05T23:04:00.000Z");
const ACCEPTED_AT = new Date("2027-01-06T17:30:00.000Z");
const offered = (name: string | null = "Dr. Priya Raman", at: Date | string = OFFERED_AT): StatusAssignment => ({
  status: "OFFERED",
  assignedAt: at,
  reviewerName: name,
});
const active = (name: string | null = "Dr. Marcus Webb"): StatusAssignment => ({
  status: "ACTIVE",
  assignedAt: OFFERED_AT,
  respondedAt: ACCEPTED_AT,
  reviewerName: name,
});
const ended = (status: StatusAssignment["status"]): StatusAssignment => ({
  status,
  assignedAt: new Date("2026-12-30T18:00:00Z"),
  reviewerName: "Dr. Earlier One",
});

test.each<[string, Parameters<typeof caseStatusView>, ReturnType<typeof caseStatusView>]>([
  [
    "offered, with the reviewer's name and since when",
    ["ASSIGNED", [offered()]],
    { key: "OFFERED", label: "Offered", detail: "to Dr. Priya Raman since 01/05/2027, 3:04 PM, waiting for an answer" },
  ],
  [
    "offered, dates as strings (from the browser)",
    ["ASSIGNED", [offered("Dr. A", OFFERED_AT.toISOString())]],
    { key: "OFFERED", label: "Offered", detail: "to Dr. A since 01/05/2027, 3:04 PM, waiting for an answer" },
  ],
  [
    "offered, no name given (the reviewer's own page)",
    ["ASSIGNED", [offered(null)]],
    { key: "OFFERED", label: "Offered", detail: null },
  ],
  [
    "accepted",
    ["ASSIGNED", [active()]],
    { key: "IN_REVIEW", label: "In review", detail: "by Dr. Marcus Webb, accepted 01/06/2027, 9:30 AM" },
  ],
  [
    "accepted after a decline and a withdrawal",
    ["ASSIGNED", [ended("DECLINED"), ended("REVOKED"), active(null)]],
    { key: "IN_REVIEW", label: "In review", detail: null },
  ],
  [
    "offered again after a withdrawal",
    ["ASSIGNED", [ended("REVOKED"), offered("Dr. B")]],
    { key: "OFFERED", label: "Offered", detail: "to Dr. B since 01/05/2027, 3:04 PM, waiting for an answer" },
  ],
  [
    "the newest offer when there are two",
    ["ASSIGNED", [offered("Dr. Old", "2026-12-01T20:00:00Z"), offered("Dr. New")]],
    { key: "OFFERED", label: "Offered", detail: "to Dr. New since 01/05/2027, 3:04 PM, waiting for an answer" },
  ],
  [
    "assignments unknown (a list without them)",
    ["ASSIGNED", undefined],
    { key: "ASSIGNED", label: "Assigned", detail: null },
  ],
  [
    "no open assignment (not expected)",
    ["ASSIGNED", [ended("DECLINED")]],
    { key: "ASSIGNED", label: "Assigned", detail: null },
  ],
  [
    "waiting for assignment, an old withdrawn offer",
    ["READY_FOR_ASSIGNMENT", [ended("REVOKED")]],
    { key: "READY_FOR_ASSIGNMENT", label: "Ready for assignment", detail: null },
  ],
  ["in QA (the assignment still active)", ["IN_QA", [active()]], { key: "IN_QA", label: "In QA", detail: null }],
  ["decided", ["DECIDED", [ended("COMPLETED")]], { key: "DECIDED", label: "Decided", detail: null }],
])("%s", (_label, args, expected) => {
  expect(caseStatusView(...args)).toEqual(expected);
});

test("every stored status has words, and the badges and filters use the same words", () => {
  for (const status of Object.values(CaseStatus)) {
    expect(CASE_STATUS_LABELS[status]).toMatch(/^[A-Z][a-z]/);
    expect(STATUS_LABELS[status][0]).toBe(CASE_STATUS_LABELS[status]);
    expect(caseStatusView(status).label).toBe(CASE_STATUS_LABELS[status]);
  }
  // "In review" is said only of a case whose reviewer accepted it
  expect(Object.values(CASE_STATUS_LABELS)).not.toContain("In review");
});
