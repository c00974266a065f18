"use client";
// Adds a license, or edits one (an edit that changes its facts clears its verification).
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { CheckboxField, Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type LicenseValues = { state: string; number: string; status: string; restricted: boolean; expiresOn: string };
const STATUSES: [string, string][] = [["ACTIVE", "Active"], ["INACTIVE", "Inactive"], ["SUSPENDED", "Suspended"], ["REVOKED", "Revoked"]];

type Props = {
  /** { reviewerId } to add, { licenseId } to edit */
  target: Record<string, string>;
  values?: LicenseValues;
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function LicenseForm({ target, values, save, onDone }: Props) {
  const editing = "licenseId" in target;
  const formRef = useRef<HTMLFormElement>(null);
  const { result, pending, run, errors } = useAction(save, {
    onSuccess: () => {
      if (!editing) formRef.current?.reset();
      onDone?.();
    },
  });
  const id = (name: string) => `license-${target.licenseId ?? "new"}-${name}`;
  return (
    <form
      ref={formRef}
      noValidate
      className="mt-3 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const text = (name: string) => String(form.get(name) ?? "");
        run({ ...target, state: text("state"), number: text("number"), status: text("status"), restricted: form.get("restricted") === "on", expiresOn: text("expiresOn") });
      }}
    >
      <FormStatus result={result} />
      {editing ? <p className="text-sm text-amber-900">Saving a change to the license clears its verification; verify it again afterwards.</p> : null}
      <div className="grid gap-3 sm:grid-cols-4">
        <Field id={id("state")} label="State" error={errors.state} required hint="Two letters, e.g. CA">
          {(props) => <input {...props} name="state" maxLength={2} autoComplete="off" defaultValue={values?.state ?? "CA"} className={`${props.className} uppercase`} />}
        </Field>
        <Field id={id("number")} label="License number" error={errors.number} required>
          {(props) => <input {...props} name="number" autoComplete="off" defaultValue={values?.number} />}
        </Field>
        <Field id={id("status")} label="Status" error={errors.status} required>
          {(props) => (
            <select {...props} name="status" defaultValue={values?.status ?? "ACTIVE"}>
              {STATUSES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          )}
        </Field>
        <Field id={id("expiresOn")} label="Expires on" error={errors.expiresOn} required>
          {(props) => <input {...props} name="expiresOn" type="date" defaultValue={values?.expiresOn} />}
        </Field>
      </div>
      <CheckboxField id={id("restricted")} name="restricted" defaultChecked={values?.restricted} label="Restricted (probation, conditions or limits on practice)" error={errors.restricted} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">{editing ? "Save license" : "Add license"}</Button>
        {onDone ? <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>Cancel</Button> : null}
      </div>
    </form>
  );
}
