"use client";
// Turning off one's own two-factor sign-in (to move it to a new phone or get new recovery
// codes), confirmed with the password and a second click.
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = { required: boolean; reset: (input: unknown) => Promise<ActionResult<{ userId: string }>> };

export function ResetOwnTwoFactorForm({ required, reset }: Props) {
  const password = useRef<HTMLInputElement>(null);
  const { result, pending, run, errors } = useAction(reset);
  return (
    <form noValidate className="space-y-3 sm:max-w-sm" onSubmit={(event) => event.preventDefault()}>
      <FormStatus result={result} />
      <Field
        id="reset-password"
        label="Your password"
        hint="Needed to turn two-factor sign-in off."
        error={errors.password}
        required
      >
        {(props) => <input {...props} ref={password} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <ConfirmButton
        variant="danger"
        label="Turn off and set up again"
        question={
          required
            ? "Turn it off? Your recovery codes stop working and you set it up again right away."
            : "Turn it off? Your recovery codes stop working."
        }
        confirmLabel="Turn off"
        pendingLabel="Turning off…"
        pending={pending}
        onConfirm={() => run({ password: password.current?.value ?? "" })}
      />
    </form>
  );
}
