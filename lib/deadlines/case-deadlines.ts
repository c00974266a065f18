// Every deadline of a case that the known facts allow computing, each with its legal source
// (deadline-rules.ts). Dates are California calendar dates; `dueAt` is the last instant the
// deadline is met (23:59:59.999 California time for a date, the exact instant for the
// expedited 24-hour records and 72-hour determination deadlines).
//   ASSIGNMENT_NOTICE   eligibility finding + 1 business day             8 CCR 9792.10.4(b)
//   RECORDS_DUE         notice + 15 days (12 electronic; 24 h expedited)  8 CCR 9792.10.5(a)(1)
//   DETERMINATION_DUE   complete records + 30 days / 72 h / 5 working days  Lab. Code 4610.6(d)
//   IMPLEMENTATION_DUE  letter + 5 working days, when an item is overturned  8 CCR 9792.10.7(a)(2)
//   APPEAL_WINDOW       letter + 30 days (+5 mailed)                      Lab. Code 4610.6(h)
import type { ReviewType } from "./review-type.ts";
import {
  addBusinessDays,
  addDays,
  californiaDate,
  endOfCaliforniaDay,
  onOrNextBusinessDay,
  type IsoDate,
} from "./calendar.ts";
import {
  DEADLINE_RULES,
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineKind,
  type DeadlineSettings,
} from "./deadline-rules.ts";
import { determinationDue } from "./determination-due.ts";

export type DeliveryMethod = "ELECTRONIC" | "MAIL" | "PERSONAL" | "FAX";

export type CaseDeadlineInput = {
  reviewType: ReviewType;
  eligibilityDecidedAt?: Date | null;
  noticeSentAt?: Date | null;
  noticeMethod?: DeliveryMethod | null;
  recordsCompleteAt?: Date | null;
  letterIssuedAt?: Date | null;
  letterServedBy?: DeliveryMethod | null;
  anyOverturned?: boolean | null;
};

export type CaseDeadline = {
  kind: DeadlineKind;
  label: string;
  source: string;
  /** how this case's due date was counted, e.g. "12 days after the notice (sent electronically)" */
  basis: string;
  /** the instant the period started: the window used for "at risk" */
  startsAt: Date;
  dueDate?: IsoDate;
  dueAt: Date;
  extendsToBusinessDay: boolean;
};

const HOUR_MS = 60 * 60 * 1000;

export function computeCaseDeadlines(
  input: CaseDeadlineInput,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): CaseDeadline[] {
  const holidays = settings.holidays;
  const out: CaseDeadline[] = [];
  const push = (kind: DeadlineKind, startsAt: Date, basis: string, due: { dueDate?: IsoDate; dueAt?: Date }) => {
    const { label, source, extendsToBusinessDay } = DEADLINE_RULES[kind];
    const dueAt = due.dueAt ?? endOfCaliforniaDay(due.dueDate as IsoDate);
    out.push({
      kind,
      label,
      source,
      basis,
      startsAt,
      ...(due.dueDate ? { dueDate: due.dueDate } : {}),
      dueAt,
      extendsToBusinessDay,
    });
  };
  /** calendar days after the instant's California date, run on to a business day (Code Civ. Proc. 12a) */
  const calendarDays = (from: Date, days: number) => ({
    dueDate: onOrNextBusinessDay(addDays(californiaDate(from), days), holidays),
  });
  const businessDays = (from: Date, days: number) => ({
    dueDate: addBusinessDays(californiaDate(from), days, holidays),
  });

  if (input.eligibilityDecidedAt) {
    const n = settings.assignmentNoticeBusinessDays;
    push(
      "ASSIGNMENT_NOTICE",
      input.eligibilityDecidedAt,
      `${n} business day${n === 1 ? "" : "s"} after the eligibility finding`,
      businessDays(input.eligibilityDecidedAt, n),
    );
  }

  if (input.noticeSentAt) {
    const sent = input.noticeSentAt;
    if (input.reviewType === "EXPEDITED") {
      push("RECORDS_DUE", sent, `${settings.recordsHoursExpedited} hours after the notice (expedited)`, {
        dueAt: new Date(sent.getTime() + settings.recordsHoursExpedited * HOUR_MS),
      });
    } else if (input.noticeMethod === "ELECTRONIC") {
      push(
        "RECORDS_DUE",
        sent,
        `${settings.recordsDaysElectronic} days after the notice (sent electronically)`,
        calendarDays(sent, settings.recordsDaysElectronic),
      );
    } else {
      push(
        "RECORDS_DUE",
        sent,
        `${settings.recordsDays} days after the notice`,
        calendarDays(sent, settings.recordsDays),
      );
    }
  }

  if (input.recordsCompleteAt) {
    const basis = {
      STANDARD: "30 days after the records were complete",
      EXPEDITED: "72 hours after the records were complete (expedited)",
      FORMULARY: "5 working days after the records were complete (pharmacy formulary)",
    }[input.reviewType];
    push(
      "DETERMINATION_DUE",
      input.recordsCompleteAt,
      basis,
      determinationDue(input.reviewType, input.recordsCompleteAt, holidays),
    );
  }

  if (input.letterIssuedAt) {
    const letter = input.letterIssuedAt;
    if (input.anyOverturned) {
      const n = settings.implementationWorkingDays;
      push("IMPLEMENTATION_DUE", letter, `${n} working days after the letter`, businessDays(letter, n));
    }
    const mailed = input.letterServedBy === "MAIL";
    const days = settings.appealDays + (mailed ? settings.mailExtensionDays : 0);
    push(
      "APPEAL_WINDOW",
      letter,
      mailed
        ? `${settings.appealDays} days after service, plus ${settings.mailExtensionDays} (mailed)`
        : `${days} days after service`,
      calendarDays(letter, days),
    );
  }
  return out;
}
