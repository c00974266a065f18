// What each kind of job does. A handler gets the job's payload and the runner's clock and
// returns a small JSON result (kept on the job row); throwing makes the runner retry it.
// Handlers must be safe to run twice: a worker that dies after the work but before marking
// the job done leaves it to be taken again once its lease runs out.
import { z } from "zod";
import type { JobKind } from "./enqueue-job.ts";

export type JobContext = { jobId: string; now: Date };
export type JobHandler = (payload: unknown, context: JobContext) => Promise<unknown>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

const publishPayload = z.object({ determinationId: z.uuid() });

export const JOB_HANDLERS: Readonly<Record<JobKind, JobHandler>> = {
  // The final determination letter approved by QA (lib/qa/issue-letter.ts); loaded on first use.
  "issue-letter": async (payload, { now }) => {
    const { issueLetter, issueLetterPayload } = await import("../qa/issue-letter.ts");
    return issueLetter(issueLetterPayload.parse(payload).determinationId, now);
  },
  // The redacted public copy of an issued letter (lib/publication); loaded on first use.
  // A batch assignment asked for by an administrator (lib/cases/batch-assignment-runs.ts).
  "batch-assign": async (payload, { now }) => {
    const { runBatchAssignmentJob } = await import("../cases/batch-assignment-runs.ts");
    return runBatchAssignmentJob(payload, now);
  },
  "publish-decision": async (payload, { now }) => {
    const { determinationId } = publishPayload.parse(payload);
    const { publishDecision } = await import("../publication/publish-decision.ts");
    return publishDecision(determinationId, now);
  },
  // The text of an uploaded document's pages, OCR where there is no text layer (lib/reader);
  // a long document goes on in the next run (it queues it), from the page where this one stopped.
  "extract-document-text": async (payload, { jobId }) => {
    const { extractDocumentText } = await import("../reader/extract-document-text.ts");
    return extractDocumentText(payload, { jobId });
  },
  "deliver-outbox": async (_payload, { now }) => {
    const { deliverDueMessages } = await import("../notifications/deliver-outbox.ts");
    return deliverDueMessages({ now });
  },
  // The hourly sweep: reminders, party sessions ended or expired long ago (lib/parties/party-sessions.ts),
  // failed sign-ins older than the throttle's window (lib/auth/sign-in-throttle-sweep.ts), party
  // uploads never finished (lib/records/submission/sweep-party-uploads.ts), and expired
  // online-application drafts with their papers (lib/filings/sweep-filing-drafts.ts).
  "sweep-reminders": async (_payload, { now }) => {
    const { sweepReminders } = await import("../notifications/sweep-reminders.ts");
    const { sweepPartySessions } = await import("../parties/party-sessions.ts");
    const { sweepSignInThrottle } = await import("../auth/sign-in-throttle-sweep.ts");
    const { sweepPartyUploads } = await import("../records/submission/sweep-party-uploads.ts");
    const { sweepFilingDrafts } = await import("../filings/sweep-filing-drafts.ts");
    return {
      ...(await sweepReminders({ now })),
      partySessionsDeleted: await sweepPartySessions({ now }),
      ...(await sweepSignInThrottle({ now })),
      partyUploads: await sweepPartyUploads({ now }),
      ...(await sweepFilingDrafts({ now })),
    };
  },
};
