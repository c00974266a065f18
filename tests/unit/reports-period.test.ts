// The period of the admin reports: California dates, both included, default the last 12 months.
import { monthsOf } from "@/lib/reports/volume-by-month.ts";
import { parseReportPeriod, twelveMonthsBefore } from "@/lib/reports/period.ts";
import { AppError } from "@/lib/errors.ts";

// 2026-11-27 03:00 UTC is still 2026-11-26 in California.
const NOW = new Date("2026-11-27T03:00:00.000Z");

describe("parseReportPeriod", () => {
  const valid: [string, unknown, { from: string; to: string; start: string; end: string }][] = [
    [
      "no dates: the last 12 months to today in California",
      {},
      { from: "2025-11-27", to: "2026-11-26", start: "2025-11-27T08:00:00.000Z", end: "2026-11-27T08:00:00.000Z" },
    ],
    [
      "blank dates count as none",
      { from: "", to: " " },
      { from: "2025-11-27", to: "2026-11-26", start: "2025-11-27T08:00:00.000Z", end: "2026-11-27T08:00:00.000Z" },
    ],
    [
      "both dates; summer time at the start (UTC-7)",
      { from: "2024-07-01", to: "2024-12-31" },
      { from: "2024-07-01", to: "2024-12-31", start: "2024-07-01T07:00:00.000Z", end: "2025-01-01T08:00:00.000Z" },
    ],
    [
      "one day",
      { from: "2024-03-10", to: "2024-03-10" },
      { from: "2024-03-10", to: "2024-03-10", start: "2024-03-10T08:00:00.000Z", end: "2024-03-11T07:00:00.000Z" },
    ],
    [
      "only the end: 12 months back from it",
      { to: "2024-02-29" },
      { from: "2023-03-01", to: "2024-02-29", start: "2023-03-01T08:00:00.000Z", end: "2024-03-01T08:00:00.000Z" },
    ],
    [
      "only the start: up to today",
      { from: "2026-01-01" },
      { from: "2026-01-01", to: "2026-11-26", start: "2026-01-01T08:00:00.000Z", end: "2026-11-27T08:00:00.000Z" },
    ],
  ];
  it.each(valid)("%s", (_name, input, expected) => {
    const period = parseReportPeriod(input, NOW);
    expect({
      from: period.from,
      to: period.to,
      start: period.start.toISOString(),
      end: period.end.toISOString(),
    }).toEqual(expected);
    expect(period.now).toBe(NOW);
  });

  const invalid: [string, unknown, Record<string, string[]>][] = [
    [
      "the start after the end",
      { from: "2024-05-02", to: "2024-05-01" },
      { to: ["The end date must be on or after the start date."] },
    ],
    [
      "a start after today without an end",
      { from: "2027-01-01" },
      { from: ["The start date must be on or before today, or give an end date."] },
    ],
    ["not a date", { from: "yesterday" }, { from: ["Enter the start date as a date (YYYY-MM-DD)."] }],
    ["an impossible day", { to: "2023-02-29" }, { to: ["Enter the end date as a date (YYYY-MM-DD)."] }],
    ["a number instead of text", { from: 20240101 }, { from: ["Enter the start date as a date."] }],
    [
      "before 2000",
      { from: "1999-12-31", to: "2000-01-05" },
      { from: ["The start date must be between 2000-01-01 and 2100-12-31."] },
    ],
  ];
  it.each(invalid)("refuses %s with a field message", (_name, input, fieldErrors) => {
    let caught: unknown;
    try {
      parseReportPeriod(input, NOW);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe("VALIDATION");
    expect((caught as AppError).fieldErrors).toEqual(fieldErrors);
  });
});

describe("twelveMonthsBefore", () => {
  it.each([
    ["2026-11-26", "2025-11-27"],
    ["2024-02-29", "2023-03-01"],
    ["2025-03-01", "2024-03-02"],
    ["2025-01-01", "2024-01-02"],
    ["2024-12-31", "2024-01-01"],
  ])("%s -> %s", (to, from) => {
    expect(twelveMonthsBefore(to)).toBe(from);
  });
});

describe("monthsOf", () => {
  it.each([
    ["2024-01-15", "2024-01-20", ["2024-01"]],
    ["2023-11-30", "2024-02-01", ["2023-11", "2023-12", "2024-01", "2024-02"]],
    ["2024-12-01", "2025-01-31", ["2024-12", "2025-01"]],
  ])("%s to %s", (from, to, months) => {
    expect(monthsOf(from, to)).toEqual(months);
  });

  it("has 13 months for a default 12-month period that starts mid-month", () => {
    expect(monthsOf("2025-11-27", "2026-11-26")).toHaveLength(13);
  });
});
