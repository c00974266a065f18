// Calendar days for the matching rules. Credentials and leaves are dates without a time:
// one that expires on the due date is still valid that day; a leave covers whole days.
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Start of the UTC calendar day of `date`, as epoch milliseconds (UTC days have no leap seconds). */
export function utcDay(date: Date): number {
  const time = date.getTime();
  return time - (((time % DAY_MS) + DAY_MS) % DAY_MS);
}

export const startOfUtcDay = (date: Date): Date => new Date(utcDay(date));

/** "2025-07-01" */
export const isoDay = (day: number): string => new Date(day).toISOString().slice(0, 10);
