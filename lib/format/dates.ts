// Date formatting shared by pages, letters, notices and e-mails. Calendar dates (a date of
// injury, a due date) are stored at UTC midnight and shown in UTC, so a date never shifts by a
// time zone; an instant (a letter's issue, a receipt) is shown as its California calendar date
// or time (America/Los_Angeles), never its UTC day.
import { californiaDate, type IsoDate } from "../deadlines/calendar.ts";

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
/** A calendar date ("2027-01-03") as the short form reads: "01/03/2027". */
export const formatShortIsoDate = (isoDate: IsoDate) =>
  `${isoDate.slice(5, 7)}/${isoDate.slice(8, 10)}/${isoDate.slice(0, 4)}`;

/**
 * The California calendar date of an instant (a deadline, a receipt): "01/03/2027". From
 * californiaDate, which asks Intl for California's offset once an hour: the case tables
 * write two of these on each row.
 */
export const formatCaliforniaDate = (instant: Date) => formatShortIsoDate(californiaDate(instant));
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
