// When the final determination is due (Labor Code 4610.6(d); 8 CCR 9792.10.6), counted from
// receipt of the application and the complete records:
// - standard: 30 calendar days, due by the end of that California date. Not extended to a
//   business day: the deadline binds the review organization, so it is kept as written.
// - expedited: 72 hours, an instant (received Friday 18:30, due Monday 18:30).
// - pharmacy formulary: 5 working days (weekends and state holidays skipped), due by the end
//   of that California date; the day the clock starts is not counted.
import type { ReviewType } from "./review-type.ts";
import {
  addBusinessDays as addBusinessDates,
  addDays,
  californiaDate,
  californiaOffsetMinutes,
  daysBetween,
  endOfCaliforniaDay,
  type IsoDate,
} from "./calendar.ts";
import { DEFAULT_HOLIDAY_SETTINGS, type HolidaySettings } from "./holidays.ts";

export const STANDARD_DETERMINATION_DAYS = 30;
export const EXPEDITED_DETERMINATION_HOURS = 72;
export const FORMULARY_DETERMINATION_WORKING_DAYS = 5;

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** `days` elapsed days of 24 hours after an instant. */
export function addCalendarDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** The same California wall-clock time, `days` business days (weekends and state holidays skipped) later. */
export function addBusinessDays(from: Date, days: number, holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS): Date {
  const start = californiaDate(from);
  const shifted = addCalendarDays(from, daysBetween(start, addBusinessDates(start, days, holidays)));
  return new Date(shifted.getTime() + (californiaOffsetMinutes(from) - californiaOffsetMinutes(shifted)) * 60_000);
}

/** A due date (absent for an instant deadline) and the last instant the deadline is met. */
export type Due = { dueDate?: IsoDate; dueAt: Date };

export function determinationDue(
  reviewType: ReviewType,
  clockStart: Date,
  holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS,
): Due {
  switch (reviewType) {
    case "EXPEDITED":
      return { dueAt: new Date(clockStart.getTime() + EXPEDITED_DETERMINATION_HOURS * HOUR_MS) };
    case "FORMULARY": {
      const dueDate = addBusinessDates(californiaDate(clockStart), FORMULARY_DETERMINATION_WORKING_DAYS, holidays);
      return { dueDate, dueAt: endOfCaliforniaDay(dueDate) };
    }
    case "STANDARD": {
      const dueDate = addDays(californiaDate(clockStart), STANDARD_DETERMINATION_DAYS);
      return { dueDate, dueAt: endOfCaliforniaDay(dueDate) };
    }
  }
}

/** The instant the final determination is due. */
export function determinationDueAt(
  reviewType: ReviewType,
  clockStart: Date,
  holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS,
): Date {
  return determinationDue(reviewType, clockStart, holidays).dueAt;
}
