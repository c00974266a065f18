"use client";
// Staff sign-in through next-auth's credentials provider: email and password, then, when
// the server answers that two-factor is on for the account, an authentication code (from
// the app, or a recovery code). Every refusal reads the same, whatever its cause, except an
// attempt made during a wait after repeated failures (lib/auth/sign-in-throttle.ts): it was
// not checked, and the form says how long to wait, that the owner was e-mailed a link, and
// that a code from the authenticator app lets an enrolled owner in now. On an unlock link's
// page the form sends the link's token along (`unlockToken`), which lets the account past the wait.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-signals.ts";
import { delayedMessage, parseDelayedSignal } from "@/lib/auth/sign-in-throttle.ts";

const REFUSED =
  "Sign-in failed: the email, password or code is not right, or the account is disabled or locked by an administrator. After repeated failures each new attempt has to wait a little longer, and the account's owner is e-mailed a link to sign in past the wait.";

export function SignInForm({ unlockToken }: { unlockToken?: string } = {}) {
  const router = useRouter();
  const codeRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [delayed, setDelayed] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);
  const [pending, setPending] = useState(false);

  function askForCode() {
    setNeedsCode(true);
    setTimeout(() => codeRef.current?.focus(), 0);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    if (!email || !password) return setError("Enter your email and password.");
    if (needsCode && !code) return setError("Enter the code from your authenticator app, or a recovery code.");
    setPending(true);
    setError(null);
    setDelayed(false);
    const result = await signIn("credentials", { email, password, code, unlock: unlockToken ?? "", redirect: false });
    if (result?.ok && !result.error) {
      router.refresh(); // the sign-in page sends a signed-in user on (home, or a step they owe first)
      return;
    }
    setPending(false);
    if (result?.error === SECOND_FACTOR_REQUIRED) return askForCode();
    const wait = parseDelayedSignal(result?.error);
    if (wait !== null) {
      setDelayed(true);
      return setError(delayedMessage(wait));
    }
    setError(REFUSED);
  }

  return (
    // method="post": should a click beat hydration, the password never lands in the URL
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <div aria-live="polite">
        {error ? (
          <Alert tone="error" title={delayed ? "Not checked: too many attempts" : undefined}>
            <p>{error}</p>
            {delayed && !needsCode ? (
              <p className="mt-2">
                Two-factor sign-in on for your account? Your password with a code from your authenticator app signs you
                in now.{" "}
                <button type="button" className="font-semibold underline" onClick={askForCode}>
                  Enter a code
                </button>
              </p>
            ) : null}
          </Alert>
        ) : null}
        {needsCode && !error ? (
          <Alert tone="info" title="Two-factor sign-in">
            Enter the 6-digit code your authenticator app shows for IMR Portal, or one of your recovery codes.
          </Alert>
        ) : null}
      </div>
      <Field id="email" label="Email" required>
        {(props) => (
          <input {...props} name="email" type="email" autoComplete="username" required readOnly={needsCode} />
        )}
      </Field>
      <Field id="password" label="Password" required>
        {(props) => (
          <input
            {...props}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            readOnly={needsCode && !delayed}
          />
        )}
      </Field>
      {needsCode ? (
        <Field
          id="code"
          label="Authentication code"
          hint="6 digits from your app, or a recovery code (each works once)."
          required
        >
          {(props) => (
            <input
              {...props}
              ref={codeRef}
              name="code"
              type="text"
              inputMode="text"
              autoComplete="one-time-code"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={64}
              required
            />
          )}
        </Field>
      ) : null}
      <Button type="submit" pending={pending} pendingLabel="Signing in…" className="w-full">
        {needsCode ? "Verify and sign in" : "Sign in"}
      </Button>
      {needsCode ? (
        <button
          type="button"
          className="w-full text-center text-sm text-brand-700 underline"
          onClick={() => {
            setNeedsCode(false);
            setDelayed(false);
            setError(null);
          }}
        >
          Use a different account
        </button>
      ) : null}
    </form>
  );
}
