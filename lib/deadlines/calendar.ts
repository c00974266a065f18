// The business-day calendar for California deadlines. Deadlines are calendar dates in
// California (America/Los_Angeles); a business day is a date that is neither a Saturday,
// a Sunday nor a state holiday (Labor Code 4600.4(b); holidays.ts). Instants are turned into
// California dates with Intl, so daylight saving time follows the platform's time zone data.
import { isHoliday, DEFAULT_HOLIDAY_SETTINGS, type HolidaySettings } from "./holidays.ts";
import { addDays, formatIsoDate, isIsoDate, weekdayOf, type IsoDate } from "./iso-date.ts";

export { addDays, daysBetween, weekdayOf, type IsoDate } from "./iso-date.ts";

export const CALIFORNIA_TIME_ZONE = "America/Los_Angeles";

const WALL_CLOCK = new Intl.DateTimeFormat("en-US", {
  timeZone: CALIFORNIA_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(instant: Date) {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError("Not a valid instant.");
}

const HOUR_MS = 3_600_000;
// California changes its offset only on the hour (02:00 local is 10:00 or 09:00 UTC), so the
// offset read from Intl for one UTC hour holds for every instant in it: kept per hour.
const offsetByHour = new Map<number, number>();

function offsetOfHour(hour: number): number {
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const w = wallClock(new Date(hour * HOUR_MS));
    offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - hour * HOUR_MS) / 60_000);
    if (offsetByHour.size >= 200_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The California calendar date ("YYYY-MM-DD") of an instant. */
export function californiaDate(instant: Date): IsoDate {
  assertInstant(instant);
  const local = new Date(instant.getTime() + californiaOffsetMinutes(instant) * 60_000);
  return formatIsoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** California's offset from UTC at an instant, in minutes (-480 in winter, -420 in summer). */
export function californiaOffsetMinutes(instant: Date): number {
  assertInstant(instant);
  return offsetOfHour(Math.floor(instant.getTime() / HOUR_MS));
}

/** The instant at a California wall-clock time on a date (times outside a DST gap). */
export function atCaliforniaTime(date: IsoDate, hour: number, minute = 0, second = 0, ms = 0): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = date.split("-").map(Number);
  const wall = Date.UTC(y, m - 1, d, hour, minute, second, ms);
  // Two passes: the first guess may sit on the other side of a DST change.
  let instant = new Date(wall - californiaOffsetMinutes(new Date(wall - 8 * 3_600_000)) * 60_000);
  instant = new Date(wall - californiaOffsetMinutes(instant) * 60_000);
  return instant;
}

/** 00:00:00.000 California time on the date. */
export const startOfCaliforniaDay = (date: IsoDate): Date => atCaliforniaTime(date, 0);
/** 23:59:59.999 California time on the date: the last instant a date deadline is met. */
export const endOfCaliforniaDay = (date: IsoDate): Date => atCaliforniaTime(date, 23, 59, 59, 999);

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

export function isBusinessDay(date: IsoDate, holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS): boolean {
  return !isWeekend(date) && !isHoliday(date, holidays);
}

/** The first business day after the date. */
export function nextBusinessDay(date: IsoDate, holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS): IsoDate {
  let next = addDays(date, 1);
  while (!isBusinessDay(next, holidays)) next = addDays(next, 1);
  return next;
}

/** The date itself when it is a business day, otherwise the next one (Code Civ. Proc. 12a). */
export function onOrNextBusinessDay(date: IsoDate, holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS): IsoDate {
  return isBusinessDay(date, holidays) ? date : nextBusinessDay(date, holidays);
}

/** The date `days` business days after `date`; the start date itself is not counted. */
export function addBusinessDays(
  date: IsoDate,
  days: number,
  holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS,
): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Business days must be a whole number >= 0: ${days}`);
  let current = date;
  for (let left = days; left > 0; left -= 1) current = nextBusinessDay(current, holidays);
  return current;
}

/** The date `days` calendar days after `date`, moved to the next business day if it is not one. */
export function addCalendarDaysToBusinessDay(
  date: IsoDate,
  days: number,
  holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS,
): IsoDate {
  return onOrNextBusinessDay(addDays(date, days), holidays);
}
