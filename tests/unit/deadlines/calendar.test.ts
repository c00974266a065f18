// California dates of instants (DST-correct), end of a California day, and business days.
import {
  addBusinessDays,
  addCalendarDaysToBusinessDay,
  californiaDate,
  californiaOffsetMinutes,
  endOfCaliforniaDay,
  isBusinessDay,
  nextBusinessDay,
  onOrNextBusinessDay,
  startOfCaliforniaDay,
} from "@/lib/deadlines/calendar.ts";
import { isIsoDate } from "@/lib/deadlines/iso-date.ts";

describe("californiaDate", () => {
  it.each([
    ["2026-06-13T06:59:59.999Z", "2026-06-12", "23:59 PDT Friday"],
    ["2026-06-13T07:00:00.000Z", "2026-06-13", "midnight PDT"],
    ["2026-01-16T07:59:59.999Z", "2026-01-15", "23:59 PST"],
    ["2026-01-16T08:00:00.000Z", "2026-01-16", "midnight PST"],
    ["2028-03-01T07:30:00.000Z", "2028-02-29", "leap day evening"],
    ["2027-01-01T05:00:00.000Z", "2026-12-31", "New Year's Eve in California, New Year's Day in UTC"],
    ["2026-03-08T09:59:00.000Z", "2026-03-08", "DST starts (01:59 PST)"],
    ["2026-03-08T10:00:00.000Z", "2026-03-08", "DST starts (03:00 PDT)"],
    ["2026-11-01T08:30:00.000Z", "2026-11-01", "DST ends (01:30 PDT)"],
    ["2026-11-01T09:30:00.000Z", "2026-11-01", "DST ends (01:30 PST)"],
  ])("%s is %s in California (%s)", (instant, date) => {
    expect(californiaDate(new Date(instant))).toBe(date);
  });

  it("rejects an invalid instant", () => {
    expect(() => californiaDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("endOfCaliforniaDay / startOfCaliforniaDay", () => {
  it.each([
    ["2026-01-15", "2026-01-15T08:00:00.000Z", "2026-01-16T07:59:59.999Z", "winter (PST)"],
    ["2026-07-15", "2026-07-15T07:00:00.000Z", "2026-07-16T06:59:59.999Z", "summer (PDT)"],
    ["2026-03-08", "2026-03-08T08:00:00.000Z", "2026-03-09T06:59:59.999Z", "DST starts: a 23-hour day"],
    ["2026-11-01", "2026-11-01T07:00:00.000Z", "2026-11-02T07:59:59.999Z", "DST ends: a 25-hour day"],
    ["2028-02-29", "2028-02-29T08:00:00.000Z", "2028-03-01T07:59:59.999Z", "leap day"],
    ["2026-12-31", "2026-12-31T08:00:00.000Z", "2027-01-01T07:59:59.999Z", "year end"],
  ])("%s: starts %s, ends %s (%s)", (date, start, end) => {
    expect(startOfCaliforniaDay(date).toISOString()).toBe(start);
    expect(endOfCaliforniaDay(date).toISOString()).toBe(end);
    expect(californiaDate(endOfCaliforniaDay(date))).toBe(date);
    expect(californiaDate(new Date(endOfCaliforniaDay(date).getTime() + 1))).not.toBe(date);
  });

  it.each([
    ["2026-01-15T12:00:00.000Z", -480],
    ["2026-07-15T12:00:00.000Z", -420],
  ])("offset at %s is %i minutes", (instant, offset) => {
    expect(californiaOffsetMinutes(new Date(instant))).toBe(offset);
  });

  it.each(["2026-02-30", "2026-13-01", "26-01-01", ""])("rejects %j", (date) => {
    expect(() => endOfCaliforniaDay(date)).toThrow(RangeError);
  });
});

describe("isBusinessDay", () => {
  it.each([
    ["2026-06-10", true, "Wednesday"],
    ["2026-06-13", false, "Saturday"],
    ["2026-06-14", false, "Sunday"],
    ["2026-01-19", false, "MLK Day"],
    ["2027-07-05", false, "Monday observed for a Sunday holiday"],
    ["2026-07-03", true, "Friday before a Saturday holiday (not observed)"],
    ["2028-11-10", false, "Friday observed for a Saturday Veterans Day"],
    ["2026-11-27", false, "day after Thanksgiving"],
    ["2026-09-25", true, "Native American Day (not a closure)"],
  ])("%s -> %s (%s)", (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it("counts an administrator's extra holiday", () => {
    expect(isBusinessDay("2026-12-24", { extraDates: ["2026-12-24"] })).toBe(false);
  });
});

describe("nextBusinessDay / onOrNextBusinessDay", () => {
  it.each([
    ["2026-06-10", "2026-06-11", "2026-06-10", "Wednesday"],
    ["2026-06-12", "2026-06-15", "2026-06-12", "Friday"],
    ["2026-06-13", "2026-06-15", "2026-06-15", "Saturday"],
    ["2026-02-14", "2026-02-17", "2026-02-17", "Saturday before Presidents' Day"],
    ["2026-11-25", "2026-11-30", "2026-11-25", "Wednesday before Thanksgiving"],
    ["2026-12-31", "2027-01-04", "2026-12-31", "year end"],
    ["2027-07-03", "2027-07-06", "2027-07-06", "Saturday before an observed Monday"],
  ])("%s: next %s, on or next %s (%s)", (date, next, onOrNext) => {
    expect(nextBusinessDay(date)).toBe(next);
    expect(onOrNextBusinessDay(date)).toBe(onOrNext);
  });
});

describe("addBusinessDays (dates)", () => {
  it.each([
    ["2026-06-10", 0, "2026-06-10"],
    ["2026-06-13", 0, "2026-06-13"],
    ["2026-06-10", 1, "2026-06-11"],
    ["2026-06-12", 1, "2026-06-15"],
    ["2026-06-13", 1, "2026-06-15"],
    ["2026-06-12", 5, "2026-06-19"],
    ["2026-11-24", 5, "2026-12-03"],
    ["2026-12-22", 5, "2026-12-30"],
    ["2026-12-30", 3, "2027-01-05"],
    ["2028-02-25", 3, "2028-03-01"],
    ["2026-01-30", 1, "2026-02-02"],
  ])("%s + %i business days = %s", (date, days, expected) => {
    expect(addBusinessDays(date, days)).toBe(expected);
  });

  it.each([-1, 1.5])("rejects %p days", (days) => {
    expect(() => addBusinessDays("2026-06-10", days)).toThrow(RangeError);
  });

  it("addCalendarDaysToBusinessDay runs a weekend end to Monday", () => {
    expect(addCalendarDaysToBusinessDay("2026-06-04", 30)).toBe("2026-07-06");
  });
});

describe("the offset kept per UTC hour agrees with the platform's time zone data", () => {
  // Intl's own reading of the California wall clock, minute by minute around every DST change.
  const intl = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const wall = (ms: number) => {
    const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return {
      date: `${p.year}-${p.month}-${p.day}`,
      offset: Math.round(
        (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000,
      ),
    };
  };
  test.each([2000, 2007, 2016, 2024, 2026, 2031])("every 7 minutes of the days around the changes of %i", (year) => {
    const mismatches: string[] = [];
    for (const [month, day] of [
      [3, 1],
      [3, 8],
      [4, 1],
      [10, 25],
      [11, 1],
      [12, 31],
    ]) {
      const start = Date.UTC(year, month - 1, day);
      for (let ms = start; ms < start + 16 * 86_400_000; ms += 7 * 60_000) {
        const expected = wall(ms);
        const got = { date: californiaDate(new Date(ms)), offset: californiaOffsetMinutes(new Date(ms)) };
        if (got.date !== expected.date || got.offset !== expected.offset)
          mismatches.push(`${new Date(ms).toISOString()}: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe("what is a calendar date (YYYY-MM-DD)", () => {
  it.each([
    ["2026-06-10", true],
    ["2024-02-29", true], // a leap day
    ["2000-02-29", true], // a leap day of a century divisible by 400
    ["2025-02-29", false], // not a leap year
    ["1900-02-29", false], // a century not divisible by 400
    ["2026-04-31", false], // April has 30 days
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-06-00", false],
    ["0999-06-10", false], // before the year 1000
    ["1000-01-01", true],
    ["2026-6-10", false],
    ["2026-06-10T00:00:00Z", false],
    ["", false],
  ])("%s: %s", (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});
