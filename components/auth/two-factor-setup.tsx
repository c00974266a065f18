"use client";
// Setting up two-factor sign-in: scan the QR code (or type the key) into an authenticator
// app, enter the code it shows to prove it works, then save the recovery codes.
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { RecoveryCodesList } from "./recovery-codes-list.tsx";

type Props = {
  setup: { secret: string; qrCode: string; enrolment: string };
  continueHref: string;
  confirm: (input: unknown) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
};

export function TwoFactorSetup({ setup, continueHref, confirm }: Props) {
  const router = useRouter();
  const { result, pending, run, errors } = useAction(confirm, { refresh: false });
  if (result?.ok) {
    return (
      <RecoveryCodesList
        codes={result.data.recoveryCodes}
        onDone={() => {
          router.replace(continueHref);
          router.refresh();
        }}
      />
    );
  }
  return (
    <ol className="space-y-6 text-sm">
      <li>
        <h3 className="font-semibold text-slate-900">1. Open an authenticator app on your phone</h3>
        <p className="mt-1 text-slate-600">
          For example Google Authenticator, Microsoft Authenticator, 1Password or FreeOTP, and choose to add an account.
        </p>
      </li>
      <li>
        <h3 className="font-semibold text-slate-900">2. Scan this QR code</h3>
        <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:items-start">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
          <img
            src={setup.qrCode}
            alt="QR code that adds IMR Portal to an authenticator app"
            width={192}
            height={192}
            className="size-48 rounded-md ring-1 ring-slate-200"
          />
          <div>
            <p className="text-slate-600">Cannot scan? Type this key into the app instead (time-based):</p>
            <p className="mt-1 break-all font-mono text-base tracking-wide text-slate-900" aria-label="Set-up key">
              {setup.secret}
            </p>
          </div>
        </div>
      </li>
      <li>
        <h3 className="font-semibold text-slate-900">3. Enter the 6-digit code the app shows</h3>
        <form
          noValidate
          className="mt-2 space-y-3 sm:max-w-xs"
          onSubmit={(event) => {
            event.preventDefault();
            run({ enrolment: setup.enrolment, code: String(new FormData(event.currentTarget).get("code") ?? "") });
          }}
        >
          <FormStatus result={result} />
          <Field id="code" label="Code from the app" error={errors.code} required>
            {(props) => (
              <input
                {...props}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={6}
              />
            )}
          </Field>
          <Button type="submit" pending={pending} pendingLabel="Checking…">
            Turn on two-factor sign-in
          </Button>
        </form>
      </li>
    </ol>
  );
}
