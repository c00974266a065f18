"use client";
// The administrator's actions on one account, each confirmed before it acts and each with
// its own outcome: unlock, reset two-factor, change role, issue a new password, disable
// or enable.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { inputClass } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

export function UnlockAction({ userId, unlock }: { userId: string; unlock: Action<{ userId: string }> }) {
  const { result, pending, run } = useAction(unlock);
  return (
    <div className="space-y-2">
      <FormStatus result={result} />
      <ConfirmButton
        label="Unlock account"
        question="Unlock? The user can sign in again, and their failed attempts count from zero."
        confirmLabel="Unlock"
        pendingLabel="Unlocking…"
        pending={pending}
        onConfirm={() => run({ userId })}
      />
    </div>
  );
}

export function TwoFactorResetAction({ userId, reset }: { userId: string; reset: Action<{ userId: string }> }) {
  const { result, pending, run } = useAction(reset);
  return (
    <div className="space-y-2">
      <FormStatus result={result} />
      <ConfirmButton
        variant="danger"
        label="Reset two-factor"
        question="Reset two-factor sign-in? Their app codes and recovery codes stop working and they are signed out everywhere."
        confirmLabel="Reset"
        pendingLabel="Resetting…"
        pending={pending}
        onConfirm={() => run({ userId })}
      />
    </div>
  );
}

export function RoleChangeForm({
  userId,
  role,
  change,
}: {
  userId: string;
  role: "INTAKE" | "ADMIN";
  change: Action<{ userId: string; role: string }>;
}) {
  const { result, pending, run, errors } = useAction(change);
  const other = role === "ADMIN" ? "INTAKE" : "ADMIN";
  const [target, setTarget] = useState<"INTAKE" | "ADMIN">(other);
  return (
    <div className="space-y-2">
      <FormStatus result={result} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="new-role" className="block text-xs font-medium text-slate-600">
            New role
          </label>
          <select
            id="new-role"
            value={target}
            onChange={(event) => setTarget(event.currentTarget.value as "INTAKE" | "ADMIN")}
            aria-describedby={errors.role ? "new-role-error" : undefined}
            className={`${inputClass} w-44`}
          >
            <option value="INTAKE" disabled={role === "INTAKE"}>
              Intake
            </option>
            <option value="ADMIN" disabled={role === "ADMIN"}>
              Admin
            </option>
          </select>
        </div>
        <ConfirmButton
          label="Change role"
          question={`Make this account ${target === "ADMIN" ? "an administrator" : "an intake user"}? They are signed out and sign in again with the new role.`}
          confirmLabel="Change role"
          pendingLabel="Changing…"
          pending={pending}
          disabled={target === role}
          onConfirm={() => run({ userId, role: target })}
        />
      </div>
      {errors.role ? (
        <p id="new-role-error" className="text-sm text-red-700">
          {errors.role.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function PasswordResetAction({
  userId,
  reset,
}: {
  userId: string;
  reset: Action<{ userId: string; password: string }>;
}) {
  const { result, pending, run } = useAction(reset);
  return (
    <div className="space-y-2">
      {result?.ok ? (
        <Alert tone="warning" title="New password: shown only now">
          <p>
            Give it to the user through a safe channel. They must choose their own when they sign in with it; their open
            sessions have ended.
          </p>
          <code
            data-new-password
            className="mt-2 inline-block rounded bg-white px-2 py-1 font-mono text-base tracking-wide ring-1 ring-amber-200"
          >
            {result.data.password}
          </code>
        </Alert>
      ) : (
        <FormStatus result={result} />
      )}
      <ConfirmButton
        label="Issue a new password"
        question="Replace their password with a generated one? Their current password stops working and they are signed out everywhere."
        confirmLabel="Issue password"
        pendingLabel="Issuing…"
        pending={pending}
        onConfirm={() => run({ userId })}
      />
    </div>
  );
}

export function AccessToggle({
  userId,
  disabled,
  isReviewer,
  setDisabled,
}: {
  userId: string;
  disabled: boolean;
  isReviewer: boolean;
  setDisabled: Action<{ disabled: boolean }>;
}) {
  const { result, pending, run } = useAction(setDisabled);
  return (
    <div className="space-y-2">
      <FormStatus
        result={result}
        success={result?.ok ? (result.data.disabled ? "Account disabled." : "Account enabled.") : undefined}
      />
      {disabled ? (
        <ConfirmButton
          label="Enable account"
          question="Enable this account? The user can sign in again."
          confirmLabel="Enable"
          pendingLabel="Enabling…"
          pending={pending}
          onConfirm={() => run({ userId, disabled: false })}
        />
      ) : (
        <ConfirmButton
          variant="danger"
          label="Disable account"
          question={
            isReviewer
              ? "Disable this account? The reviewer is signed out at once and offered no case; open cases stay assigned."
              : "Disable this account? The user is signed out at once and cannot sign in."
          }
          confirmLabel="Disable"
          pendingLabel="Disabling…"
          pending={pending}
          onConfirm={() => run({ userId, disabled: true })}
        />
      )}
    </div>
  );
}
