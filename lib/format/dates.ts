// Date formatting shared by pages, letters, notices and e-mails. Calendar dates (a date of
// injury, a due date) are stored at UTC midnight and shown in UTC, so a date never shifts by a
// time zone; an instant (a letter's issue, a receipt) is shown as its California calendar date
// or time (America/Los_Angeles), never its UTC day.
const LONG = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
const CA_DATE_TIME = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "America/Los_Angeles",
});

export const formatLongDate = (date: Date) => LONG.format(date);
export const formatDate = (date: Date) => SHORT.format(date);
const CA_LONG = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "America/Los_Angeles",
});
/** The California calendar date of an instant, in words: "December 4, 2026". */
export const formatCaliforniaLongDate = (instant: Date) => CA_LONG.format(instant);
/** A calendar date ("2026-12-04"), in words. */
export const formatLongIsoDate = (isoDate: string) => LONG.format(new Date(`${isoDate}T00:00:00.000Z`));
const CA_DATE = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: "America/Los_Angeles",
});

/** The California calendar date of an instant (a deadline, a receipt). */
export const formatCaliforniaDate = (instant: Date) => CA_DATE.format(instant);
const CA_TIME = new Intl.DateTimeFormat("en-US", {
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "America/Los_Angeles",
});
/** The California wall-clock time of an instant: "4:05:09 PM". */
export const formatCaliforniaTime = (instant: Date) => CA_TIME.format(instant);
const CA_ISO = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: "America/Los_Angeles",
});
/** Today's California date as yyyy-mm-dd (the latest date a date field accepts). */
export const californiaToday = (now: Date = new Date()) => CA_ISO.format(now);
/** An instant, in California time. */
export const formatDateTime = (date: Date) => CA_DATE_TIME.format(date);
export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);
