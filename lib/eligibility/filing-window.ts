// The window to file an Application for IMR: 30 days from service of the written UR
// decision (8 CCR 9792.10.1(b)(1); Labor Code 4610.5(h)), plus 5 days when the decision
// was served by mail (Code Civ. Proc. 1013(a), as practitioners apply it). Both figures are
// settings. Days are California calendar days counted from the day after service; a last day
// on a weekend or state holiday runs to the next business day (Code Civ. Proc. 12a).
// Only mail is extended: personal, fax and electronic service count the plain window.
import {
  addDays,
  californiaDate,
  endOfCaliforniaDay,
  onOrNextBusinessDay,
  type IsoDate,
} from "../deadlines/calendar.ts";
import type { HolidaySettings } from "../deadlines/holidays.ts";
import type { ServiceMethod } from "./application.ts";

export type FilingWindowSettings = { filingWindowDays: number; mailExtensionDays: number; holidays?: HolidaySettings };

export const DEFAULT_FILING_WINDOW: FilingWindowSettings = { filingWindowDays: 30, mailExtensionDays: 5 };

export type FilingDeadline = {
  /** the last day to file (California date) */
  dueDate: IsoDate;
  /** 23:59:59.999 California time on that day */
  dueAt: Date;
  /** calendar days counted before any extension to a business day */
  days: number;
  /** whether the last counted day was a weekend or holiday and the window ran on */
  extendedToBusinessDay: boolean;
};

export function filingDeadline(
  urServedAt: Date,
  serviceMethod: ServiceMethod,
  settings: FilingWindowSettings = DEFAULT_FILING_WINDOW,
): FilingDeadline {
  const days = settings.filingWindowDays + (serviceMethod === "MAIL" ? settings.mailExtensionDays : 0);
  const counted = addDays(californiaDate(urServedAt), days);
  const dueDate = onOrNextBusinessDay(counted, settings.holidays);
  return { dueDate, dueAt: endOfCaliforniaDay(dueDate), days, extendedToBusinessDay: dueDate !== counted };
}

/** Filed in time when filed on or before the last day, in California. */
export function isFiledInTime(filedAt: Date, deadline: FilingDeadline): boolean {
  return californiaDate(filedAt) <= deadline.dueDate;
}
