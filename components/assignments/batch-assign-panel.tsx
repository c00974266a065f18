"use client";
// "Batch assign all waiting cases", after a confirmation, with a summary of the run: how
// many were offered, and each case left waiting with the reason.
import Link from "next/link";
import type { ActionResult } from "@/lib/action-result.ts";
import type { BatchRunResult } from "@/lib/cases/batch-assign-waiting-cases.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export function BatchAssignPanel({ waiting, run: action }: { waiting: number; run: (input: unknown) => Promise<ActionResult<BatchRunResult>> }) {
  const { result, pending, run } = useAction(action);
  const summary = result?.ok ? result.data : null;
  const button = (
    <ConfirmButton
      triggerVariant="primary"
      label="Batch assign all waiting cases"
      question={`Offer all ${waiting} waiting ${waiting === 1 ? "case" : "cases"} now?`}
      confirmLabel="Assign all"
      pendingLabel="Assigning…"
      pending={pending}
      disabled={waiting === 0}
      onConfirm={() => run({})}
    />
  );
  return (
    <Card title="Batch assignment" actions={button}>
      <div className="space-y-3 text-sm">
        <p className="text-slate-600">
          {waiting === 0 && !summary ? "No case is waiting for assignment. " : null}
          Offers every waiting case at once, expedited and nearly due first, each to an eligible reviewer within their capacity; each reviewer then accepts or declines.
        </p>
        <FormStatus result={result && !result.ok ? result : null} />
        {summary ? (
          <div aria-live="polite">
            <Alert tone={summary.unassigned.length ? "warning" : "success"} title={`Offered ${summary.offered} of ${summary.cases} waiting ${summary.cases === 1 ? "case" : "cases"}.`}>
              {summary.skipped ? <p>{summary.skipped} were assigned by someone else meanwhile.</p> : null}
              {summary.unassigned.length ? (
                <>
                  <p>Still waiting ({summary.unassigned.length}):</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5" aria-label="Cases still waiting">
                    {summary.unassigned.map((u) => (
                      <li key={u.caseId}><Link className="font-mono font-semibold underline" href={`/admin/cases/${u.caseId}`}>{u.caseNumber}</Link>: {u.reason}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Alert>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
