// What a case's status ALLOWS (pure): the moves from each status and the actions intake,
// administrators and reviewers may take on a case in it, as one table. The use cases
// enforce it (their status-guarded updates take `statusesAllowing(action)`, and they refuse
// with `CASE_ACTION_REFUSALS`); the pages read the same table to show or hide a control.
// What a status SAYS on screen is lib/cases/case-status.ts.
import type { CaseStatus } from "../db/generated/enums.ts";

export const CASE_ACTIONS = [
  /** confirm or override the eligibility finding (lib/intake/confirm-eligibility.ts) */
  "eligibility.decide",
  /** upload a document to the case (lib/documents/upload-document.ts) */
  "documents.upload",
  /** mark the medical records complete (lib/records/mark-records-complete.ts) */
  "records.complete",
  /** a party sends records from the party page (lib/records/submission/) */
  "records.submit",
  /** offer the case to a reviewer: by hand, automatically or in a batch (lib/cases/offer-case.ts) */
  "assignment.offer",
  /** answer a possible conflict of interest found by the screen (lib/cases/decide-possible-conflict.ts) */
  "conflicts.decide",
  /** an offer ends unanswered (withdrawn by an administrator) or declined: the case goes back to the queue */
  "assignment.withdraw",
  /** a duplicate application may be merged into the case (lib/intake/merge-application.ts) */
  "application.merge",
  /** the merged application's new treatments may be added to the case */
  "items.add",
  /** the reviewer submits the determination to QA (a first version, or an amendment) */
  "determination.submit",
  /** an administrator starts an amendment of the issued letter */
  "amendment.start",
] as const;

export type CaseAction = (typeof CASE_ACTIONS)[number];

export type CaseStatusRule = {
  /** the statuses a case may move to from this one */
  next: readonly CaseStatus[];
  /** what may be done to a case in this status */
  allows: readonly CaseAction[];
};

const ELIGIBILITY_OUTCOMES: readonly CaseStatus[] = ["AWAITING_RECORDS", "INELIGIBLE", "DEFERRED", "NEEDS_INFORMATION"];
const BEFORE_ELIGIBILITY: readonly CaseAction[] = [
  "eligibility.decide",
  "documents.upload",
  "application.merge",
  "items.add",
  "conflicts.decide",
];

/**
 * The table. INELIGIBLE, DECIDED and TERMINATED are final (a decided case changes only by an
 * amendment, which keeps it DECIDED). ASSIGNED stays ASSIGNED from the offer until the draft
 * goes to QA; a declined or withdrawn offer moves it back to READY_FOR_ASSIGNMENT.
 */
export const CASE_STATUS_RULES: Record<CaseStatus, CaseStatusRule> = {
  RECEIVED: { next: ELIGIBILITY_OUTCOMES, allows: BEFORE_ELIGIBILITY },
  NEEDS_INFORMATION: { next: ELIGIBILITY_OUTCOMES, allows: BEFORE_ELIGIBILITY },
  DEFERRED: { next: ELIGIBILITY_OUTCOMES, allows: BEFORE_ELIGIBILITY },
  INELIGIBLE: { next: [], allows: ["documents.upload"] },
  AWAITING_RECORDS: {
    next: ["READY_FOR_ASSIGNMENT"],
    allows: [
      "records.complete",
      "records.submit",
      "documents.upload",
      "application.merge",
      "items.add",
      "conflicts.decide",
    ],
  },
  READY_FOR_ASSIGNMENT: {
    next: ["ASSIGNED"],
    allows: ["assignment.offer", "documents.upload", "application.merge", "items.add", "conflicts.decide"],
  },
  ASSIGNED: {
    next: ["READY_FOR_ASSIGNMENT", "IN_QA"],
    allows: ["assignment.withdraw", "determination.submit", "documents.upload", "application.merge"],
  },
  IN_QA: { next: ["ASSIGNED", "DECIDED"], allows: ["documents.upload", "application.merge"] },
  DECIDED: { next: [], allows: ["amendment.start", "determination.submit"] },
  TERMINATED: { next: [], allows: [] },
};

/** The refusal a use case gives when the case's status does not allow the action. */
export const CASE_ACTION_REFUSALS: Record<CaseAction, string> = {
  "eligibility.decide":
    "Eligibility can be decided only for a case that is received, waiting for information or deferred.",
  "documents.upload":
    "Documents can no longer be added to this case: it is decided or terminated. A correction of the letter goes through an amendment.",
  "records.complete": "Records can be marked complete only for a case waiting for records.",
  "records.submit": "This case no longer takes records: they were marked complete or the case has moved on.",
  "assignment.offer": "This case is not waiting for assignment (it may have just been assigned).",
  "conflicts.decide": "This case is no longer waiting for a reviewer; its conflicts can no longer be answered.",
  "assignment.withdraw": "This case is not with a reviewer any more.",
  "application.merge": "This case is closed; an application cannot be merged into it.",
  "items.add":
    "This case is already in review; its treatments cannot change. Create a separate case for the new treatments.",
  "determination.submit": "This case is not open for a determination.",
  "amendment.start": "Only a decided case's letter can be amended.",
};

const STATUSES = Object.keys(CASE_STATUS_RULES) as CaseStatus[];

export function statusAllows(status: CaseStatus, action: CaseAction): boolean {
  return CASE_STATUS_RULES[status].allows.includes(action);
}

/** The statuses in which the action is allowed: for a use case's status-guarded `where`. */
export function statusesAllowing(action: CaseAction): CaseStatus[] {
  return STATUSES.filter((status) => statusAllows(status, action));
}

/** Final statuses move nowhere; every other status is an open case (the dashboard, the deadlines report). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = STATUSES.filter(
  (status) => CASE_STATUS_RULES[status].next.length > 0,
);

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_STATUS_RULES[from].next.includes(to);
}
