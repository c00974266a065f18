"use client";
// The IMR application form. Validated on the server by the same schema (createCaseInput);
// errors come back per field. On success the parties' access codes are shown once.
import { startTransition, useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { CreatedCase } from "@/lib/cases/create-case.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { AccessCodesPanel } from "./access-codes-panel.tsx";

type Props = {
  specialties: { code: string; name: string }[];
  action: (previous: ActionResult<CreatedCase> | null, form: FormData) => Promise<ActionResult<CreatedCase>>;
};

const today = () => new Date().toISOString().slice(0, 10);

export function NewCaseForm({ specialties, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // Submitting through onSubmit (not the form's action prop) keeps what was typed when the server answers with errors.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const [items, setItems] = useState<string[]>([""]);
  if (state?.ok) return <AccessCodesPanel created={state.data} />;
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const text = (name: string, label: string, options: { required?: boolean; hint?: string; type?: string; max?: string } = {}) => (
    <Field id={name} label={label} error={errors[name]} required={options.required} hint={options.hint}>
      {(props) => <input {...props} name={name} type={options.type ?? "text"} max={options.max} required={options.required} />}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <div aria-live="polite">{state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}</div>
      <Card title="Employee and claim">
        <div className="grid gap-4 sm:grid-cols-2">
          {text("employeeName", "Employee name", { required: true })}
          {text("claimNumber", "Claim number", { required: true })}
          {text("dateOfInjury", "Date of injury", { required: true, type: "date", max: today() })}
          {text("employerName", "Employer", { required: true })}
          {text("claimsAdministratorName", "Claims administrator", { required: true })}
          {text("representativeName", "Employee's representative", { hint: "Leave empty if the employee has none." })}
        </div>
      </Card>
      <Card title="Request and utilization review">
        <div className="grid gap-4 sm:grid-cols-2">
          {text("requestingPhysicianName", "Requesting physician", { required: true })}
          {text("requestingPhysicianNpi", "Physician NPI", { hint: "10 digits, if known." })}
          <Field id="specialtyCode" label="Specialty that treats the condition" error={errors.specialtyCode} required>
            {(props) => (
              <select {...props} name="specialtyCode" defaultValue="" required>
                <option value="" disabled>Choose a specialty</option>
                {specialties.map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
              </select>
            )}
          </Field>
          {text("urDecisionDate", "UR decision date", { required: true, type: "date", max: today() })}
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-slate-800">Review type <span className="text-red-700" aria-hidden>*</span></legend>
            <div className="mt-2 flex flex-wrap gap-4 text-sm">
              {[["STANDARD", "Standard"], ["EXPEDITED", "Expedited (imminent, serious threat certified)"], ["FORMULARY", "Pharmacy formulary dispute"]].map(([value, label]) => (
                <label key={value} className="inline-flex items-center gap-2">
                  <input type="radio" name="reviewType" value={value} defaultChecked={value === "STANDARD"} className="size-4 accent-brand-600" />
                  {label}
                </label>
              ))}
            </div>
            {errors.reviewType ? <p className="mt-1 text-sm text-red-700">{errors.reviewType.join(" ")}</p> : null}
          </fieldset>
        </div>
      </Card>
      <Card title="Disputed items" actions={<Button type="button" variant="secondary" onClick={() => setItems([...items, ""])} disabled={items.length >= 20}>Add item</Button>}>
        <div className="space-y-3">
          {items.map((value, index) => (
            <div key={index} className="flex items-start gap-2">
              <div className="flex-1">
                <Field id={`items-${index}`} label={`Item ${index + 1}: treatment as requested`} required={index === 0} error={index === 0 ? errors.items : undefined}>
                  {(props) => <textarea {...props} name="items" rows={2} value={value} onChange={(e) => setItems(items.map((v, i) => (i === index ? e.target.value : v)))} />}
                </Field>
              </div>
              {items.length > 1 ? (
                <Button type="button" variant="secondary" className="mt-6" aria-label={`Remove item ${index + 1}`} onClick={() => setItems(items.filter((_, i) => i !== index))}>Remove</Button>
              ) : null}
            </div>
          ))}
        </div>
      </Card>
      <Button type="submit" pending={pending} pendingLabel="Creating case…">Create case</Button>
    </form>
  );
}
