// Every case deadline with its legal source and whether a last day on a weekend or holiday
// runs to the next business day (Code Civ. Proc. 12a, 12b). Figures that a setting may change
// live in DEFAULT_DEADLINE_SETTINGS; citations are kept here, in one place.
import type { HolidaySettings } from "./holidays.ts";

export type DeadlineKind =
  "ASSIGNMENT_NOTICE" | "RECORDS_DUE" | "DETERMINATION_DUE" | "IMPLEMENTATION_DUE" | "APPEAL_WINDOW";

/** `isDuty`: someone must act by the date and lateness is reported; false for a window a party may use. */
export type DeadlineRule = { label: string; source: string; extendsToBusinessDay: boolean; isDuty: boolean };

export const DEADLINE_RULES: Record<DeadlineKind, DeadlineRule> = {
  // Counted in business days already: the due day is always a business day.
  ASSIGNMENT_NOTICE: {
    label: "Notice of assignment to the parties (1 business day after the eligibility finding)",
    source: "8 CCR 9792.10.4(b)",
    extendsToBusinessDay: false,
    isDuty: true,
  },
  // 15 days after the notice is mailed, 12 if sent electronically; a date deadline, extended.
  // Expedited: 24 hours after the notice, an instant, never extended.
  RECORDS_DUE: {
    label: "Medical records due from the claims administrator",
    source: "8 CCR 9792.10.5(a)(1)",
    extendsToBusinessDay: true,
    isDuty: true,
  },
  // Binds the review organization; kept as written (see determination-due.ts).
  DETERMINATION_DUE: {
    label: "Final determination due",
    source: "Labor Code 4610.6(d); 8 CCR 9792.10.6",
    extendsToBusinessDay: false,
    isDuty: true,
  },
  // Working days, counted from the letter (the earliest day it can be received).
  IMPLEMENTATION_DUE: {
    label: "Overturned treatment to be authorized (5 working days after the letter)",
    source: "Labor Code 4610.6; 8 CCR 9792.10.7(a)(2)",
    extendsToBusinessDay: false,
    isDuty: true,
  },
  // 30 days after service, plus 5 when the letter was mailed; extended.
  APPEAL_WINDOW: {
    label: "Last day to appeal the determination to the WCAB",
    source: "Labor Code 4610.6(h); 8 CCR 10575(c); Code Civ. Proc. 1013(a) (+5 days by mail)",
    extendsToBusinessDay: true,
    isDuty: false,
  },
};

export type DeadlineSettings = {
  assignmentNoticeBusinessDays: number;
  recordsDays: number;
  recordsDaysElectronic: number;
  recordsHoursExpedited: number;
  implementationWorkingDays: number;
  appealDays: number;
  mailExtensionDays: number;
  holidays?: HolidaySettings;
};

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  assignmentNoticeBusinessDays: 1,
  recordsDays: 15,
  recordsDaysElectronic: 12,
  recordsHoursExpedited: 24,
  implementationWorkingDays: 5,
  appealDays: 30,
  mailExtensionDays: 5,
};
