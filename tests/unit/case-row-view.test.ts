// A case table's row in words (components/cases/case-table.tsx), drawn by a client component:
// the status as its assignments say it, the review type, the California dates and how far the
// due date is, counted from the server's clock.
import { caseRowView } from "@/components/cases/case-table.tsx";
import { dueDateView } from "@/components/cases/due-date.tsx";

const NOW = new Date("2026-12-07T18:00:00Z"); // 10 AM Monday December 7 in California

test.each([
  ["no due date", null, false, { label: "—", note: null, tone: "none" }],
  ["decided: the date only", "2026-12-01T07:59:59Z", true, { label: "11/30/2026", note: null, tone: "done" }],
  // due on Friday December 4: Saturday, Sunday and Monday later
  ["overdue", "2026-12-05T07:59:59Z", false, { label: "12/04/2026", note: "(overdue 3 d)", tone: "overdue" }],
  ["due tonight", "2026-12-08T07:59:59Z", false, { label: "12/07/2026", note: "(due today)", tone: "soon" }],
  [
    "due this morning, passed",
    "2026-12-07T17:00:00Z",
    false,
    { label: "12/07/2026", note: "(overdue)", tone: "overdue" },
  ],
  [
    "due tomorrow, in less than 24 hours",
    "2026-12-08T16:00:00Z",
    false,
    { label: "12/08/2026", note: "(in 1 d)", tone: "soon" },
  ],
  ["in 3 days", "2026-12-11T07:59:59Z", false, { label: "12/10/2026", note: "(in 3 d)", tone: "soon" }],
  ["in 4 days", "2026-12-12T07:59:59Z", false, { label: "12/11/2026", note: "(in 4 d)", tone: "later" }],
])("due date: %s", (_name, dueAt, done, view) => {
  expect(dueDateView(dueAt ? new Date(dueAt) : null, done, NOW)).toEqual(view);
});

const ROW = {
  id: "c1",
  caseNumber: "CM26-0000001",
  status: "ASSIGNED" as const,
  reviewType: "EXPEDITED" as const,
  receivedAt: new Date("2026-12-01T07:30:00Z"), // 11:30 PM November 30 in California
  dueAt: new Date("2026-12-04T07:59:59Z"),
  specialtyCode: "PMR",
  employeeName: "Ana Díaz",
  claimsAdministratorName: "",
  assignments: [{ status: "OFFERED" as const, assignedAt: new Date("2026-12-02T18:00:00Z"), respondedAt: null }],
  _count: { items: 2 },
};

test("a row in words", () => {
  expect(caseRowView(ROW, "/admin/cases/c1", NOW)).toEqual({
    id: "c1",
    href: "/admin/cases/c1",
    caseNumber: "CM26-0000001",
    employee: "Ana Díaz",
    claimsAdministrator: "",
    status: ["Offered", "amber"],
    type: ["Expedited", "red"],
    received: "11/30/2026",
    due: { label: "12/03/2026", note: "(overdue 4 d)", tone: "overdue" },
    items: 2,
  });
  const inReview = { ...ROW, assignments: [{ ...ROW.assignments[0], status: "ACTIVE" as const }] };
  expect(caseRowView(inReview, "/x", NOW).status).toEqual(["In review", "violet"]);
  expect(caseRowView({ ...ROW, status: "DECIDED" }, "/x", NOW).due).toEqual({
    label: "12/03/2026",
    note: null,
    tone: "done",
  });
});
