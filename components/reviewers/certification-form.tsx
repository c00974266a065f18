"use client";
// Adds a board certification, or edits one (an edit that changes its facts clears its verification).
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type CertificationValues = { board: string; specialtyCode: string; subspecialty: string | null; expiresOn: string };

type Props = {
  /** { reviewerId } to add, { certificationId } to edit */
  target: Record<string, string>;
  values?: CertificationValues;
  specialties: { code: string; name: string }[];
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function CertificationForm({ target, values, specialties, save, onDone }: Props) {
  const editing = "certificationId" in target;
  const formRef = useRef<HTMLFormElement>(null);
  const { result, pending, run, errors } = useAction(save, {
    onSuccess: () => {
      if (!editing) formRef.current?.reset();
      onDone?.();
    },
  });
  const id = (name: string) => `certification-${target.certificationId ?? "new"}-${name}`;
  return (
    <form
      ref={formRef}
      noValidate
      className="mt-3 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const text = (name: string) => String(form.get(name) ?? "");
        run({ ...target, board: text("board"), specialtyCode: text("specialtyCode"), subspecialty: text("subspecialty"), expiresOn: text("expiresOn") });
      }}
    >
      <FormStatus result={result} />
      {editing ? <p className="text-sm text-amber-900">Saving a change to the certification clears its verification; verify it again afterwards.</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("board")} label="Certifying board" error={errors.board} required hint="e.g. American Board of Physical Medicine and Rehabilitation">
          {(props) => <input {...props} name="board" autoComplete="off" defaultValue={values?.board} />}
        </Field>
        <Field id={id("specialtyCode")} label="Specialty" error={errors.specialtyCode} required>
          {(props) => (
            <select {...props} name="specialtyCode" defaultValue={values?.specialtyCode ?? ""}>
              <option value="" disabled>Choose a specialty</option>
              {specialties.map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
            </select>
          )}
        </Field>
        <Field id={id("subspecialty")} label="Subspecialty" error={errors.subspecialty} hint="Optional, e.g. Interventional Spine">
          {(props) => <input {...props} name="subspecialty" autoComplete="off" defaultValue={values?.subspecialty ?? ""} />}
        </Field>
        <Field id={id("expiresOn")} label="Expires on" error={errors.expiresOn} required>
          {(props) => <input {...props} name="expiresOn" type="date" defaultValue={values?.expiresOn} />}
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">{editing ? "Save certification" : "Add certification"}</Button>
        {onDone ? <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>Cancel</Button> : null}
      </div>
    </form>
  );
}
