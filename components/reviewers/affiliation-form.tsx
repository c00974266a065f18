"use client";
// Adds or edits an affiliation: kind, name (stored normalized too), identifier, note.
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type AffiliationValues = { kind: string; name: string; identifier: string | null; note: string | null };

type Props = {
  /** { reviewerId } to add, { affiliationId } to edit */
  target: Record<string, string>;
  values?: AffiliationValues;
  kinds: [string, string][];
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function AffiliationForm({ target, values, kinds, save, onDone }: Props) {
  const editing = "affiliationId" in target;
  const formRef = useRef<HTMLFormElement>(null);
  const { result, pending, run, errors } = useAction(save, {
    onSuccess: () => {
      if (!editing) formRef.current?.reset();
      onDone?.();
    },
  });
  const id = (name: string) => `affiliation-${target.affiliationId ?? "new"}-${name}`;
  return (
    <form
      ref={formRef}
      noValidate
      className="mt-3 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const text = (name: string) => String(form.get(name) ?? "");
        run({ ...target, kind: text("kind"), name: text("name"), identifier: text("identifier"), note: text("note") });
      }}
    >
      <FormStatus result={result} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("kind")} label="Kind" error={errors.kind} required>
          {(props) => (
            <select {...props} name="kind" defaultValue={values?.kind ?? ""}>
              <option value="" disabled>Choose the kind</option>
              {kinds.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          )}
        </Field>
        <Field id={id("name")} label="Organization or person" error={errors.name} required hint="As it would appear on a case; compared without punctuation, titles or Inc./Co.">
          {(props) => <input {...props} name="name" autoComplete="off" defaultValue={values?.name} />}
        </Field>
        <Field id={id("identifier")} label="Identifier" error={errors.identifier} hint="NPI or tax ID, where one exists">
          {(props) => <input {...props} name="identifier" autoComplete="off" defaultValue={values?.identifier ?? ""} />}
        </Field>
        <Field id={id("note")} label="Note" error={errors.note} hint="The nature of the tie, e.g. employed 2015-2019">
          {(props) => <input {...props} name="note" autoComplete="off" defaultValue={values?.note ?? ""} />}
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">{editing ? "Save affiliation" : "Add affiliation"}</Button>
        {onDone ? <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>Cancel</Button> : null}
      </div>
    </form>
  );
}
