"use client";
// Withdraws an offer the reviewer has not answered: a first button opens the form, which
// asks for the reason (required, kept in the case's history) before the second button acts.
// The reviewer is told by e-mail that the offer was withdrawn, not why; the case goes back
// to the assignment queue and its candidates show again, without this reviewer.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { WithdrawnOffer } from "@/lib/cases/withdraw-offer.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = {
  assignmentId: string;
  reviewerName: string;
  withdraw: (input: unknown) => Promise<ActionResult<WithdrawnOffer>>;
};

export function WithdrawOfferForm({ assignmentId, reviewerName, withdraw }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { result, pending, run, errors, reset } = useAction(withdraw);
  const id = `withdraw-${assignmentId}`;

  if (result?.ok) return <FormStatus result={result} />;
  if (!open) {
    return (
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setOpen(true);
          reset();
        }}
        aria-label={`Withdraw the offer to ${reviewerName}`}
      >
        Withdraw the offer
      </Button>
    );
  }
  return (
    <form
      noValidate
      aria-label={`Withdraw the offer to ${reviewerName}`}
      className="space-y-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200"
      onSubmit={(e) => {
        e.preventDefault();
        run({ assignmentId, reason });
      }}
    >
      <p className="text-sm text-amber-900">
        Withdraw the offer to {reviewerName}? The case goes back to the assignment queue to be offered to someone else;{" "}
        {reviewerName} is left out of its candidates.
      </p>
      <FormStatus result={result && !result.ok && !errors.reason ? result : null} />
      <Field
        id={`${id}-reason`}
        label="Reason for withdrawing"
        hint="Kept in the case's history. The reviewer is told by e-mail that the offer was withdrawn, not the reason."
        error={errors.reason}
        required
      >
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending} pendingLabel="Withdrawing…">
          Withdraw offer
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
