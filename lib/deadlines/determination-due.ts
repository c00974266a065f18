// When the final determination is due (Labor Code 4610.6(d); 8 CCR 9792.10.6):
// 30 days for a standard review, 3 days for an expedited one, 5 business days for a
// pharmacy formulary dispute. Counted here from receipt; once records tracking exists the
// clock starts at complete records.
import type { ReviewType } from "../db/generated/enums.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export function addCalendarDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** Adds days that are not Saturday or Sunday (state holidays come with the calendar module). */
export function addBusinessDays(from: Date, days: number): Date {
  let date = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}

export function determinationDueAt(reviewType: ReviewType, clockStart: Date): Date {
  switch (reviewType) {
    case "EXPEDITED":
      return addCalendarDays(clockStart, 3);
    case "FORMULARY":
      return addBusinessDays(clockStart, 5);
    case "STANDARD":
      return addCalendarDays(clockStart, 30);
  }
}
