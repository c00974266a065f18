"use client";
// Adds a board certification, or edits one (an edit that changes its facts clears its verification).
import type { ActionResult } from "@/lib/action-result.ts";
import { Field } from "@/components/ui/field.tsx";
import { RecordForm, formText } from "./record-form.tsx";

export type CertificationValues = {
  board: string;
  specialtyCode: string;
  subspecialty: string | null;
  expiresOn: string;
};

type Props = {
  /** { reviewerId } to add, { certificationId } to edit */
  target: Record<string, string>;
  values?: CertificationValues;
  specialties: { code: string; name: string }[];
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function CertificationForm({ target, values, specialties, save, onDone }: Props) {
  return (
    <RecordForm
      idKey="certificationId"
      prefix="certification"
      target={target}
      save={save}
      onDone={onDone}
      labels={{ add: "Add certification", save: "Save certification" }}
      notice={
        <p className="text-sm text-amber-900">
          Saving a change to the certification clears its verification; verify it again afterwards.
        </p>
      }
      toInput={(form) => ({
        board: formText(form, "board"),
        specialtyCode: formText(form, "specialtyCode"),
        subspecialty: formText(form, "subspecialty"),
        expiresOn: formText(form, "expiresOn"),
      })}
    >
      {({ id, errors }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              id={id("board")}
              label="Certifying board"
              error={errors.board}
              required
              hint="e.g. American Board of Physical Medicine and Rehabilitation"
            >
              {(props) => <input {...props} name="board" autoComplete="off" defaultValue={values?.board} />}
            </Field>
            <Field id={id("specialtyCode")} label="Specialty" error={errors.specialtyCode} required>
              {(props) => (
                <select {...props} name="specialtyCode" defaultValue={values?.specialtyCode ?? ""}>
                  <option value="" disabled>
                    Choose a specialty
                  </option>
                  {specialties.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={id("subspecialty")}
              label="Subspecialty"
              error={errors.subspecialty}
              hint="Optional, e.g. Interventional Spine"
            >
              {(props) => (
                <input {...props} name="subspecialty" autoComplete="off" defaultValue={values?.subspecialty ?? ""} />
              )}
            </Field>
            <Field id={id("expiresOn")} label="Expires on" error={errors.expiresOn} required>
              {(props) => <input {...props} name="expiresOn" type="date" defaultValue={values?.expiresOn} />}
            </Field>
          </div>
        </>
      )}
    </RecordForm>
  );
}
