"use client";
// Starts a correction of an issued letter: the reason is required and goes into the
// amended letter; the reviewer then edits a copy and QA approves it as a new version.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";

type Props = { caseId: string; start: (input: unknown) => Promise<ActionResult<{ version: number }>> };

export function AmendmentForm({ caseId, start }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult<{ version: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <Card title="Correct the issued letter">
      <form
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const outcome = await start({ caseId, reason });
            setResult(outcome);
            if (outcome.ok) router.refresh();
          });
        }}
      >
        <p className="text-sm text-slate-600">
          An issued letter never changes. A correction is issued as an amended letter (a new version, with the reason);
          the current letter is kept.
        </p>
        <div aria-live="polite">
          {result ? (
            <Alert tone={result.ok ? "success" : "error"}>
              {result.ok ? `Amendment (version ${result.data.version}) sent to the reviewer.` : result.message}
            </Alert>
          ) : null}
        </div>
        <Field id="amendment-reason" label="Reason for the amendment" error={errors.reason} required>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <Button type="submit" variant="secondary" pending={pending} pendingLabel="Starting…">
          Start amended letter
        </Button>
      </form>
    </Card>
  );
}
