// How case statuses, review types, decisions and due dates read on screen.
import type { CaseStatus, Decision, ReviewType } from "@/lib/db/generated/enums.ts";
import { formatCaliforniaDate } from "@/lib/format/dates.ts";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";

export const STATUS_LABELS: Record<CaseStatus, [string, BadgeTone]> = {
  RECEIVED: ["Received", "gray"],
  NEEDS_INFORMATION: ["Needs information", "amber"],
  INELIGIBLE: ["Ineligible", "red"],
  DEFERRED: ["Deferred", "amber"],
  AWAITING_RECORDS: ["Awaiting records", "amber"],
  READY_FOR_ASSIGNMENT: ["Ready for assignment", "blue"],
  ASSIGNED: ["In review", "violet"],
  IN_QA: ["In QA", "violet"],
  DECIDED: ["Decided", "green"],
  TERMINATED: ["Terminated", "gray"],
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const [label, tone] = STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
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

export function DecisionBadge({ decision }: { decision: Decision | null }) {
  if (!decision) return <Badge>Undecided</Badge>;
  return decision === "OVERTURNED" ? <Badge tone="green">Overturned</Badge> : <Badge tone="amber">Upheld</Badge>;
}

/** A due date with how far away it is; overdue and nearly due stand out. */
export function DueDate({ dueAt, done = false, now = new Date() }: { dueAt: Date | null; done?: boolean; now?: Date }) {
  if (!dueAt) return <span className="text-slate-500">—</span>;
  const days = Math.ceil((dueAt.getTime() - now.getTime()) / 86_400_000);
  const label = formatCaliforniaDate(dueAt);
  if (done) return <span>{label}</span>;
  if (days < 0) return <span className="font-semibold text-red-700">{label} <span className="whitespace-nowrap">(overdue {-days} d)</span></span>;
  if (days <= 3) return <span className="font-semibold text-amber-800">{label} <span className="whitespace-nowrap">(in {days} d)</span></span>;
  return <span>{label} <span className="whitespace-nowrap text-slate-500">(in {days} d)</span></span>;
}
