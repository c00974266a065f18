// A request for information to a party is answered within 5 business days of being sent
// (8 CCR 9792.10.3(b): the parties have 5 business days to answer a request for information).
// Counted on the California calendar: the day it was sent is not counted, weekends and
// California state holidays are skipped, and the answer is on time until the end of the due day.
import { addBusinessDays, californiaDate, endOfCaliforniaDay, type IsoDate } from "./calendar.ts";
import { DEFAULT_HOLIDAY_SETTINGS, type HolidaySettings } from "./holidays.ts";

export const INFORMATION_REQUEST_BUSINESS_DAYS = 5;

export function informationRequestDue(
  sentAt: Date,
  holidays: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS,
): { dueDate: IsoDate; dueAt: Date } {
  const dueDate = addBusinessDays(californiaDate(sentAt), INFORMATION_REQUEST_BUSINESS_DAYS, holidays);
  return { dueDate, dueAt: endOfCaliforniaDay(dueDate) };
}

/** Whether a request is overdue at `now`: not answered and past the end of its due day. */
export function informationRequestOverdue(request: { dueAt: Date; answeredAt: Date | null }, now: Date): boolean {
  return request.answeredAt === null && now.getTime() > request.dueAt.getTime();
}
