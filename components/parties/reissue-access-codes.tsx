"use client";
// Intake's card of the parties' access codes: each letter recipient's code state, and
// "Issue a new access code" (after a confirmation) that shows the new code once, to copy
// and send to the party. The old code and every session opened with it stop at once.
import { useState } from "react";
import Link from "@/components/ui/link.tsx";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type PartyCodeRow = {
  partyId: string;
  roleLabel: string;
  name: string;
  state: "active" | "expired" | "revoked" | "none";
  issuedOn: string | null;
  expiresOn: string | null;
};
export type ReissuedCode = { code: string; caseNumber: string; expiresOn: string | null };
type Reissue = (input: unknown) => Promise<ActionResult<ReissuedCode>>;

const STATE: Record<PartyCodeRow["state"], [string, BadgeTone]> = {
  active: ["Active", "green"],
  expired: ["Expired", "gray"],
  revoked: ["Revoked", "red"],
  none: ["No code", "amber"],
};

export function ReissueAccessCodes({
  parties,
  reissue,
  codesHref,
}: {
  parties: PartyCodeRow[];
  reissue: Reissue;
  /** the case's codes page: codes waiting to be sent, code letters */
  codesHref?: string;
}) {
  return (
    <Card
      title="Party access codes"
      actions={
        codesHref ? (
          <Link href={codesHref} className="text-sm font-semibold text-brand-700 underline">
            Codes to send
          </Link>
        ) : null
      }
    >
      {parties.length === 0 ? (
        <p className="text-sm text-slate-500">No party of this case receives the letters.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {parties.map((party) => (
            <PartyCode key={party.partyId} party={party} reissue={reissue} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function PartyCode({ party, reissue }: { party: PartyCodeRow; reissue: Reissue }) {
  const [issued, setIssued] = useState<ReissuedCode | null>(null);
  const action = useAction(reissue, { onSuccess: setIssued });
  const [label, tone] = STATE[party.state];
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="text-sm">
          <p className="font-medium text-slate-900">
            {party.roleLabel}: {party.name}
          </p>
          <p className="text-xs text-slate-500">
            {party.issuedOn ? `Code issued ${party.issuedOn}` : "No code issued"}
            {party.expiresOn ? ` · opens the case until ${party.expiresOn}` : ""}
          </p>
        </div>
        <Badge tone={tone}>{label}</Badge>
      </div>
      {issued ? null : (
        <ConfirmButton
          label="Issue a new access code"
          aria-label={`Issue a new access code for the ${party.roleLabel.toLowerCase()}, ${party.name}`}
          question="The old code stops working at once and anyone signed in with it is signed out. Issue a new code?"
          confirmLabel="Issue new code"
          pendingLabel="Issuing…"
          pending={action.pending}
          onConfirm={() => action.run({ partyId: party.partyId })}
        />
      )}
      {action.result && !action.result.ok ? <FormStatus result={action.result} /> : null}
      {issued ? (
        <NewCode
          issued={issued}
          name={party.name}
          onDone={() => {
            setIssued(null);
            action.reset();
          }}
        />
      ) : null}
    </li>
  );
}

function NewCode({ issued, name, onDone }: { issued: ReissuedCode; name: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Alert tone="success" title="New access code — shown only this once">
      <p className="my-2 font-mono text-lg font-semibold tracking-wider select-all" data-access-code>
        {issued.code}
      </p>
      <p>
        Copy it now and send it to {name} with the case number{" "}
        <span className="font-mono font-semibold">{issued.caseNumber}</span>. They open the case at{" "}
        <span className="font-mono">/access</span>.
        {issued.expiresOn ? ` The code works until ${issued.expiresOn}.` : ""} It also stays on the codes page, with its
        code letter, until marked sent there.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy code"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Done, I have sent it
        </Button>
      </div>
      <span className="sr-only" aria-live="polite">
        {copied ? "Code copied to the clipboard." : ""}
      </span>
    </Alert>
  );
}
