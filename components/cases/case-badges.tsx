// How case statuses, review types, decisions and due dates read on screen.
import type { CaseStatus, ReviewType } from "@/lib/db/generated/enums.ts";
import {
  CASE_STATUS_LABELS,
  caseStatusView,
  type CaseStatusKey,
  type StatusAssignment,
} from "@/lib/cases/case-status.ts";
import { formatCaliforniaDate } from "@/lib/format/dates.ts";
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

export function ReviewTypeBadge({ type }: { type: ReviewType }) {
  const [label, tone] = TYPE_LABELS[type];
  return <Badge tone={tone}>{label}</Badge>;
}

/** A due date with how far away it is; overdue and nearly due stand out. */
export function DueDate({ dueAt, done = false, now = new Date() }: { dueAt: Date | null; done?: boolean; now?: Date }) {
  if (!dueAt) return <span className="text-slate-500">—</span>;
  const days = Math.ceil((dueAt.getTime() - now.getTime()) / 86_400_000);
  const label = formatCaliforniaDate(dueAt);
  if (done) return <span>{label}</span>;
  if (days < 0)
    return (
      <span className="font-semibold text-red-700">
        {label} <span className="whitespace-nowrap">(overdue {-days} d)</span>
      </span>
    );
  if (days <= 3)
    return (
      <span className="font-semibold text-amber-800">
        {label} <span className="whitespace-nowrap">(in {days} d)</span>
      </span>
    );
  return (
    <span>
      {label} <span className="whitespace-nowrap text-slate-500">(in {days} d)</span>
    </span>
  );
}
