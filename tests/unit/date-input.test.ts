// A date typed into one text box: the forms intake types, read as the ISO date the server
// takes, or refused with the reason; California's today is the latest date.
import { dateInputMessage, formatDateInput, parseDateInput } from "@/lib/format/date-input.ts";

const TODAY = "2026-03-15";

describe("dates intake types", () => {
  it.each([
    // [typed, ISO]
    ["06/10/2024", "2024-06-10"],
    ["6/10/2024", "2024-06-10"],
    ["1/2/26", "2026-01-02"],
    ["01/02/26", "2026-01-02"],
    ["1-2-2026", "2026-01-02"],
    ["01.02.2026", "2026-01-02"],
    ["01022026", "2026-01-02"],
    ["010226", "2026-01-02"],
    ["2024-06-10", "2024-06-10"],
    ["2024-6-1", "2024-06-01"],
    ["2024/06/10", "2024-06-10"],
    ["  06/10/2024 ", "2024-06-10"],
    ["02/29/2024", "2024-02-29"], // leap year
    ["12/31/99", "1999-12-31"], // a two-digit year after this year is last century's
    ["3/4/85", "1985-03-04"],
    ["3/15/26", "2026-03-15"], // today
    ["03/15/2026", "2026-03-15"],
    ["1/1/1900", "1900-01-01"],
  ])("%j is %s", (typed, iso) => {
    expect(parseDateInput(typed, TODAY)).toEqual({ ok: true, iso });
  });

  it.each([
    // [typed, reason]
    ["", "format"],
    ["   ", "format"],
    ["yesterday", "format"],
    ["06/10", "format"],
    ["6/10/202", "format"],
    ["0610202", "format"],
    ["2024-06-10T00:00", "format"],
    ["06/10/2024/1", "format"],
    ["13/01/2024", "calendar"],
    ["00/10/2024", "calendar"],
    ["02/30/2024", "calendar"],
    ["02/29/2023", "calendar"], // not a leap year
    ["04/31/2024", "calendar"],
    ["06/00/2024", "calendar"],
    ["2024-13-01", "calendar"],
    ["06/10/1899", "year"],
    ["0001-01-01", "year"],
    ["03/16/2026", "future"], // tomorrow in California
    ["3/16/26", "future"],
    ["2027-01-01", "future"],
  ])("%j is refused (%s)", (typed, reason) => {
    expect(parseDateInput(typed, TODAY)).toEqual({ ok: false, reason });
  });

  it("takes any date when no latest date is given", () => {
    expect(parseDateInput("01/01/2099", null)).toEqual({ ok: true, iso: "2099-01-01" });
    expect(parseDateInput("1/1/99", null)).toEqual({ ok: true, iso: "2099-01-01" });
  });

  it("a two-digit year turns on this year", () => {
    expect(parseDateInput("1/1/27", "2026-12-31")).toEqual({ ok: true, iso: "1927-01-01" });
    expect(parseDateInput("1/1/27", "2027-01-01")).toEqual({ ok: true, iso: "2027-01-01" });
  });
});

describe("what a refused date is told", () => {
  it.each([
    ["format", "Date of injury: enter the date as MM/DD/YYYY, for example 06/10/2024."],
    ["calendar", "Date of injury: there is no such day; check the month and the day."],
    ["year", "Date of injury: check the year; enter it with four digits."],
    ["future", "Date of injury cannot be in the future."],
  ] as const)("%s", (reason, message) => {
    expect(dateInputMessage("Date of injury", reason)).toBe(message);
  });
});

describe("an ISO date is shown as intake reads it", () => {
  it.each([
    ["2024-06-10", "06/10/2024"],
    ["1980-02-29", "02/29/1980"],
    ["06/10/2024", "06/10/2024"],
    ["not a date", "not a date"],
    ["", ""],
  ])("%j as %j", (value, shown) => {
    expect(formatDateInput(value)).toBe(shown);
  });
});
