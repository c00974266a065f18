// Words for job kinds, statuses and e-mail kinds on the operations page.
import type { BadgeTone } from "@/components/ui/badge.tsx";

export const JOB_KIND_LABEL: Record<string, string> = {
  "issue-letter": "Issue final determination letter",
  "batch-assign": "Batch assignment",
  "publish-decision": "Publish redacted decision",
  "deliver-outbox": "Send e-mail",
  "sweep-reminders": "Reminder sweep",
  "extract-document-text": "Read document text (OCR)",
};

export const MESSAGE_KIND_LABEL: Record<string, string> = {
  "assignment.offered": "Case offered",
  "assignment.accepted": "Offer accepted",
  "assignment.withdrawn": "Offer withdrawn",
  "letter.issued": "Letter issued",
  "records.overdue": "Records overdue",
  "decision.due_soon": "Decision due soon",
  "account.sign_in_alert": "Failed sign-ins (unlock link)",
};

export const STATUS_TONE: Record<string, BadgeTone> = {
  QUEUED: "blue",
  RUNNING: "violet",
  SUCCEEDED: "green",
  FAILED: "red",
  PENDING: "amber",
  SENT: "green",
};

export const STATUS_LABEL: Record<string, string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  PENDING: "Waiting",
  SENT: "Sent",
};
