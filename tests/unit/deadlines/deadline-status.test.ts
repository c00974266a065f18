// Where a deadline stands: a 10-day window from June 1 10:00 to the end of June 11 (California).
import { deadlineStatus, type DeadlineStatus } from "@/lib/deadlines/deadline-status.ts";

const at = (iso: string) => new Date(iso);
const START = at("2026-06-01T10:00:00-07:00");
const DUE = at("2026-06-11T23:59:59.999-07:00");

describe("deadlineStatus", () => {
  it.each<[string, string, Date | boolean | null | undefined, DeadlineStatus]>([
    ["done before the due instant", "2026-06-20T12:00:00-07:00", at("2026-06-05T12:00:00-07:00"), "met"],
    ["done at the last millisecond", "2026-06-20T12:00:00-07:00", DUE, "met"],
    ["done one millisecond late", "2026-06-20T12:00:00-07:00", at("2026-06-12T00:00:00.000-07:00"), "missed"],
    ["done, time unknown", "2026-06-20T12:00:00-07:00", true, "met"],
    ["not done, past due", "2026-06-12T00:00:00.000-07:00", null, "overdue"],
    ["not done, past due (done false)", "2026-06-13T09:00:00-07:00", false, "overdue"],
    ["due later today (morning)", "2026-06-11T00:00:00.000-07:00", undefined, "due_today"],
    ["due later today (evening; already June 12 in UTC)", "2026-06-11T22:00:00-07:00", undefined, "due_today"],
    // the window is 254 hours; its last 20% is the last 50.8 hours
    ["inside the last 20% of the window (50 h left)", "2026-06-09T22:00:00-07:00", undefined, "at_risk"],
    ["just outside the last 20% (52 h left)", "2026-06-09T20:00:00-07:00", undefined, "on_track"],
    ["at the start", "2026-06-01T10:00:00-07:00", undefined, "on_track"],
  ])("%s -> %s", (_label, now, done, expected) => {
    expect(deadlineStatus(START, DUE, at(now), done)).toBe(expected);
  });

  it("takes another at-risk share", () => {
    expect(deadlineStatus(START, DUE, at("2026-06-07T12:00:00-07:00"), null)).toBe("on_track");
    expect(deadlineStatus(START, DUE, at("2026-06-07T12:00:00-07:00"), null, 0.5)).toBe("at_risk");
  });

  it.each<[string, string, DeadlineStatus]>([
    ["Saturday morning: due this evening", "2026-06-13T09:00:00-07:00", "due_today"],
    ["Friday night: 19 h left", "2026-06-12T23:30:00-07:00", "on_track"],
    ["Friday evening, just received", "2026-06-12T18:45:00-07:00", "on_track"],
    ["Saturday evening, past 18:30", "2026-06-13T18:31:00-07:00", "overdue"],
    // its last 20% (after 13:42 Saturday) falls on the due date: due_today comes first
  ])("expedited 24-hour records received Friday 18:30: %s -> %s", (_label, now, expected) => {
    const start = at("2026-06-12T18:30:00-07:00");
    const due = at("2026-06-13T18:30:00-07:00");
    expect(deadlineStatus(start, due, at(now))).toBe(expected);
  });
});
