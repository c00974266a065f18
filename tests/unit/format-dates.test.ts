// What people read: an instant is shown as its California date or time (America/Los_Angeles),
// at 11:30 pm and across both daylight-saving changes; a stored calendar date never shifts.
import {
  californiaToday,
  formatCaliforniaDate,
  formatCaliforniaLongDate,
  formatCaliforniaTime,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatLongIsoDate,
} from "@/lib/format/dates.ts";

describe("instants are shown in California", () => {
  it.each([
    // [instant, California date, long date, time]
    ["2026-12-05T07:30:00Z", "12/04/2026", "December 4, 2026", "11:30:00 PM"], // winter, PST
    ["2026-03-08T07:30:00Z", "03/07/2026", "March 7, 2026", "11:30:00 PM"], // the night daylight time starts
    ["2026-03-08T10:30:00Z", "03/08/2026", "March 8, 2026", "3:30:00 AM"], // just after the change (2 am → 3 am)
    ["2026-11-01T06:30:00Z", "10/31/2026", "October 31, 2026", "11:30:00 PM"], // the night standard time returns (PDT)
    ["2026-11-01T09:30:00Z", "11/01/2026", "November 1, 2026", "1:30:00 AM"], // the second 1:30 am (PST)
    ["2026-07-01T06:30:00Z", "06/30/2026", "June 30, 2026", "11:30:00 PM"], // summer, PDT
  ])("%s is %s, %s at %s", (instant, date, long, time) => {
    const at = new Date(instant);
    expect(formatCaliforniaDate(at)).toBe(date);
    expect(formatCaliforniaLongDate(at)).toBe(long);
    expect(formatCaliforniaTime(at)).toBe(time);
    expect(californiaToday(at)).toBe(`${date.slice(6)}-${date.slice(0, 2)}-${date.slice(3, 5)}`);
    expect(formatDateTime(at)).toContain(date);
  });
});

test("the short California date equals Intl's, every 17 minutes of two years across the clock changes", () => {
  const intl = new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "America/Los_Angeles",
  });
  const differing: string[] = [];
  for (let ms = Date.parse("2025-01-01T00:00:00Z"); ms < Date.parse("2027-01-01T00:00:00Z"); ms += 17 * 60_000) {
    const at = new Date(ms);
    if (formatCaliforniaDate(at) !== intl.format(at)) differing.push(at.toISOString());
  }
  expect(differing).toEqual([]);
  expect(() => formatCaliforniaDate(new Date(Number.NaN))).toThrow(RangeError);
});

describe("calendar dates are shown as stored", () => {
  it.each(["2026-03-08", "2026-11-01", "2026-12-31", "2027-01-01"])("%s", (iso) => {
    const stored = new Date(`${iso}T00:00:00.000Z`);
    expect(formatDate(stored)).toBe(`${iso.slice(5, 7)}/${iso.slice(8)}/${iso.slice(0, 4)}`);
    expect(formatLongDate(stored)).toBe(formatLongIsoDate(iso));
  });
});
