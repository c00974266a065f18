// The IMR filing window: 30 days from service of the UR decision, +5 when mailed, a last day
// on a weekend or state holiday running to the next business day.
import { DEFAULT_FILING_WINDOW, filingDeadline, isFiledInTime } from "@/lib/eligibility/filing-window.ts";
import type { ServiceMethod } from "@/lib/eligibility/application.ts";

/** Served at 10:00 California time on the date. */
const served = (date: string) =>
  new Date(`${date}T10:00:00${Number(date.slice(5, 7)) >= 4 && Number(date.slice(5, 7)) <= 10 ? "-07:00" : "-08:00"}`);

describe("filingDeadline", () => {
  it.each<[string, ServiceMethod, string, number, boolean, string]>([
    ["2026-06-01", "ELECTRONIC", "2026-07-01", 30, false, "ordinary"],
    ["2026-06-01", "PERSONAL", "2026-07-01", 30, false, "personal service: no extension"],
    ["2026-06-01", "FAX", "2026-07-01", 30, false, "fax: no extension"],
    ["2026-06-01", "MAIL", "2026-07-06", 35, false, "mailed: +5"],
    ["2026-05-07", "ELECTRONIC", "2026-06-08", 30, true, "day 30 a Saturday, to Monday"],
    ["2026-01-15", "ELECTRONIC", "2026-02-17", 30, true, "day 30 a Saturday before Presidents' Day, to Tuesday"],
    ["2026-06-04", "ELECTRONIC", "2026-07-06", 30, true, "day 30 a Saturday Independence Day (not observed Friday)"],
    [
      "2027-06-04",
      "ELECTRONIC",
      "2027-07-06",
      30,
      true,
      "day 30 a Sunday Independence Day, observed Monday, to Tuesday",
    ],
    ["2026-11-20", "MAIL", "2026-12-28", 35, true, "mailed, day 35 on Christmas (Friday)"],
    ["2028-10-11", "ELECTRONIC", "2028-11-13", 30, true, "day 30 the Friday observed for a Saturday Veterans Day"],
    ["2028-01-30", "ELECTRONIC", "2028-02-29", 30, false, "leap day"],
    ["2028-01-30", "MAIL", "2028-03-06", 35, true, "leap year, mailed, day 35 a Sunday"],
    ["2027-01-30", "ELECTRONIC", "2027-03-01", 30, false, "February month end, not a leap year"],
    ["2026-01-31", "ELECTRONIC", "2026-03-02", 30, false, "January 31"],
  ])("served %s by %s: last day %s (%i days, extended %s; %s)", (date, method, dueDate, days, extended) => {
    const deadline = filingDeadline(served(date), method);
    expect(deadline).toMatchObject({ dueDate, days, extendedToBusinessDay: extended });
  });

  it("counts from the California date of service, not the UTC one", () => {
    // 22:30 Pacific on January 15 is January 16 in UTC
    expect(filingDeadline(new Date("2026-01-16T06:30:00.000Z"), "ELECTRONIC").dueDate).toBe("2026-02-17");
  });

  it("ends at 23:59:59.999 California time on the last day", () => {
    expect(filingDeadline(served("2026-06-01"), "ELECTRONIC").dueAt.toISOString()).toBe("2026-07-02T06:59:59.999Z");
    expect(filingDeadline(served("2026-01-15"), "ELECTRONIC").dueAt.toISOString()).toBe("2026-02-18T07:59:59.999Z");
  });

  it("uses the settings", () => {
    expect(DEFAULT_FILING_WINDOW).toEqual({ filingWindowDays: 30, mailExtensionDays: 5 });
    expect(filingDeadline(served("2026-06-01"), "MAIL", { filingWindowDays: 30, mailExtensionDays: 0 }).dueDate).toBe(
      "2026-07-01",
    );
    expect(
      filingDeadline(served("2026-06-01"), "ELECTRONIC", {
        filingWindowDays: 30,
        mailExtensionDays: 5,
        holidays: { extraDates: ["2026-07-01"] },
      }).dueDate,
    ).toBe("2026-07-02");
  });
});

describe("isFiledInTime", () => {
  const deadline = filingDeadline(served("2026-06-01"), "ELECTRONIC");
  it.each([
    ["2026-06-15T12:00:00-07:00", true, "well before"],
    ["2026-07-01T23:59:00-07:00", true, "the last day, late evening (July 2 in UTC)"],
    ["2026-07-02T00:00:00-07:00", false, "midnight after the last day"],
  ])("filed %s -> %s (%s)", (filedAt, expected) => {
    expect(isFiledInTime(new Date(filedAt), deadline)).toBe(expected);
  });
});
