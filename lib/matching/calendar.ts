// Calendar days for the matching rules. Credentials and leaves are dates without a time
// (stored as UTC midnights): one that expires on the due date is still valid that day; a
// leave covers whole days. The due date and "today" are instants, read as the California
// calendar day they fall on (America/Los_Angeles): a determination due at 11:59 pm on
// January 6 in California is due on January 6, although that instant is January 7 in UTC.
import { californiaOffsetMinutes } from "../deadlines/calendar.ts";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Start of the UTC calendar day of `date`, as epoch milliseconds (UTC days have no leap seconds). */
export function utcDay(date: Date): number {
  const time = date.getTime();
  return time - (((time % DAY_MS) + DAY_MS) % DAY_MS);
}

/** The California calendar day of an instant, as the epoch milliseconds of that date's UTC midnight. */
export function californiaDay(instant: Date): number {
  return utcDay(new Date(instant.getTime() + californiaOffsetMinutes(instant) * 60_000));
}

/** "2025-07-01" */
export const isoDay = (day: number): string => new Date(day).toISOString().slice(0, 10);
