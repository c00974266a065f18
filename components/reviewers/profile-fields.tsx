"use client";
// The practice and capacity fields, shared by the new-reviewer form and the profile form.
import { CheckboxField, Field } from "@/components/ui/field.tsx";

export type ProfileValues = {
  name: string;
  yearsInPractice: number;
  hoursPerWeek: number;
  disciplinaryHistory: boolean;
  maxOpenCases: number;
  maxCasesPerWeek: number;
};

export function profileFromForm(form: FormData) {
  return {
    name: String(form.get("name") ?? ""),
    yearsInPractice: String(form.get("yearsInPractice") ?? ""),
    hoursPerWeek: String(form.get("hoursPerWeek") ?? ""),
    disciplinaryHistory: form.get("disciplinaryHistory") === "on",
    maxOpenCases: String(form.get("maxOpenCases") ?? ""),
    maxCasesPerWeek: String(form.get("maxCasesPerWeek") ?? ""),
  };
}

export function ProfileFields({
  values,
  errors,
  idPrefix = "profile",
}: {
  values?: ProfileValues;
  errors: Record<string, string[]>;
  idPrefix?: string;
}) {
  const number = (name: keyof ProfileValues, label: string, hint?: string) => (
    <Field id={`${idPrefix}-${name}`} label={label} error={errors[name]} hint={hint} required>
      {(props) => (
        <input
          {...props}
          name={name}
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={values ? String(values[name]) : undefined}
        />
      )}
    </Field>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field
          id={`${idPrefix}-name`}
          label="Name"
          hint="As staff see it, for example Dr. Jane Doe. Letters never show it."
          error={errors.name}
          required
        >
          {(props) => <input {...props} name="name" autoComplete="off" defaultValue={values?.name} />}
        </Field>
      </div>
      {number("yearsInPractice", "Years in practice")}
      {number(
        "hoursPerWeek",
        "Hours a week in active practice",
        "Matching requires at least the set minimum (24 by default).",
      )}
      {number("maxOpenCases", "Open cases at once (limit)")}
      {number("maxCasesPerWeek", "Cases a week (limit)")}
      <div className="sm:col-span-2">
        <CheckboxField
          id={`${idPrefix}-disciplinaryHistory`}
          name="disciplinaryHistory"
          defaultChecked={values?.disciplinaryHistory}
          label="Has a disciplinary history (the reviewer is then never offered a case)"
          error={errors.disciplinaryHistory}
        />
      </div>
    </div>
  );
}
