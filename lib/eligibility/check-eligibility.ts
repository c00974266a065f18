// Eligibility screening of an Application for IMR (8 CCR 9792.10.3; grounds in reasons.ts).
//
// Findings:
//   UNSIGNED               the form is not signed                  8 CCR 9792.10.1(b)(1)
//   LATE                   filed after the window (filing-window)  8 CCR 9792.10.1(b)(1); Lab. Code 4610.5(h)
//   UR_DECISION_MISSING    no copy of the UR decision              8 CCR 9792.10.1(b)(1)
//   NOT_MEDICAL_NECESSITY  the UR decision is not a medical-necessity denial or modification
//                          (e.g. conditionally non-certified)      Lab. Code 4610.5(a)
//   ALREADY_DECIDED        every disputed treatment was decided by IMR before  8 CCR 9792.10.3(a)(2)
//   LIABILITY_DISPUTED     liability for the injury or body part is disputed   8 CCR 9792.10.3(d)
//
// Precedence:
//   1. INELIGIBLE with every ineligibility finding that applies. A deferral or an answer to a
//      request for information could not cure them, so neither is mentioned.
//   2. DEFERRED when liability is disputed: the review waits for that dispute; information is
//      asked for when it resumes.
//   3. NEEDS_INFORMATION with everything missing, to be answered within 5 business days of the
//      request (8 CCR 9792.10.3(b)-(c)). Missing facts that a finding depends on are asked for:
//      an unknown service date (or method, when only the mail extension makes it timely), an
//      unreadable UR decision, no disputed treatment listed.
//   4. ELIGIBLE.
// When only some treatments were decided before, the rest go on: `itemsAlreadyDecided`
// lists those to leave out.
import { addBusinessDays, californiaDate, endOfCaliforniaDay, type IsoDate } from "../deadlines/calendar.ts";
import type { Application } from "./application.ts";
import { DEFAULT_FILING_WINDOW, filingDeadline, isFiledInTime, type FilingWindowSettings } from "./filing-window.ts";
import {
  INFORMATION_CODES,
  missingInformation,
  reason,
  type InformationCode,
  type MissingInformation,
  type Reason,
} from "./reasons.ts";
import { normalizeTreatment } from "./treatment-text.ts";

export type EligibilitySettings = FilingWindowSettings & { informationAnswerBusinessDays: number };
export const DEFAULT_ELIGIBILITY_SETTINGS: EligibilitySettings = {
  ...DEFAULT_FILING_WINDOW,
  informationAnswerBusinessDays: 5,
};

export type EligibilityResult =
  | { outcome: "ELIGIBLE"; itemsAlreadyDecided: string[] }
  | { outcome: "INELIGIBLE"; reasons: Reason[] }
  | { outcome: "DEFERRED"; reasons: Reason[]; itemsAlreadyDecided: string[] }
  | {
      outcome: "NEEDS_INFORMATION";
      missing: MissingInformation[];
      answerDueDate: IsoDate;
      answerDueAt: Date;
      itemsAlreadyDecided: string[];
    };

type Timeliness = { late: false; unknown?: InformationCode } | { late: true; lastDayToFile: IsoDate; filedOn: IsoDate };

function timeliness(app: Application, settings: FilingWindowSettings): Timeliness {
  if (!app.urDecisionServedAt) return { late: false, unknown: "UR_SERVICE_DATE" };
  const filedAt = app.filedAt ?? app.receivedAt;
  const filedOn = californiaDate(filedAt);
  // With the method unknown, decide only if both readings agree.
  const methods = app.urServiceMethod ? [app.urServiceMethod] : (["PERSONAL", "MAIL"] as const);
  const deadlines = methods.map((m) => filingDeadline(app.urDecisionServedAt as Date, m, settings));
  if (deadlines.every((d) => isFiledInTime(filedAt, d))) return { late: false };
  const last = deadlines[deadlines.length - 1];
  if (!isFiledInTime(filedAt, last)) return { late: true, lastDayToFile: last.dueDate, filedOn };
  return { late: false, unknown: "UR_SERVICE_METHOD" };
}

export function checkEligibility(
  application: Application,
  { now, settings = DEFAULT_ELIGIBILITY_SETTINGS }: { now: Date; settings?: EligibilitySettings },
): EligibilityResult {
  const reasons: Reason[] = [];
  const missing = new Set<InformationCode>(application.missingInformation);

  if (!application.signed) reasons.push(reason("UNSIGNED"));

  const timely = timeliness(application, settings);
  if (timely.late) reasons.push(reason("LATE", { lastDayToFile: timely.lastDayToFile, filedOn: timely.filedOn }));
  else if (timely.unknown) missing.add(timely.unknown);

  if (!application.urDecisionAttached) reasons.push(reason("UR_DECISION_MISSING"));
  else if (application.urDecisionKind === null) missing.add("UR_DECISION_INCOMPLETE");

  const kind = application.urDecisionKind;
  if (kind === "CONDITIONAL_NON_CERTIFICATION" || kind === "OTHER") reasons.push(reason("NOT_MEDICAL_NECESSITY"));

  const items = application.items.map((item) => item.trim()).filter((item) => item.length > 0);
  const decidedBefore = new Set(application.itemsPreviouslyDecided.map(normalizeTreatment));
  const itemsAlreadyDecided = items.filter((item) => decidedBefore.has(normalizeTreatment(item)));
  if (items.length === 0) missing.add("DISPUTED_TREATMENT");
  else if (itemsAlreadyDecided.length === items.length)
    reasons.push(reason("ALREADY_DECIDED", { items: itemsAlreadyDecided }));

  if (reasons.length > 0) return { outcome: "INELIGIBLE", reasons };
  if (application.liabilityDisputed)
    return { outcome: "DEFERRED", reasons: [reason("LIABILITY_DISPUTED")], itemsAlreadyDecided };
  if (missing.size > 0) {
    const answerDueDate = addBusinessDays(
      californiaDate(now),
      settings.informationAnswerBusinessDays,
      settings.holidays,
    );
    return {
      outcome: "NEEDS_INFORMATION",
      missing: INFORMATION_CODES.filter((code) => missing.has(code)).map(missingInformation),
      answerDueDate,
      answerDueAt: endOfCaliforniaDay(answerDueDate),
      itemsAlreadyDecided,
    };
  }
  return { outcome: "ELIGIBLE", itemsAlreadyDecided };
}
