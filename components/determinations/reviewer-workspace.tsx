"use client";
// The reviewer's decision workspace: case file checklist, clinical case summary and each
// disputed item. Drafts save on their own; Submit (after a confirmation) sends the
// determination to QA. Nothing typed is lost: a stale copy is refused, never overwritten.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { GuidelineOption } from "@/lib/guidelines/list-guidelines.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { CaseFilePanel, type CaseFileDocument } from "./case-file-panel.tsx";
import { ItemEditor, type ItemDraft } from "./item-editor.tsx";
import { SaveStatus } from "./save-status.tsx";
import { useAutosave } from "./use-autosave.ts";

type Props = {
  caseId: string;
  initial: { revision: number; clinicalSummary: string; documentsReviewed: string[]; items: ItemDraft[] };
  documents: CaseFileDocument[];
  guidelines: GuidelineOption[];
  submit: (input: unknown) => Promise<ActionResult<{ determinationId: string }>>;
};

export function ReviewerWorkspace({ caseId, initial, documents, guidelines, submit }: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState(initial.clinicalSummary);
  const [reviewed, setReviewed] = useState(initial.documentsReviewed);
  const [items, setItems] = useState(initial.items);
  const [revision, setRevision] = useState(initial.revision);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, startSubmit] = useTransition();

  const payload = useMemo(() => ({
    caseId,
    clinicalSummary: summary,
    documentsReviewed: reviewed,
    items: items.map(({ disputedItemId, decision, claimsAdminGuideline, reviewerGuideline, guidelineId, rationale }) => ({ disputedItemId, decision, claimsAdminGuideline, reviewerGuideline, guidelineId, rationale })),
  }), [caseId, summary, reviewed, items]);
  const autosave = useAutosave({ payload, revision, onRevision: useCallback((r: number) => setRevision(r), []) });
  const locked = autosave.state.kind === "conflict" || submitting;
  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};
  const edit = <T,>(set: (value: T) => void) => (value: T) => { set(value); autosave.markDirty(); };

  function onSubmit() {
    startSubmit(async () => {
      const outcome = await submit({ ...payload, revision });
      setConfirming(false);
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-4" noValidate>
      {autosave.state.kind === "conflict" ? <Alert tone="error" title="Changed in another tab">{autosave.state.message}</Alert> : null}
      <div aria-live="polite">{result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}</div>
      <CaseFilePanel documents={documents} reviewed={reviewed} disabled={locked} onToggle={(id, checked) => edit(setReviewed)(checked ? [...reviewed, id] : reviewed.filter((r) => r !== id))} />
      <Card title="Clinical case summary">
        <Field id="clinicalSummary" label="Summary of the case file, including all medical records" error={errors.clinicalSummary} required hint={`${summary.trim().length} characters`}>
          {(props) => <textarea {...props} rows={8} value={summary} disabled={locked} onChange={(e) => edit(setSummary)(e.target.value)} />}
        </Field>
      </Card>
      {items.map((item, index) => (
        <ItemEditor key={item.disputedItemId} item={item} index={index} guidelines={guidelines} errors={errors} disabled={locked}
          onChange={(patch) => edit(setItems)(items.map((it, i) => (i === index ? { ...it, ...patch } : it)))} />
      ))}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        <Button type="button" variant="secondary" onClick={() => void autosave.save()} pending={autosave.state.kind === "saving"} pendingLabel="Saving…" disabled={locked}>Save draft</Button>
        {confirming ? (
          <div className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200" role="group" aria-label="Confirm submission">
            <span className="text-sm text-amber-900">Send this determination to QA? You cannot edit it unless QA returns it.</span>
            <Button type="button" onClick={onSubmit} pending={submitting} pendingLabel="Sending…">Send to QA</Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={submitting}>Cancel</Button>
          </div>
        ) : (
          <Button type="button" onClick={() => setConfirming(true)} disabled={locked}>Submit determination</Button>
        )}
        <SaveStatus state={autosave.state} dirty={autosave.dirty} />
      </div>
    </form>
  );
}
