"use client";
// A button for an irreversible step: the first click asks, the second (Confirm) acts.
import { useState } from "react";
import { Button } from "./button.tsx";
import type { Variant } from "./button-styles.ts";

type Props = {
  label: string;
  question: string;
  confirmLabel?: string;
  pendingLabel?: string;
  pending: boolean;
  onConfirm: () => void;
  /** the confirming button's look; the first button is secondary unless `triggerVariant` says otherwise */
  variant?: Variant;
  triggerVariant?: Variant;
  disabled?: boolean;
  "aria-label"?: string;
};

export function ConfirmButton({
  label,
  question,
  confirmLabel = "Confirm",
  pendingLabel,
  pending,
  onConfirm,
  variant = "primary",
  triggerVariant = "secondary",
  disabled,
  ...rest
}: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking && !pending) {
    return (
      <Button
        type="button"
        variant={triggerVariant}
        onClick={() => setAsking(true)}
        disabled={disabled}
        aria-label={rest["aria-label"]}
      >
        {label}
      </Button>
    );
  }
  return (
    <span
      role="group"
      aria-label={question}
      className="inline-flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
    >
      <span className="text-sm text-amber-900">{question}</span>
      <Button
        type="button"
        variant={variant}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        pending={pending}
        pendingLabel={pendingLabel}
      >
        {confirmLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setAsking(false)} disabled={pending}>
        Cancel
      </Button>
    </span>
  );
}
