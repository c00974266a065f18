"use client";
// The unlock link's page: a button that takes the link (a POST, so a mail scanner opening
// the link changes nothing), then the sign-in form carrying the link's token, which lets the
// account past the wait for a while. The password (and code) are still needed.
import { startTransition, useActionState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { SignInForm } from "@/components/auth/sign-in-form.tsx";

type Props = {
  token: string;
  /** taken already (the page reloaded): straight to the sign-in form */
  taken: boolean;
  passMinutes: number;
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
};

export function UnlockForm({ token, taken, passMinutes, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  if (taken || state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="The wait is lifted">
          For the next {passMinutes} minutes, signing in on this page is not held up by earlier failed attempts. The
          link does not sign you in: enter your password, and your authentication code if two-factor sign-in is on.
        </Alert>
        <SignInForm unlockToken={token} />
      </div>
    );
  }
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">
        Repeated failed sign-in attempts made your account wait before each new attempt is checked. Lift the wait to
        sign in now with your password (and your authentication code if two-factor sign-in is on). The link works once.
      </p>
      <div aria-live="polite">{state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}</div>
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending} pendingLabel="Lifting the wait…" className="w-full">
        Lift the wait and sign in
      </Button>
    </form>
  );
}
