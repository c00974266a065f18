// Final determination due dates (Labor Code 4610.6(d)): standard 30 calendar days and
// pharmacy formulary 5 working days, both due by the end of a California date; expedited
// 72 hours, an instant. Working days skip weekends and California state holidays.
import {
  addBusinessDays,
  addCalendarDays,
  determinationDue,
  determinationDueAt,
} from "@/lib/deadlines/determination-due.ts";

const at = (iso: string) => new Date(iso);

describe("determinationDueAt", () => {
  it.each([
    ["2025-01-10T15:30:00.000Z", "2025-02-09", "2025-02-10T07:59:59.999Z"],
    ["2025-01-31T12:00:00.000Z", "2025-03-02", "2025-03-03T07:59:59.999Z"],
    ["2025-12-15T12:00:00.000Z", "2026-01-14", "2026-01-15T07:59:59.999Z"],
    ["2027-02-28T12:00:00.000Z", "2027-03-30", "2027-03-31T06:59:59.999Z"],
    ["2028-01-30T20:00:00.000Z", "2028-02-29", "2028-03-01T07:59:59.999Z"],
    ["2028-02-29T12:00:00.000Z", "2028-03-30", "2028-03-31T06:59:59.999Z"],
    // 22:00 Pacific on January 30 is already January 31 in UTC: the California date counts.
    ["2026-01-31T06:00:00.000Z", "2026-03-01", "2026-03-02T07:59:59.999Z"],
    // due on the day daylight saving time starts
    ["2026-02-06T20:00:00.000Z", "2026-03-08", "2026-03-09T06:59:59.999Z"],
  ])("STANDARD from %s is due %s, until %s (30 calendar days, not extended)", (start, dueDate, dueAt) => {
    expect(determinationDue("STANDARD", at(start))).toEqual({ dueDate, dueAt: at(dueAt) });
  });

  it.each([
    ["Friday evening, Pacific", "2025-06-06T18:30:00-07:00", "2025-06-10T01:30:00.000Z"],
    ["Friday evening, UTC", "2025-06-06T21:00:00.000Z", "2025-06-09T21:00:00.000Z"],
    ["Saturday", "2027-02-27T12:00:00.000Z", "2027-03-02T12:00:00.000Z"],
    ["Sunday before leap day", "2028-02-27T12:00:00.000Z", "2028-03-01T12:00:00.000Z"],
    ["the day before leap day", "2028-02-28T12:00:00.000Z", "2028-03-02T12:00:00.000Z"],
    ["year end", "2025-12-30T12:00:00.000Z", "2026-01-02T12:00:00.000Z"],
    ["Saturday evening before DST starts", "2026-03-07T20:00:00-08:00", "2026-03-11T04:00:00.000Z"],
  ])("EXPEDITED received %s (%s) is due %s (72 hours)", (_label, start, due) => {
    expect(determinationDueAt("EXPEDITED", at(start)).toISOString()).toBe(due);
    expect(determinationDue("EXPEDITED", at(start)).dueDate).toBeUndefined();
  });

  it.each([
    ["Monday", "2025-06-02T19:00:00.000Z", "2025-06-09", "2025-06-10T06:59:59.999Z"],
    ["Wednesday", "2025-06-04T19:00:00.000Z", "2025-06-11", "2025-06-12T06:59:59.999Z"],
    ["Friday evening", "2025-06-06T18:30:00-07:00", "2025-06-13", "2025-06-14T06:59:59.999Z"],
    ["Saturday", "2025-06-07T19:00:00.000Z", "2025-06-13", "2025-06-14T06:59:59.999Z"],
    ["Sunday", "2025-06-08T19:00:00.000Z", "2025-06-13", "2025-06-14T06:59:59.999Z"],
    ["Thursday at month end", "2025-07-31T19:00:00.000Z", "2025-08-07", "2025-08-08T06:59:59.999Z"],
    ["Friday before leap day", "2028-02-25T20:00:00.000Z", "2028-03-03", "2028-03-04T07:59:59.999Z"],
    ["leap day (Tuesday)", "2028-02-29T20:00:00.000Z", "2028-03-07", "2028-03-08T07:59:59.999Z"],
    [
      "Tuesday at year end (New Year's Day skipped)",
      "2025-12-30T20:00:00.000Z",
      "2026-01-07",
      "2026-01-08T07:59:59.999Z",
    ],
    ["Wednesday before Thanksgiving", "2026-11-25T20:00:00.000Z", "2026-12-04", "2026-12-05T07:59:59.999Z"],
    ["before Christmas", "2026-12-22T20:00:00.000Z", "2026-12-30", "2026-12-31T07:59:59.999Z"],
  ])("FORMULARY received %s (%s) is due %s, until %s (5 working days)", (_label, start, dueDate, dueAt) => {
    expect(determinationDue("FORMULARY", at(start))).toEqual({ dueDate, dueAt: at(dueAt) });
  });

  it("counts an administrator's extra holiday", () => {
    expect(determinationDue("FORMULARY", at("2026-12-22T20:00:00.000Z"), { extraDates: ["2026-12-24"] }).dueDate).toBe(
      "2026-12-31",
    );
  });

  it("does not modify the clock start", () => {
    const start = at("2025-06-06T12:00:00.000Z");
    determinationDueAt("FORMULARY", start);
    determinationDueAt("STANDARD", start);
    determinationDueAt("EXPEDITED", start);
    expect(start.toISOString()).toBe("2025-06-06T12:00:00.000Z");
  });
});

describe("addCalendarDays", () => {
  it.each([
    ["2025-03-01T00:00:00.000Z", 0, "2025-03-01T00:00:00.000Z"],
    ["2025-03-01T00:00:00.000Z", 1, "2025-03-02T00:00:00.000Z"],
    ["2025-03-01T00:00:00.000Z", -1, "2025-02-28T00:00:00.000Z"],
    ["2024-02-28T23:59:59.999Z", 1, "2024-02-29T23:59:59.999Z"],
    ["2024-12-31T08:00:00.000Z", 365, "2025-12-31T08:00:00.000Z"],
  ])("%s + %i days = %s", (start, days, expected) => {
    expect(addCalendarDays(at(start), days).toISOString()).toBe(expected);
  });
});

describe("addBusinessDays (instants: same California time of day)", () => {
  it("returns the same instant for zero days", () => {
    expect(addBusinessDays(at("2025-06-07T12:00:00.000Z"), 0).toISOString()).toBe("2025-06-07T12:00:00.000Z");
  });

  it.each([
    ["2025-06-06T12:00:00.000Z", 1, "2025-06-09T12:00:00.000Z", "Friday to Monday"],
    ["2025-06-07T12:00:00.000Z", 1, "2025-06-09T12:00:00.000Z", "Saturday to Monday"],
    ["2025-06-02T12:00:00.000Z", 10, "2025-06-16T12:00:00.000Z", "two weeks"],
    ["2025-11-26T18:00:00.000Z", 1, "2025-12-01T18:00:00.000Z", "over Thanksgiving and the day after"],
    ["2026-03-06T20:00:00.000Z", 1, "2026-03-09T19:00:00.000Z", "over the start of DST: 12:00 stays 12:00"],
    ["2026-10-30T19:00:00.000Z", 1, "2026-11-02T20:00:00.000Z", "over the end of DST: 12:00 stays 12:00"],
  ])("%s + %i business days = %s (%s)", (start, days, expected) => {
    expect(addBusinessDays(at(start), days).toISOString()).toBe(expected);
  });

  it("never lands on a weekend, for every start day of two weeks", () => {
    const weekdays = Array.from({ length: 14 }, (_, i) =>
      addBusinessDays(at(`2025-06-${String(i + 1).padStart(2, "0")}T12:00:00.000Z`), 5).getUTCDay(),
    );
    expect(weekdays.filter((day) => day === 0 || day === 6)).toEqual([]);
  });
});
