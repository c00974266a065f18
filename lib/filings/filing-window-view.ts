// What the online application shows of the filing window (pure): the last day to file an
// Application for IMR, 30 days from service of the UR decision plus 5 when it was mailed
// (8 CCR 9792.10.1(b)(1); Code Civ. Proc. 1013(a)), moved to the next business day
// (Code Civ. Proc. 12a), by lib/eligibility's own rule and settings, on California dates.
// The decision on lateness stays with eligibility; this only tells the filer in time.
import { atCaliforniaTime, californiaDate, daysBetween, type IsoDate } from "../deadlines/calendar.ts";
import { filingDeadline, isFiledInTime, type FilingWindowSettings } from "../eligibility/filing-window.ts";
import { DEFAULT_FILING_WINDOW } from "../eligibility/filing-window.ts";
import type { ServiceMethod } from "../eligibility/application.ts";

export type FilingWindowView =
  | { known: false }
  | {
      known: true;
      /** the day the UR decision was served (its date when no service date was given) */
      servedOn: IsoDate;
      servedOnAssumed: boolean;
      method: ServiceMethod | null;
      dueDate: IsoDate;
      /** days counted: the window, plus the mail extension when mailed (or when the method is unknown) */
      days: number;
      mailExtended: boolean;
      extendedToBusinessDay: boolean;
      late: boolean;
      /** days left until the last day (0 on the last day; negative once late) */
      daysLeft: number;
    };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function filingWindowView({
  urDecisionDate,
  urDecisionServedOn,
  urServiceMethod,
  now,
  settings = DEFAULT_FILING_WINDOW,
}: {
  urDecisionDate?: unknown;
  urDecisionServedOn?: unknown;
  urServiceMethod?: unknown;
  now: Date;
  settings?: FilingWindowSettings;
}): FilingWindowView {
  const served = typeof urDecisionServedOn === "string" && ISO.test(urDecisionServedOn) ? urDecisionServedOn : null;
  const dated = typeof urDecisionDate === "string" && ISO.test(urDecisionDate) ? urDecisionDate : null;
  const servedOn = served ?? dated;
  if (!servedOn || Number.isNaN(new Date(`${servedOn}T00:00:00Z`).getTime())) return { known: false };
  const method = (["MAIL", "ELECTRONIC", "PERSONAL", "FAX"] as const).find((m) => m === urServiceMethod) ?? null;
  // An unknown method gets the longer (mailed) window: the filer is never told "late" wrongly.
  const counted = method ?? "MAIL";
  // noon in California on the service day: the calendar day itself, whatever the offset
  const deadline = filingDeadline(atCaliforniaTime(servedOn, 12), counted, settings);
  const today = californiaDate(now);
  return {
    known: true,
    servedOn,
    servedOnAssumed: served === null,
    method,
    dueDate: deadline.dueDate,
    days: deadline.days,
    mailExtended: counted === "MAIL" && settings.mailExtensionDays > 0,
    extendedToBusinessDay: deadline.extendedToBusinessDay,
    late: !isFiledInTime(now, deadline),
    daysLeft: daysBetween(today, deadline.dueDate),
  };
}
