"use client";
// Changing one's own password: current, new (twice). On success the other sessions of
// the account have ended; this one goes on when the browser can move its session to the
// new version, otherwise the user is asked to sign in again with the new password.
import Link from "@/components/ui/link.tsx";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { ResumeProof } from "@/lib/auth/session-resume.ts";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/password-rules.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { resumeSession } from "./resume-session.ts";

type Props = { change: (input: unknown) => Promise<ActionResult<{ resume: ResumeProof }>> };

export function ChangePasswordForm({ change }: Props) {
  const router = useRouter();
  const [signInAgain, setSignInAgain] = useState(false);
  const [resuming, setResuming] = useState(false);
  const { result, pending, run, errors } = useAction(change, {
    refresh: false,
    onSuccess: ({ resume }) => {
      setResuming(true);
      void resumeSession(resume).then((resumed) => {
        // the sign-in page sends a signed-in user on to the next step they owe, or home
        if (resumed) router.replace("/signin");
        else setSignInAgain(true);
        setResuming(false);
      });
    },
  });

  if (signInAgain) {
    return (
      <Alert tone="success" title="Password changed">
        <p>Every session of your account has ended, this one too. Sign in again with your new password.</p>
        <Link href="/signin" className={`${buttonClass()} mt-3`}>
          Sign in again
        </Link>
      </Alert>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run({
          currentPassword: String(form.get("currentPassword") ?? ""),
          newPassword: String(form.get("newPassword") ?? ""),
          confirmPassword: String(form.get("confirmPassword") ?? ""),
        });
      }}
    >
      <FormStatus
        result={result}
        success={result?.ok ? "Password changed. Your other sessions have ended; continuing…" : undefined}
      />
      <Field
        id="currentPassword"
        label="Current password"
        hint="The password you signed in with."
        error={errors.currentPassword}
        required
      >
        {(props) => <input {...props} name="currentPassword" type="password" autoComplete="current-password" />}
      </Field>
      <Field
        id="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, not your email address. A few unrelated words make a good one.`}
        error={errors.newPassword}
        required
      >
        {(props) => (
          <input
            {...props}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
          />
        )}
      </Field>
      <Field id="confirmPassword" label="New password again" error={errors.confirmPassword} required>
        {(props) => <input {...props} name="confirmPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" pending={pending || resuming} pendingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}
