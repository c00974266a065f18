"use client";
// The reviewer's account: sign-in email, status, and disabling (which signs the reviewer
// out everywhere and keeps them out of matching) or enabling it again.
import type { ActionResult } from "@/lib/action-result.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = {
  reviewerId: string;
  email: string;
  disabled: boolean;
  openCases: number;
  setDisabled: (input: unknown) => Promise<ActionResult<{ disabled: boolean }>>;
};

export function AccountPanel({ reviewerId, email, disabled, openCases, setDisabled }: Props) {
  const { result, pending, run } = useAction(setDisabled);
  return (
    <Card title="Account">
      <div className="space-y-3 text-sm">
        <FormStatus
          result={result}
          success={result?.ok ? (result.data.disabled ? "Account disabled." : "Account enabled.") : undefined}
        />
        <p className="break-all">
          <span className="font-medium text-slate-500">Sign-in email:</span> {email}
        </p>
        <p>{disabled ? <Badge tone="gray">Disabled</Badge> : <Badge tone="green">Active</Badge>}</p>
        {disabled ? (
          <ConfirmButton
            label="Enable account"
            question="Enable this account? The reviewer can sign in and be offered cases again."
            confirmLabel="Enable"
            pendingLabel="Enabling…"
            pending={pending}
            onConfirm={() => run({ reviewerId, disabled: false })}
          />
        ) : (
          <>
            {openCases > 0 ? (
              <p className="text-slate-600">
                The reviewer has {openCases} open {openCases === 1 ? "case" : "cases"}; disabling does not reassign
                them.
              </p>
            ) : null}
            <ConfirmButton
              variant="danger"
              label="Disable account"
              question="Disable this account? The reviewer is signed out at once and offered no case."
              confirmLabel="Disable"
              pendingLabel="Disabling…"
              pending={pending}
              onConfirm={() => run({ reviewerId, disabled: true })}
            />
          </>
        )}
      </div>
    </Card>
  );
}
