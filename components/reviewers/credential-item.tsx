"use client";
// One license or board certification in the reviewer's record: what it says, its state
// (verified, unverified, expiring, expired), its verification record, and the Verify, Edit
// and Remove actions.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Button } from "@/components/ui/button.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { CredentialBadge } from "./credential-badge.tsx";
import { VerifyForm } from "./verify-form.tsx";

export type Verification = { verifiedAt: string | null; verifiedBy: string | null; verificationSource: string | null };

type Props = {
  kind: "license" | "certification";
  id: string;
  title: string;
  extraBadges?: React.ReactNode;
  details: React.ReactNode;
  expiresOn: string;
  verification: Verification;
  sources: string[];
  verify: (input: unknown) => Promise<ActionResult<unknown>>;
  remove: (input: unknown) => Promise<ActionResult<unknown>>;
  editForm: (close: () => void) => React.ReactNode;
};

const dateTime = (iso: string) => formatDateTime(new Date(iso));

export function CredentialItem({
  kind,
  id,
  title,
  extraBadges,
  details,
  expiresOn,
  verification,
  sources,
  verify,
  remove,
  editForm,
}: Props) {
  const [mode, setMode] = useState<"view" | "edit" | "verify">("view");
  const removal = useAction(remove);
  const close = () => setMode("view");
  const removeInput = kind === "license" ? { licenseId: id } : { certificationId: id };
  return (
    <li className="py-3" data-credential={id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <span>{title}</span>
            <CredentialBadge
              credential={{
                expiresOn: new Date(expiresOn),
                verifiedAt: verification.verifiedAt ? new Date(verification.verifiedAt) : null,
              }}
            />
            {extraBadges}
          </p>
          <div className="text-sm text-slate-600">{details}</div>
          <p className="text-sm text-slate-600">
            {verification.verifiedAt
              ? `Verified ${dateTime(verification.verifiedAt)} by ${verification.verifiedBy ?? "unknown"}, against: ${verification.verificationSource ?? "unknown source"}.`
              : "Not verified: it does not count for matching until it is."}
          </p>
        </div>
        {mode === "view" ? (
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant={verification.verifiedAt ? "secondary" : "primary"}
              onClick={() => setMode("verify")}
              aria-label={`Verify ${title}`}
            >
              {verification.verifiedAt ? "Verify again" : "Verify"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setMode("edit")} aria-label={`Edit ${title}`}>
              Edit
            </Button>
            <ConfirmButton
              label="Remove"
              aria-label={`Remove ${title}`}
              question={`Remove ${title}?`}
              confirmLabel="Remove"
              variant="danger"
              pendingLabel="Removing…"
              pending={removal.pending}
              onConfirm={() => removal.run(removeInput)}
            />
          </div>
        ) : null}
      </div>
      <FormStatus result={removal.result && !removal.result.ok ? removal.result : null} />
      {mode === "verify" ? (
        <VerifyForm credential={kind} credentialId={id} sources={sources} verify={verify} onDone={close} />
      ) : null}
      {mode === "edit" ? editForm(close) : null}
    </li>
  );
}
