// What a case's status says on screen (pure). The stored CaseStatus stays ASSIGNED from the
// offer until the letter goes to QA, whether the reviewer has answered or not; the
// assignments tell which: an OFFERED one only is "Offered" (to whom and since when, for
// staff), an ACTIVE one is "In review". Without the assignments the status says only what
// is sure ("Assigned"). Every status badge goes through caseStatusView.
import type { AssignmentStatus, CaseStatus } from "../db/generated/enums.ts";
import { formatDateTime } from "../format/dates.ts";

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  RECEIVED: "Received",
  NEEDS_INFORMATION: "Needs information",
  INELIGIBLE: "Ineligible",
  DEFERRED: "Deferred",
  AWAITING_RECORDS: "Awaiting records",
  READY_FOR_ASSIGNMENT: "Ready for assignment",
  ASSIGNED: "Assigned",
  IN_QA: "In QA",
  DECIDED: "Decided",
  TERMINATED: "Terminated",
};

/** The assignment facts the status needs; the reviewer's name only where staff see it. */
export type StatusAssignment = {
  status: AssignmentStatus;
  assignedAt: Date | string;
  respondedAt?: Date | string | null;
  reviewerName?: string | null;
};

/** OFFERED and IN_REVIEW refine ASSIGNED; every other key is the case's own status. */
export type CaseStatusKey = CaseStatus | "OFFERED" | "IN_REVIEW";

export type CaseStatusView = {
  key: CaseStatusKey;
  label: string;
  /** "to Dr. Priya Raman since 01/05/2027, 3:04 PM"; null when there is nothing to add or no name was given */
  detail: string | null;
};

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The newest assignment with this status. */
function newest(assignments: readonly StatusAssignment[], status: AssignmentStatus): StatusAssignment | undefined {
  return assignments
    .filter((a) => a.status === status)
    .reduce<StatusAssignment | undefined>(
      (best, a) => (!best || asDate(a.assignedAt) > asDate(best.assignedAt) ? a : best),
      undefined,
    );
}

/**
 * The case's status in words. `assignments`: the case's assignments (any order, any status),
 * or undefined when the caller does not know them. The detail names the reviewer only when
 * `reviewerName` is given (administrators' and intake's pages, not the reviewer's own).
 */
export function caseStatusView(status: CaseStatus, assignments?: readonly StatusAssignment[] | null): CaseStatusView {
  if (status !== "ASSIGNED" || !assignments) return { key: status, label: CASE_STATUS_LABELS[status], detail: null };
  const active = newest(assignments, "ACTIVE");
  if (active) {
    return {
      key: "IN_REVIEW",
      label: "In review",
      detail: active.reviewerName
        ? `by ${active.reviewerName}${active.respondedAt ? `, accepted ${formatDateTime(asDate(active.respondedAt))}` : ""}`
        : null,
    };
  }
  const offered = newest(assignments, "OFFERED");
  if (offered) {
    return {
      key: "OFFERED",
      label: "Offered",
      detail: offered.reviewerName
        ? `to ${offered.reviewerName} since ${formatDateTime(asDate(offered.assignedAt))}, waiting for an answer`
        : null,
    };
  }
  return { key: "ASSIGNED", label: CASE_STATUS_LABELS.ASSIGNED, detail: null };
}
