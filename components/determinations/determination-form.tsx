"use client";
// The reviewer's decision: clinical case summary and, per disputed item, the decision,
// both guidelines and the rationale. Save keeps a draft; Submit (after a confirmation)
// issues the final determination letter, which can no longer change.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";

export type DraftItem = {
  disputedItemId: string;
  ordinal: number;
  description: string;
  decision: "UPHELD" | "OVERTURNED" | null;
  claimsAdminGuideline: string;
  reviewerGuideline: string;
  rationale: string;
};

type Props = {
  caseId: string;
  initial: { clinicalSummary: string; items: DraftItem[] };
  saveDraft: (input: unknown) => Promise<ActionResult<{ savedAt: Date }>>;
  submit: (input: unknown) => Promise<ActionResult<{ letterId: string }>>;
};

export function DeterminationForm({ caseId, initial, saveDraft, submit }: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState(initial.clinicalSummary);
  const [items, setItems] = useState(initial.items);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};
  const payload = () => ({
    caseId,
    clinicalSummary: summary,
    items: items.map(({ disputedItemId, decision, claimsAdminGuideline, reviewerGuideline, rationale }) => ({ disputedItemId, decision, claimsAdminGuideline, reviewerGuideline, rationale })),
  });
  const update = (index: number, patch: Partial<DraftItem>) => setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  function run(kind: "save" | "submit") {
    setBusy(kind);
    startTransition(async () => {
      const outcome = kind === "save" ? await saveDraft(payload()) : await submit(payload());
      setBusy(null);
      setConfirming(false);
      setResult(outcome);
      if (outcome.ok && kind === "submit") router.refresh();
    });
  }

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-4" noValidate>
      <div aria-live="polite">
        {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.message}</Alert> : null}
      </div>
      <Card title="Clinical case summary">
        <Field id="clinicalSummary" label="Summary of the case file, including all medical records" error={errors.clinicalSummary} required>
          {(props) => <textarea {...props} rows={8} value={summary} onChange={(e) => setSummary(e.target.value)} />}
        </Field>
      </Card>
      {items.map((item, index) => (
        <Card key={item.disputedItemId} title={`Item ${item.ordinal}`}>
          <p className="mb-4 text-sm font-medium text-slate-800">{item.description}</p>
          <div className="space-y-4">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Decision <span className="text-red-700" aria-hidden>*</span></legend>
              <div className="mt-2 flex flex-wrap gap-6 text-sm">
                {([["UPHELD", "Upheld (not medically necessary)"], ["OVERTURNED", "Overturned (medically necessary)"]] as const).map(([value, label]) => (
                  <label key={value} className="inline-flex items-center gap-2">
                    <input type="radio" name={`decision-${index}`} value={value} checked={item.decision === value} onChange={() => update(index, { decision: value })} className="size-4 accent-brand-600" />
                    {label}
                  </label>
                ))}
              </div>
              {errors[`items.${index}.decision`] ? <p className="mt-1 text-sm text-red-700">{errors[`items.${index}.decision`].join(" ")}</p> : null}
            </fieldset>
            <Field id={`cag-${index}`} label="Claims administrator guideline (as stated in the UR decision)" error={errors[`items.${index}.claimsAdminGuideline`]} required>
              {(props) => <textarea {...props} rows={2} value={item.claimsAdminGuideline} onChange={(e) => update(index, { claimsAdminGuideline: e.target.value })} />}
            </Field>
            <Field id={`rg-${index}`} label="Your guideline citation (guideline, chapter or section, pages)" hint="Order of evidence: MTUS (incl. adopted ACOEM chapters), then peer-reviewed evidence, national standards, expert opinion." error={errors[`items.${index}.reviewerGuideline`]} required>
              {(props) => <textarea {...props} rows={2} value={item.reviewerGuideline} onChange={(e) => update(index, { reviewerGuideline: e.target.value })} />}
            </Field>
            <Field id={`rationale-${index}`} label="Decision rationale" error={errors[`items.${index}.rationale`]} required>
              {(props) => <textarea {...props} rows={8} value={item.rationale} onChange={(e) => update(index, { rationale: e.target.value })} />}
            </Field>
          </div>
        </Card>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={() => run("save")} pending={busy === "save"} pendingLabel="Saving…" disabled={busy !== null}>Save draft</Button>
        {confirming ? (
          <div className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200" role="group" aria-label="Confirm submission">
            <span className="text-sm text-amber-900">The letter will be issued to the parties and can no longer change.</span>
            <Button type="button" onClick={() => run("submit")} pending={busy === "submit"} pendingLabel="Issuing letter…">Issue final determination</Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={busy !== null}>Cancel</Button>
          </div>
        ) : (
          <Button type="button" onClick={() => setConfirming(true)} disabled={busy !== null}>Submit determination</Button>
        )}
      </div>
    </form>
  );
}
