"use client";
// What the eligibility rules find, and intake's decision: confirm it, or choose another
// outcome with a stated reason. The decision sends the matching notice to the parties.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { EligibilityResult } from "@/lib/eligibility/check-eligibility.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";

const LABELS: Record<EligibilityResult["outcome"], string> = {
  ELIGIBLE: "Eligible",
  INELIGIBLE: "Ineligible",
  DEFERRED: "Deferred",
  NEEDS_INFORMATION: "Needs information",
};

type Props = {
  caseId: string;
  computed: EligibilityResult;
  decide: (input: unknown) => Promise<ActionResult<unknown>>;
};

export function EligibilityPanel({ caseId, computed, decide }: Props) {
  const router = useRouter();
  const [outcome, setOutcome] = useState(computed.outcome);
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  const findings =
    "reasons" in computed
      ? computed.reasons.map((r) => r.sentence)
      : "missing" in computed
        ? computed.missing.map((m) => m.sentence)
        : [];
  const overriding = outcome !== computed.outcome;
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  return (
    <Card title="Eligibility">
      <div className="space-y-4 text-sm">
        <p>
          The rules find this application{" "}
          <Badge tone={computed.outcome === "ELIGIBLE" ? "green" : "amber"}>{LABELS[computed.outcome]}</Badge>
        </p>
        {findings.length ? (
          <ul className="list-disc space-y-1 pl-5" aria-label="Findings">
            {findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : null}
        {"answerDueDate" in computed ? <p>Answer due: {computed.answerDueDate} (5 business days).</p> : null}
        {"itemsAlreadyDecided" in computed && computed.itemsAlreadyDecided.length ? (
          <p>Already decided by IMR, left out: {computed.itemsAlreadyDecided.join("; ")}.</p>
        ) : null}
        <div aria-live="polite">{result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}</div>
        <fieldset>
          <legend className="font-medium text-slate-800">Decision</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {(Object.keys(LABELS) as EligibilityResult["outcome"][]).map((value) => (
              <label key={value} className="inline-flex items-center gap-2">
                <input
                  type="radio"
                  name="eligibility-outcome"
                  value={value}
                  checked={outcome === value}
                  onChange={() => setOutcome(value)}
                  className="size-4 accent-brand-600"
                />
                {LABELS[value]}
                {value === computed.outcome ? " (as found)" : ""}
              </label>
            ))}
          </div>
        </fieldset>
        {overriding ? (
          <Field
            id="override-reason"
            label="Reason for deciding otherwise than the rules"
            required
            error={errors.overrideReason}
          >
            {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        ) : null}
        <p className="text-slate-600">
          The notice is served on each party as it agreed: electronically with its consent, otherwise by mail. The
          records are due 12 days after an electronically served notice of assignment, 15 after a mailed one, as the
          claims administrator is served.
        </p>
        {confirming ? (
          <div
            className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
            role="group"
            aria-label="Confirm eligibility decision"
          >
            <span className="text-amber-900">Decide “{LABELS[outcome]}” and send the notice to the parties?</span>
            <Button
              type="button"
              pending={pending}
              pendingLabel="Sending…"
              onClick={() =>
                start(async () => {
                  const outcomeResult = await decide({
                    caseId,
                    outcome,
                    overrideReason: overriding ? reason : undefined,
                  });
                  setConfirming(false);
                  setResult(outcomeResult);
                  if (outcomeResult.ok) router.refresh();
                })
              }
            >
              Decide and send notice
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </Button>
          </div>
        ) : (
          <Button type="button" onClick={() => setConfirming(true)}>
            {overriding ? "Override and decide" : "Confirm"}
          </Button>
        )}
      </div>
    </Card>
  );
}
