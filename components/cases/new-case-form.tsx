"use client";
// The IMR application form. Validated on the server by the same schema (createCaseInput),
// errors come back per field, what is typed is saved as a draft every few seconds. A
// duplicate of an open case is shown before anything is created: merge it, or say why not.
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { formatCaliforniaTime } from "@/lib/format/dates.ts";
import type { ApplicationOutcome } from "@/lib/intake/submit-application.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { CheckField, EmployeeAndClaim, RequestAndReview, SelectField, ServiceOfDocuments, TextField, type DraftValues } from "./application-fields.tsx";
import { AccessCodesPanel } from "./access-codes-panel.tsx";
import { DisputedItemsEditor } from "./disputed-items-editor.tsx";
import { DuplicatePanel } from "./duplicate-panel.tsx";

type Props = {
  specialties: { code: string; name: string }[];
  categories: { id: string; label: string }[];
  draft: { data: DraftValues; savedAt: string } | null;
  action: (previous: ActionResult<ApplicationOutcome> | null, form: FormData) => Promise<ActionResult<ApplicationOutcome>>;
  saveDraft: (data: DraftValues) => Promise<ActionResult<{ savedAt: Date }>>;
};

function formValues(form: HTMLFormElement): DraftValues {
  const data = new FormData(form);
  const out: DraftValues = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("dup")) continue;
    const all = data.getAll(key).map(String);
    out[key] = key === "items" || key === "itemCategory" ? all : all[0];
  }
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) out[box.name] = box.checked;
  return out;
}

export function NewCaseForm({ specialties, categories, draft, action, saveDraft }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [dirty, setDirty] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>(draft?.savedAt ?? null);
  const values = draft?.data ?? {};

  useEffect(() => {
    if (!dirty || !formRef.current) return;
    const timer = setTimeout(async () => {
      const result = await saveDraft(formValues(formRef.current!));
      if (result.ok) setSavedAt(new Date(result.data.savedAt).toISOString());
    }, 2500);
    return () => clearTimeout(timer);
  }, [dirty, saveDraft]);

  if (state?.ok && state.data.kind === "created") return <AccessCodesPanel created={state.data} />;
  if (state?.ok && state.data.kind === "merged") {
    return <Alert tone="success" title={`Merged into case ${state.data.caseNumber}`}>{state.data.addedItems.length ? `Added: ${state.data.addedItems.join("; ")}.` : "All its treatments were already in that case; no new case was created."}</Alert>;
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const submit = (extra: Record<string, string> = {}) => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    for (const [k, v] of Object.entries(extra)) data.set(k, v);
    startTransition(() => formAction(data));
  };
  const f = { draft: values, errors };

  return (
    <form ref={formRef} onSubmit={(e) => { e.preventDefault(); submit(); }} onChange={() => setDirty((n) => n + 1)} className="space-y-6" noValidate>
      <div aria-live="polite">{state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}</div>
      {state?.ok && state.data.kind === "duplicate" ? <DuplicatePanel match={state.data} pending={pending} onDecide={submit} /> : null}
      <EmployeeAndClaim {...f} />
      <RequestAndReview {...f} specialties={specialties} />
      <ServiceOfDocuments {...f} />
      <Card title="Review requested">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="reviewType" label="Review type" required placeholder="Choose" options={[["STANDARD", "Standard"], ["EXPEDITED", "Expedited (imminent, serious threat)"], ["FORMULARY", "Pharmacy formulary dispute"]]} draft={{ reviewType: "STANDARD", ...values }} errors={errors} />
          <CheckField name="expeditedCertified" label="The treating physician certified an imminent and serious threat to health (expedited)" fallback={false} {...f} />
          <SelectField name="arrivalChannel" label="How the application arrived" placeholder="Choose" options={[["ONLINE", "Online"], ["MAIL", "Mail"], ["FAX", "Fax"]]} draft={{ arrivalChannel: "ONLINE", ...values }} errors={errors} />
          <TextField name="receivedAt" label="Received on" type="datetime-local" hint="Leave empty for now." {...f} />
          <CheckField name="signed" label="The application is signed" fallback={true} {...f} />
          <CheckField name="urDecisionAttached" label="A copy of the UR decision is attached" fallback={true} {...f} />
          <CheckField name="liabilityDisputed" label="The claims administrator disputes liability for the injury or body part" fallback={false} {...f} />
        </div>
      </Card>
      <DisputedItemsEditor categories={categories} initial={values} error={errors.items} onChange={() => setDirty((n) => n + 1)} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={pending} pendingLabel="Checking…">Create case</Button>
        <p className="text-sm text-slate-600" role="status" aria-live="polite">{savedAt ? `Draft saved ${formatCaliforniaTime(new Date(savedAt))}` : "Not saved yet"}</p>
      </div>
    </form>
  );
}
