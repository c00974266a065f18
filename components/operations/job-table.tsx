// Jobs as a table: kind, status, attempts, when, and the last error; failed jobs can be
// sent round again.
import type { ActionResult } from "@/lib/action-result.ts";
import type { OperationsOverview } from "@/lib/jobs/operations-overview.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyRow, PlainHeader } from "@/components/ui/table.tsx";
import { JOB_KIND_LABEL, STATUS_LABEL, STATUS_TONE } from "./labels.ts";
import { RetryButton } from "./retry-button.tsx";

type Job = OperationsOverview["jobs"]["recent"][number];
type Props = {
  caption: string;
  rows: Job[];
  empty: string;
  retry?: (input: unknown) => Promise<ActionResult<unknown>>;
};

function when(job: Job): string {
  if (job.finishedAt) return `finished ${formatDateTime(job.finishedAt)}`;
  if (job.status === "QUEUED") return `due ${formatDateTime(job.runAt)}`;
  return `started ${formatDateTime(job.runAt)}`;
}

export function JobTable({ caption, rows, empty, retry }: Props) {
  const columns = retry ? 6 : 5;
  return (
    <div tabIndex={0} role="region" aria-label="Jobs (scrolls sideways on narrow screens)" className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <PlainHeader label="Job" />
            <PlainHeader label="Status" />
            <PlainHeader label="Attempts" />
            <PlainHeader label="When" />
            <PlainHeader label="Last error" />
            {retry ? <PlainHeader label="Action" /> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? <EmptyRow colSpan={columns}>{empty}</EmptyRow> : null}
          {rows.map((job) => (
            <tr key={job.id} className="align-top">
              <td className="px-3 py-2">
                <div className="font-medium text-slate-900">{JOB_KIND_LABEL[job.kind] ?? job.kind}</div>
                <div className="text-xs text-slate-500">created {formatDateTime(job.createdAt)}</div>
              </td>
              <td className="px-3 py-2">
                <Badge tone={STATUS_TONE[job.status]}>{STATUS_LABEL[job.status]}</Badge>
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                {job.attempts} of {job.maxAttempts}
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">{when(job)}</td>
              <td className="px-3 py-2 text-slate-700">
                {job.status !== "SUCCEEDED" && job.lastError ? (
                  <span className="break-words font-mono text-xs">{job.lastError}</span>
                ) : (
                  "—"
                )}
              </td>
              {retry ? (
                <td className="px-3 py-2">
                  <RetryButton
                    action={retry}
                    input={{ jobId: job.id }}
                    label={`Retry the job ${JOB_KIND_LABEL[job.kind] ?? job.kind} now`}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
