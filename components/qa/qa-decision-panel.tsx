"use client";
// QA's two choices: return to the reviewer with comments, or approve (after a
// confirmation), which has the letter issued in the background.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";

type Props = {
  determinationId: string;
  returnAction: (input: unknown) => Promise<ActionResult<unknown>>;
  approveAction: (input: unknown) => Promise<ActionResult<unknown>>;
};

export function QaDecisionPanel({ determinationId, returnAction, approveAction }: Props) {
  const router = useRouter();
  const [comments, setComments] = useState("");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [busy, setBusy] = useState<"return" | "approve" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [, start] = useTransition();

  function run(kind: "return" | "approve") {
    setBusy(kind);
    start(async () => {
      const outcome = kind === "return" ? await returnAction({ determinationId, comments }) : await approveAction({ determinationId });
      setBusy(null);
      setConfirming(false);
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  }

  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};
  return (
    <Card title="QA decision">
      <div className="space-y-4">
        <div aria-live="polite">{result ? <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert> : null}</div>
        <Field id="qa-comments" label="Comments for the reviewer" hint="Required to return the determination." error={errors.comments}>
          {(props) => <textarea {...props} rows={5} value={comments} onChange={(e) => setComments(e.target.value)} />}
        </Field>
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="secondary" onClick={() => run("return")} pending={busy === "return"} pendingLabel="Returning…" disabled={busy !== null}>Return to reviewer</Button>
          {confirming ? (
            <span className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200" role="group" aria-label="Confirm approval">
              <span className="text-sm text-amber-900">Issue the letter to the parties? It can then only be corrected by an amendment.</span>
              <Button type="button" onClick={() => run("approve")} pending={busy === "approve"} pendingLabel="Approving…">Approve and issue</Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={busy !== null}>Cancel</Button>
            </span>
          ) : (
            <Button type="button" onClick={() => setConfirming(true)} disabled={busy !== null}>Approve</Button>
          )}
        </div>
      </div>
    </Card>
  );
}
