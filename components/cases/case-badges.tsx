// How case statuses, review types, decisions and due dates read on screen.
import type { CaseStatus, ReviewType } from "@/lib/db/generated/enums.ts";
import {
  CASE_STATUS_LABELS,
  caseStatusView,
  type CaseStatusKey,
  type StatusAssignment,
} from "@/lib/cases/case-status.ts";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";

const STATUS_TONES: Record<CaseStatusKey, BadgeTone> = {
  RECEIVED: "gray",
  NEEDS_INFORMATION: "amber",
  INELIGIBLE: "red",
  DEFERRED: "amber",
  AWAITING_RECORDS: "amber",
  READY_FOR_ASSIGNMENT: "blue",
  ASSIGNED: "violet",
  OFFERED: "amber",
  IN_REVIEW: "violet",
  IN_QA: "violet",
  DECIDED: "green",
  TERMINATED: "gray",
};

/** Each stored status in words (filters, stage counts): ASSIGNED reads "Assigned", offered or in review. */
export const STATUS_LABELS: Record<CaseStatus, [string, BadgeTone]> = Object.fromEntries(
  (Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).map((status) => [
    status,
    [CASE_STATUS_LABELS[status], STATUS_TONES[status]],
  ]),
) as Record<CaseStatus, [string, BadgeTone]>;

/** A status badge's words and tone (what StatusBadge draws without its detail). */
export function statusWords(
  status: CaseStatus,
  assignments?: readonly StatusAssignment[] | null,
): [label: string, tone: BadgeTone] {
  const view = caseStatusView(status, assignments);
  return [view.label, STATUS_TONES[view.key]];
}

/**
 * The case's status: with its assignments, an assigned case reads "Offered" (with to whom and
 * since when when `detail` is on and the names are given) or "In review" (lib/cases/case-status.ts).
 */
export function StatusBadge({
  status,
  assignments,
  detail = false,
}: {
  status: CaseStatus;
  assignments?: readonly StatusAssignment[] | null;
  detail?: boolean;
}) {
  const view = caseStatusView(status, assignments);
  const badge = <Badge tone={STATUS_TONES[view.key]}>{view.label}</Badge>;
  if (!detail || !view.detail) return badge;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      {badge}
      <span className="text-sm text-slate-700">{view.detail}</span>
    </span>
  );
}

const TYPE_LABELS: Record<ReviewType, [string, BadgeTone]> = {
  STANDARD: ["Standard", "gray"],
  EXPEDITED: ["Expedited", "red"],
  FORMULARY: ["Formulary", "blue"],
};

/** A review type's badge words and tone. */
export const typeWords = (type: ReviewType): [label: string, tone: BadgeTone] => TYPE_LABELS[type];

export function ReviewTypeBadge({ type }: { type: ReviewType }) {
  const [label, tone] = TYPE_LABELS[type];
  return <Badge tone={tone}>{label}</Badge>;
}

export { DueDate } from "./due-date.tsx";
