// How a published decision's outcome and a publication's status read on screen (the same
// colours as the decisions on the staff pages: overturned green, upheld amber).
import type { PublicationStatus } from "@/lib/db/generated/enums.ts";
import type { CaseOutcome } from "@/lib/publication/publication-facts.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";

export const OUTCOME_LABELS: Record<CaseOutcome, [string, BadgeTone]> = {
  UPHELD: ["Upheld", "amber"],
  OVERTURNED: ["Overturned", "green"],
  PARTIALLY_OVERTURNED: ["Partly overturned", "blue"],
};

export function OutcomeBadge({ outcome }: { outcome: CaseOutcome }) {
  const [label, tone] = OUTCOME_LABELS[outcome];
  return <Badge tone={tone}>{label}</Badge>;
}

const STATUS_LABELS: Record<PublicationStatus, [string, BadgeTone]> = {
  PUBLISHED: ["Published", "green"],
  NEEDS_REVIEW: ["Needs redaction review", "amber"],
  BLOCKED: ["Blocked", "red"],
  WITHDRAWN: ["Withdrawn", "gray"],
  SUPERSEDED: ["Superseded", "violet"],
};

export const PUBLICATION_STATUS_LABEL = (status: PublicationStatus) => STATUS_LABELS[status][0];

export function PublicationStatusBadge({ status }: { status: PublicationStatus }) {
  const [label, tone] = STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** A calendar date given as YYYY-MM-DD, shown as the other dates of the portal. */
export const formatIsoDay = (iso: string) => formatDate(new Date(`${iso}T00:00:00.000Z`));
