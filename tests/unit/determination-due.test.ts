// Final determination due dates: standard 30 calendar days, expedited 3 calendar days,
// pharmacy formulary 5 business days (weekends skipped; no holiday calendar yet).
import { addBusinessDays, addCalendarDays, determinationDueAt } from "@/lib/deadlines/determination-due.ts";

const at = (iso: string) => new Date(iso);

describe("determinationDueAt", () => {
  it.each([
    ["2025-01-10T15:30:00.000Z", "2025-02-09T15:30:00.000Z"],
    ["2025-01-31T12:00:00.000Z", "2025-03-02T12:00:00.000Z"],
    ["2025-12-15T12:00:00.000Z", "2026-01-14T12:00:00.000Z"],
    ["2027-02-28T12:00:00.000Z", "2027-03-30T12:00:00.000Z"],
    ["2028-02-28T12:00:00.000Z", "2028-03-29T12:00:00.000Z"],
    ["2028-02-29T12:00:00.000Z", "2028-03-30T12:00:00.000Z"],
  ])("STANDARD from %s is due %s (30 calendar days)", (start, due) => {
    expect(determinationDueAt("STANDARD", at(start)).toISOString()).toBe(due);
  });

  it.each([
    ["Friday evening, Pacific", "2025-06-06T18:30:00-07:00", "2025-06-10T01:30:00.000Z"],
    ["Friday evening, UTC", "2025-06-06T21:00:00.000Z", "2025-06-09T21:00:00.000Z"],
    ["Saturday", "2027-02-27T12:00:00.000Z", "2027-03-02T12:00:00.000Z"],
    ["Sunday before leap day", "2028-02-27T12:00:00.000Z", "2028-03-01T12:00:00.000Z"],
    ["the day before leap day", "2028-02-28T12:00:00.000Z", "2028-03-02T12:00:00.000Z"],
    ["year end", "2025-12-30T12:00:00.000Z", "2026-01-02T12:00:00.000Z"],
  ])("EXPEDITED received %s (%s) is due %s (3 calendar days)", (_label, start, due) => {
    expect(determinationDueAt("EXPEDITED", at(start)).toISOString()).toBe(due);
  });

  it.each([
    ["Monday", "2025-06-02T12:00:00.000Z", "2025-06-09T12:00:00.000Z"],
    ["Wednesday", "2025-06-04T12:00:00.000Z", "2025-06-11T12:00:00.000Z"],
    ["Friday", "2025-06-06T12:00:00.000Z", "2025-06-13T12:00:00.000Z"],
    ["Saturday", "2025-06-07T12:00:00.000Z", "2025-06-13T12:00:00.000Z"],
    ["Sunday", "2025-06-08T12:00:00.000Z", "2025-06-13T12:00:00.000Z"],
    ["Thursday at month end", "2025-07-31T12:00:00.000Z", "2025-08-07T12:00:00.000Z"],
    ["Friday before leap day", "2028-02-25T12:00:00.000Z", "2028-03-03T12:00:00.000Z"],
    ["Monday before leap day", "2028-02-28T12:00:00.000Z", "2028-03-06T12:00:00.000Z"],
    ["leap day (Tuesday)", "2028-02-29T12:00:00.000Z", "2028-03-07T12:00:00.000Z"],
    ["Tuesday at year end", "2025-12-30T12:00:00.000Z", "2026-01-06T12:00:00.000Z"],
  ])("FORMULARY received %s (%s) is due %s (5 business days)", (_label, start, due) => {
    expect(determinationDueAt("FORMULARY", at(start)).toISOString()).toBe(due);
  });

  it("does not modify the clock start", () => {
    const start = at("2025-06-06T12:00:00.000Z");
    determinationDueAt("FORMULARY", start);
    determinationDueAt("STANDARD", start);
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

describe("addBusinessDays", () => {
  it("returns the same instant for zero days", () => {
    expect(addBusinessDays(at("2025-06-07T12:00:00.000Z"), 0).toISOString()).toBe("2025-06-07T12:00:00.000Z");
  });

  it.each([
    ["2025-06-06T12:00:00.000Z", 1, "2025-06-09T12:00:00.000Z"],
    ["2025-06-07T12:00:00.000Z", 1, "2025-06-09T12:00:00.000Z"],
    ["2025-06-02T12:00:00.000Z", 10, "2025-06-16T12:00:00.000Z"],
  ])("%s + %i business days = %s", (start, days, expected) => {
    expect(addBusinessDays(at(start), days).toISOString()).toBe(expected);
  });

  it("never lands on a weekend, for every start day of two weeks", () => {
    const weekdays = Array.from({ length: 14 }, (_, i) =>
      addBusinessDays(at(`2025-06-${String(i + 1).padStart(2, "0")}T12:00:00.000Z`), 5).getUTCDay(),
    );
    expect(weekdays.filter((day) => day === 0 || day === 6)).toEqual([]);
  });
});
