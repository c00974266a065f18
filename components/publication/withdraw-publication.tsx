"use client";
// Withdrawing a published decision: opened as a disclosure, the reason first (it is kept with
// the audit trail), then a confirmation, since the decision leaves the public search at once.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { useAction } from "@/components/ui/use-action.ts";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";

type Props = { publicationId: string; caseNumber: string; action: (input: unknown) => Promise<ActionResult<unknown>> };

export function WithdrawPublication({ publicationId, caseNumber, action }: Props) {
  const [reason, setReason] = useState("");
  const { result, pending, run, errors } = useAction(action);
  const id = `withdraw-${publicationId}`;
  return (
    <details className="group w-full min-w-64">
      <summary
        className={`${buttonClass("secondary")} cursor-pointer list-none`}
        aria-label={`Withdraw the decision of ${caseNumber}`}
      >
        <span className="group-open:hidden">Withdraw…</span>
        <span className="hidden group-open:inline">Close</span>
      </summary>
      <div className="mt-3 space-y-2">
        <Field
          id={id}
          label="Reason for the withdrawal"
          hint="10 to 1000 characters; kept in the audit trail."
          error={errors.reason}
          required
        >
          {(props) => (
            <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          )}
        </Field>
        <ConfirmButton
          label="Withdraw"
          question={`Remove ${caseNumber} from the public search?`}
          confirmLabel="Withdraw"
          pendingLabel="Withdrawing…"
          variant="danger"
          pending={pending}
          onConfirm={() => run({ publicationId, reason })}
        />
        <FormStatus result={result} />
      </div>
    </details>
  );
}
