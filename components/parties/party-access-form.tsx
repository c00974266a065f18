"use client";
import { startTransition, useActionState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";

type Labels = {
  caseNumber: string;
  caseNumberHint: string;
  accessCode: string;
  accessCodeHint: string;
  open: string;
  checking: string;
};
type Props = { action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>; labels: Labels };

export function PartyAccessForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // Submitting through onSubmit (not the form's action prop) keeps what was typed when the server answers with errors.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div aria-live="polite">{state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}</div>
      <Field id="caseNumber" label={labels.caseNumber} hint={labels.caseNumberHint} error={errors.caseNumber} required>
        {(props) => <input {...props} name="caseNumber" autoComplete="off" autoCapitalize="characters" required />}
      </Field>
      <Field id="accessCode" label={labels.accessCode} hint={labels.accessCodeHint} error={errors.accessCode} required>
        {(props) => (
          <input
            {...props}
            name="accessCode"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
          />
        )}
      </Field>
      <Button type="submit" pending={pending} pendingLabel={labels.checking} className="w-full">
        {labels.open}
      </Button>
    </form>
  );
}
