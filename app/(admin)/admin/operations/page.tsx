import { requireRole } from "@/lib/auth/current-actor.ts";
import { getOperationsOverview } from "@/lib/jobs/operations-overview.ts";
import { JobTable } from "@/components/operations/job-table.tsx";
import { MessageTable } from "@/components/operations/message-table.tsx";
import { StatusCounts } from "@/components/operations/status-counts.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { retryJobAction, retryNotificationAction } from "./actions.ts";

export const metadata = { title: "Jobs & e-mail" };

export default async function OperationsPage() {
  const { jobs, outbox } = await getOperationsOverview({ actor: await requireRole("ADMIN") });
  return (
    <>
      <PageHeader
        title="Jobs & e-mail"
        description="Work done in the background (public copies of letters, reminders) and the e-mails the portal sends. Failed work is retried on its own a few times, then waits here."
      />
      <div className="space-y-4">
        {outbox.mail.configured ? (
          <Alert tone="info">E-mail is sent through {outbox.mail.server}.</Alert>
        ) : (
          <Alert tone="warning" title="E-mail is not configured">
            {outbox.mail.problem} No e-mail is sent;{" "}
            {outbox.counts.PENDING === 1 ? "1 message is" : `${outbox.counts.PENDING} messages are`} kept in the outbox
            and will go out once SMTP_URL (for example smtp://user:password@mail.example.org:587) and MAIL_FROM are set
            in the server&apos;s environment.
          </Alert>
        )}
        {jobs.stale > 0 ? (
          <Alert tone="warning">
            {jobs.stale === 1 ? "1 job has" : `${jobs.stale} jobs have`} been running longer than the lease; a worker
            may have stopped. They are taken again automatically.
          </Alert>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="Jobs">
            <StatusCounts label="Jobs by status" counts={jobs.counts} />
          </Card>
          <Card title="E-mail">
            <StatusCounts label="E-mails by status" counts={outbox.counts} />
          </Card>
        </div>
        <Card title={`Failed jobs (${jobs.counts.FAILED})`}>
          <JobTable caption="Failed jobs" rows={jobs.failed} empty="No failed jobs." retry={retryJobAction} />
        </Card>
        <Card title={`Failed e-mail (${outbox.counts.FAILED})`}>
          <MessageTable
            caption="Failed e-mails"
            rows={outbox.failed}
            empty="No failed e-mail."
            retry={retryNotificationAction}
          />
        </Card>
        <Card title={`Waiting e-mail (${outbox.counts.PENDING})`}>
          <MessageTable
            caption="E-mails waiting to be sent, oldest first"
            rows={outbox.pending}
            empty="No e-mail is waiting."
          />
        </Card>
        <Card title="Recent jobs">
          <JobTable caption="Recent jobs, newest first" rows={jobs.recent} empty="No jobs yet." />
        </Card>
      </div>
    </>
  );
}
