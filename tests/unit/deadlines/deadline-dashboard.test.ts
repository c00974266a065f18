// The admin dashboard: cases by stage and the open duties due today, at risk or overdue.
import { computeCaseDeadlines } from "@/lib/deadlines/case-deadlines.ts";
import { deadlineDashboard, type DashboardCase } from "@/lib/deadlines/deadline-dashboard.ts";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-06-15T10:00:00-07:00");

const cases: DashboardCase[] = [
  // notice sent June 1 by mail: records due June 16 (tomorrow; 1 of 15 days left -> at risk)
  {
    caseId: "c-records",
    status: "AWAITING_RECORDS",
    deadlines: computeCaseDeadlines({
      reviewType: "STANDARD",
      noticeSentAt: at("2026-06-01T10:00:00-07:00"),
      noticeMethod: "MAIL",
    }),
  },
  // eligible Friday June 12: notice due today, Monday June 15
  {
    caseId: "c-notice",
    status: "READY_FOR_ASSIGNMENT",
    deadlines: computeCaseDeadlines({ reviewType: "STANDARD", eligibilityDecidedAt: at("2026-06-12T16:00:00-07:00") }),
  },
  // expedited, records complete Friday June 12 18:30: determination was due 18:30 today -> due today
  {
    caseId: "c-expedited",
    status: "ASSIGNED",
    deadlines: computeCaseDeadlines({ reviewType: "EXPEDITED", recordsCompleteAt: at("2026-06-12T18:30:00-07:00") }),
  },
  // formulary, records complete June 1: due June 8 -> overdue
  {
    caseId: "c-late",
    status: "ASSIGNED",
    deadlines: computeCaseDeadlines({ reviewType: "FORMULARY", recordsCompleteAt: at("2026-06-01T10:00:00-07:00") }),
  },
  // same, but the letter went out on time -> nothing to show
  {
    caseId: "c-done",
    status: "DECIDED",
    deadlines: computeCaseDeadlines({ reviewType: "FORMULARY", recordsCompleteAt: at("2026-06-01T10:00:00-07:00") }),
    done: { DETERMINATION_DUE: at("2026-06-05T10:00:00-07:00") },
  },
  // letter May 1, appeal window closed May 31 -> a window, not a missed duty
  {
    caseId: "c-appeal",
    status: "DECIDED",
    deadlines: computeCaseDeadlines({ reviewType: "STANDARD", letterIssuedAt: at("2026-05-01T10:00:00-07:00") }),
  },
];

describe("deadlineDashboard", () => {
  const board = deadlineDashboard(cases, NOW);

  it("counts cases by stage", () => {
    expect(board.byStage).toEqual({ AWAITING_RECORDS: 1, READY_FOR_ASSIGNMENT: 1, ASSIGNED: 2, DECIDED: 2 });
  });

  it.each([
    [
      "dueToday",
      [
        ["c-expedited", "DETERMINATION_DUE"],
        ["c-notice", "ASSIGNMENT_NOTICE"],
      ],
    ],
    ["atRisk", [["c-records", "RECORDS_DUE"]]],
    ["overdue", [["c-late", "DETERMINATION_DUE"]]],
  ] as const)("%s lists %j, soonest first", (list, expected) => {
    expect(board[list].map((e) => [e.caseId, e.kind])).toEqual(expected);
  });

  it("is empty for no cases", () => {
    expect(deadlineDashboard([], NOW)).toEqual({ byStage: {}, dueToday: [], atRisk: [], overdue: [] });
  });
});
