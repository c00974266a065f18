"use client";
// Staff sign-in with email and password through next-auth's credentials provider.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and password.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError("Email or password is not right, or the account is disabled.");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      <Field id="email" label="Email" required>
        {(props) => <input {...props} name="email" type="email" autoComplete="username" required />}
      </Field>
      <Field id="password" label="Password" required>
        {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" pending={pending} pendingLabel="Signing in…" className="w-full">Sign in</Button>
    </form>
  );
}
