// A request for information is due 5 business days after it is sent, on the California calendar.
import { informationRequestDue, informationRequestOverdue } from "@/lib/deadlines/information-request-due.ts";
import { endOfCaliforniaDay } from "@/lib/deadlines/calendar.ts";

describe("informationRequestDue", () => {
  it.each([
    ["2026-12-07T18:00:00Z", "2026-12-14", "Monday to the next Monday"],
    ["2026-12-04T18:00:00Z", "2026-12-11", "Friday: the weekend is skipped"],
    ["2026-12-05T18:00:00Z", "2026-12-11", "sent on a Saturday: counting starts on Monday"],
    ["2026-11-23T18:00:00Z", "2026-12-02", "Thanksgiving and the day after are skipped"],
    ["2026-12-21T18:00:00Z", "2026-12-29", "Christmas Day is skipped"],
    ["2026-12-28T18:00:00Z", "2027-01-05", "New Year's Day is skipped, across the year"],
    ["2026-12-08T07:30:00Z", "2026-12-14", "23:30 Monday in California (Tuesday in UTC)"],
    ["2026-12-08T08:30:00Z", "2026-12-15", "00:30 Tuesday in California"],
  ])("sent %s: due %s (%s)", (sent, due) => {
    const { dueDate, dueAt } = informationRequestDue(new Date(sent));
    expect(dueDate).toBe(due);
    expect(dueAt).toEqual(endOfCaliforniaDay(due));
  });
});

describe("informationRequestOverdue", () => {
  const dueAt = endOfCaliforniaDay("2026-12-14");
  it.each<[Date | null, string, boolean, string]>([
    [null, "2026-12-15T07:59:59.999Z", false, "the last instant of the due day"],
    [null, "2026-12-15T08:00:00.000Z", true, "the next California day"],
    [new Date("2026-12-20T00:00:00Z"), "2026-12-30T00:00:00Z", false, "answered (late) is not overdue"],
    [null, "2026-12-10T00:00:00Z", false, "before the due day"],
  ])("answered %s, at %s: %s (%s)", (answeredAt, now, overdue) => {
    expect(informationRequestOverdue({ dueAt, answeredAt }, new Date(now))).toBe(overdue);
  });
});
