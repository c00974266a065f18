"use client";
// "Batch assign all waiting cases", after a confirmation: the run is queued for the job
// runner, and the panel shows the latest run (refreshing itself while it waits or runs):
// how many were offered, and each case left waiting with the reason.
import Link from "@/components/ui/link.tsx";
import type { ActionResult } from "@/lib/action-result.ts";
import type { BatchRunRequest, BatchRunStatus } from "@/lib/cases/batch-assignment-runs.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { AutoRefresh } from "@/components/ui/auto-refresh.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = {
  waiting: number;
  latest: BatchRunStatus | null;
  run: (input: unknown) => Promise<ActionResult<BatchRunRequest>>;
};

function LatestRun({ latest }: { latest: BatchRunStatus }) {
  if (latest.status === "QUEUED" || latest.status === "RUNNING") {
    return (
      <>
        <Alert
          tone="info"
          title={latest.status === "QUEUED" ? "Batch assignment about to start" : "Batch assignment running"}
        >
          Asked for {formatDateTime(latest.requestedAt)}. This panel updates itself when the offers are written.
        </Alert>
        <AutoRefresh />
      </>
    );
  }
  if (latest.status === "FAILED" || !latest.result) {
    return (
      <Alert tone="warning" title="The last batch assignment did not run">
        No offer was written. The failure is listed on{" "}
        <Link className="underline" href="/admin/operations">
          Operations
        </Link>
        ; run it again when it is solved.
      </Alert>
    );
  }
  const summary = latest.result;
  return (
    <Alert
      tone={summary.unassigned.length ? "warning" : "success"}
      title={`Last run ${latest.finishedAt ? formatDateTime(latest.finishedAt) : ""}: offered ${summary.offered} of ${summary.cases} waiting ${summary.cases === 1 ? "case" : "cases"}.`}
    >
      {summary.skipped ? <p>{summary.skipped} were assigned by someone else meanwhile.</p> : null}
      {summary.unassigned.length ? (
        <>
          <p>Left waiting ({summary.unassigned.length}):</p>
          <ul className="mt-1 list-disc space-y-1 pl-5" aria-label="Cases still waiting">
            {summary.unassigned.slice(0, 50).map((u) => (
              <li key={u.caseId}>
                <Link className="font-mono font-semibold underline" href={`/admin/cases/${u.caseId}`}>
                  {u.caseNumber}
                </Link>
                : {u.reason}
              </li>
            ))}
          </ul>
          {summary.unassigned.length > 50 ? (
            <p className="mt-1">and {summary.unassigned.length - 50} more, still in the queue below.</p>
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}

export function BatchAssignPanel({ waiting, latest, run: action }: Props) {
  const { result, pending, run } = useAction(action);
  const running = latest?.status === "QUEUED" || latest?.status === "RUNNING";
  const button = (
    <ConfirmButton
      triggerVariant="primary"
      label={running ? "Batch assignment running…" : "Batch assign all waiting cases"}
      question={`Offer all ${waiting} waiting ${waiting === 1 ? "case" : "cases"} now?`}
      confirmLabel="Assign all"
      pendingLabel="Starting…"
      pending={pending}
      disabled={waiting === 0 || running}
      onConfirm={() => run({})}
    />
  );
  return (
    <Card title="Batch assignment" actions={button}>
      <div className="space-y-3 text-sm">
        <p className="text-slate-600">
          {waiting === 0 && !running ? "No case is waiting for assignment. " : null}
          Offers every waiting case at once, expedited and nearly due first, each to an eligible reviewer within their
          capacity; each reviewer then accepts or declines.
        </p>
        <FormStatus result={result && !result.ok ? result : null} />
        <div aria-live="polite">{latest ? <LatestRun latest={latest} /> : null}</div>
      </div>
    </Card>
  );
}
