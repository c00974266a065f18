"use client";
// The ten recovery codes, shown once right after two-factor is set up, with a copy and a
// download, and a step on only once the user says they are saved.
import { useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { CheckboxField } from "@/components/ui/field.tsx";

export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const text = `IMR Portal recovery codes (each works once)\n\n${codes.join("\n")}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <div className="space-y-4 text-sm">
      <Alert tone="success" title="Two-factor sign-in is on" />
      <Alert tone="warning" title="Save your recovery codes now: they are shown only once">
        If you lose your phone, sign in with one of these instead of a code from the app. Each works once. Keep them
        somewhere safe, away from your phone.
      </Alert>
      <ol
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-2 rounded-md bg-slate-50 p-4 font-mono text-base ring-1 ring-slate-200 sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code} className="tracking-wide">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <a
          href={download}
          download="imr-portal-recovery-codes.txt"
          className="inline-flex items-center justify-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        >
          Download as a file
        </a>
      </div>
      <CheckboxField
        id="codes-saved"
        label="I have saved my recovery codes."
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
      />
      <Button type="button" onClick={onDone} disabled={!saved}>
        Continue
      </Button>
    </div>
  );
}
