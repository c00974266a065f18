// The period a report covers: two California calendar dates, both included. Without dates
// the last 12 months up to today (California time). The SQL of every report compares
// instants, so the period is also given as [start, end): 00:00 California time on `from`
// up to (not including) 00:00 California time on the day after `to`.
import { z } from "zod";
import { addDays, californiaDate, startOfCaliforniaDay, type IsoDate } from "../deadlines/calendar.ts";
import { isIsoDate } from "../deadlines/iso-date.ts";
import { AppError } from "../errors.ts";
import { zodFieldErrors } from "../action-result.ts";

export type ReportPeriod = {
  from: IsoDate;
  to: IsoDate;
  /** first instant of the period */
  start: Date;
  /** first instant after the period */
  end: Date;
  /** the time the report is made (open cases past due are judged against it) */
  now: Date;
};

export const EARLIEST_REPORT_DATE = "2000-01-01";
export const LATEST_REPORT_DATE = "2100-12-31";

const blankAsNone = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const reportDate = (label: string) =>
  z.preprocess(
    blankAsNone,
    z
      .string(`Enter the ${label} as a date.`)
      .trim()
      .refine(isIsoDate, { message: `Enter the ${label} as a date (YYYY-MM-DD).`, abort: true })
      .refine(
        (d) => d >= EARLIEST_REPORT_DATE && d <= LATEST_REPORT_DATE,
        `The ${label} must be between ${EARLIEST_REPORT_DATE} and ${LATEST_REPORT_DATE}.`,
      )
      .optional(),
  );

export const reportPeriodInput = z.object({ from: reportDate("start date"), to: reportDate("end date") });

/** The same calendar day 12 months earlier, plus one day (29 February falls back to the 28th). */
export function twelveMonthsBefore(to: IsoDate): IsoDate {
  const [y, m, d] = to.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const sameDay = `${String(y - 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
  return addDays(sameDay, 1);
}

/** Parses the requested dates; a wrong date or a start after the end is a validation error with field messages. */
export function parseReportPeriod(input: unknown, now: Date): ReportPeriod {
  const parsed = reportPeriodInput.safeParse(input ?? {});
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please correct the dates of the report.", zodFieldErrors(parsed.error));
  }
  const to = parsed.data.to ?? californiaDate(now);
  const from = parsed.data.from ?? twelveMonthsBefore(to);
  if (from > to) {
    const fieldErrors: Record<string, string[]> = parsed.data.to
      ? { to: ["The end date must be on or after the start date."] }
      : { from: ["The start date must be on or before today, or give an end date."] };
    throw new AppError("VALIDATION", "Please correct the dates of the report.", fieldErrors);
  }
  return { from, to, start: startOfCaliforniaDay(from), end: startOfCaliforniaDay(addDays(to, 1)), now };
}
