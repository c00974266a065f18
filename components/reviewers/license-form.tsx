"use client";
// Adds a license, or edits one (an edit that changes its facts clears its verification).
import type { ActionResult } from "@/lib/action-result.ts";
import { CheckboxField, Field } from "@/components/ui/field.tsx";
import { RecordForm, formText } from "./record-form.tsx";

export type LicenseValues = { state: string; number: string; status: string; restricted: boolean; expiresOn: string };
const STATUSES: [string, string][] = [
  ["ACTIVE", "Active"],
  ["INACTIVE", "Inactive"],
  ["SUSPENDED", "Suspended"],
  ["REVOKED", "Revoked"],
  ["SURRENDERED", "Surrendered"],
];

type Props = {
  /** { reviewerId } to add, { licenseId } to edit */
  target: Record<string, string>;
  values?: LicenseValues;
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function LicenseForm({ target, values, save, onDone }: Props) {
  return (
    <RecordForm
      idKey="licenseId"
      prefix="license"
      target={target}
      save={save}
      onDone={onDone}
      labels={{ add: "Add license", save: "Save license" }}
      notice={
        <p className="text-sm text-amber-900">
          Saving a change to the license clears its verification; verify it again afterwards.
        </p>
      }
      toInput={(form) => ({
        state: formText(form, "state"),
        number: formText(form, "number"),
        status: formText(form, "status"),
        restricted: form.get("restricted") === "on",
        expiresOn: formText(form, "expiresOn"),
      })}
    >
      {({ id, errors }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-4">
            <Field id={id("state")} label="State" error={errors.state} required hint="Two letters, e.g. CA">
              {(props) => (
                <input
                  {...props}
                  name="state"
                  maxLength={2}
                  autoComplete="off"
                  defaultValue={values?.state ?? "CA"}
                  className={`${props.className} uppercase`}
                />
              )}
            </Field>
            <Field id={id("number")} label="License number" error={errors.number} required>
              {(props) => <input {...props} name="number" autoComplete="off" defaultValue={values?.number} />}
            </Field>
            <Field id={id("status")} label="Status" error={errors.status} required>
              {(props) => (
                <select {...props} name="status" defaultValue={values?.status ?? "ACTIVE"}>
                  {STATUSES.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={id("expiresOn")} label="Expires on" error={errors.expiresOn} required>
              {(props) => <input {...props} name="expiresOn" type="date" defaultValue={values?.expiresOn} />}
            </Field>
          </div>
          <CheckboxField
            id={id("restricted")}
            name="restricted"
            defaultChecked={values?.restricted}
            label="Restricted (probation, conditions or limits on practice)"
            error={errors.restricted}
          />
        </>
      )}
    </RecordForm>
  );
}
