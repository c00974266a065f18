"use client";
// The field groups of the application form (DWC Form IMR), uncontrolled, with their
// saved-draft values and their errors (the form's own check as intake types, or the
// server's). Each date is one text box (./date-field.tsx). Rarely needed parts are folded
// away, and open by themselves when they hold an entry or an error.
import { useState } from "react";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { SERVED_PARTIES } from "@/lib/cases/case-input.ts";
import { DateField } from "./date-field.tsx";
import { DirectoryPartyField } from "./directory-party-field.tsx";

export type DraftValues = Record<string, string | boolean | string[]>;
type Errors = Record<string, string[]>;

const str = (draft: DraftValues, name: string) => (typeof draft[name] === "string" ? (draft[name] as string) : "");

export function TextField({
  name,
  label,
  draft,
  errors,
  required,
  hint,
  type = "text",
  inputMode,
  autoComplete,
}: {
  name: string;
  label: string;
  draft: DraftValues;
  errors: Errors;
  required?: boolean;
  hint?: string;
  type?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  autoComplete?: string;
}) {
  return (
    <Field id={name} label={label} error={errors[name]} required={required} hint={hint}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          aria-required={required || undefined}
          defaultValue={str(draft, name)}
        />
      )}
    </Field>
  );
}

export function ApplicationDateField({
  name,
  label,
  draft,
  errors,
  required,
  hint,
}: {
  name: string;
  label: string;
  draft: DraftValues;
  errors: Errors;
  required?: boolean;
  hint?: string;
}) {
  return (
    <DateField
      name={name}
      label={label}
      defaultValue={str(draft, name)}
      error={errors[name]}
      required={required}
      hint={hint}
    />
  );
}

export function SelectField({
  name,
  label,
  options,
  draft,
  errors,
  required,
  placeholder,
}: {
  name: string;
  label: string;
  options: [string, string][];
  draft: DraftValues;
  errors: Errors;
  required?: boolean;
  placeholder: string;
}) {
  return (
    <Field id={name} label={label} error={errors[name]} required={required}>
      {(props) => (
        <select {...props} name={name} aria-required={required || undefined} defaultValue={str(draft, name)}>
          <option value="">{placeholder}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckField({
  name,
  label,
  draft,
  errors,
  fallback,
}: {
  name: string;
  label: string;
  draft: DraftValues;
  errors: Errors;
  fallback: boolean;
}) {
  const checked = typeof draft[name] === "boolean" ? (draft[name] as boolean) : fallback;
  return (
    <div>
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          id={name}
          type="checkbox"
          name={name}
          defaultChecked={checked}
          className="size-4 accent-brand-600"
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `${name}-error` : undefined}
        />
        {label}
      </label>
      {errors[name] ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {errors[name].join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A folded part of the form: one Tab stop (its summary) while closed. Opens by itself when an
 * entry in it needs correcting (`mustOpen`), and stays as intake leaves it otherwise.
 */
export function Folded({
  summary,
  mustOpen,
  children,
}: {
  summary: React.ReactNode;
  mustOpen: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(mustOpen);
  return (
    <details open={open || mustOpen} onToggle={(event) => setOpen(event.currentTarget.open)} className="group">
      <summary className="cursor-pointer text-sm text-brand-700 underline">{summary}</summary>
      <div className="mt-4 space-y-4">{children}</div>
    </details>
  );
}

export function EmployeeAndClaim({ draft, errors }: { draft: DraftValues; errors: Errors }) {
  const f = { draft, errors };
  return (
    <Card title="Employee and claim">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="employeeName" label="Employee name" required autoComplete="off" {...f} />
        <ApplicationDateField name="employeeDateOfBirth" label="Date of birth" {...f} />
        <TextField name="employeeAddress" label="Employee address" autoComplete="off" {...f} />
        <TextField name="employeePhone" label="Employee phone" type="tel" autoComplete="off" {...f} />
        <SelectField
          name="employeeSex"
          label="Sex"
          placeholder="Not stated"
          options={[
            ["M", "Male"],
            ["F", "Female"],
            ["X", "Another"],
          ]}
          {...f}
        />
        <TextField
          name="representativeName"
          label="Employee's representative"
          hint="Leave empty if the employee has none."
          autoComplete="off"
          {...f}
        />
        <ApplicationDateField name="dateOfInjury" label="Date of injury" required {...f} />
        <DirectoryPartyField partyKey="employer" label="Employer" spoken="the employer" required {...f} />
        <DirectoryPartyField
          partyKey="claimsAdministrator"
          label="Claims administrator"
          spoken="the claims administrator"
          required
          {...f}
        />
        <TextField name="claimNumber" label="Claim number" required autoComplete="off" {...f} />
        <TextField name="claimsAdministratorAddress" label="Claims administrator address" autoComplete="off" {...f} />
      </div>
    </Card>
  );
}

export function RequestAndReview({
  draft,
  errors,
  specialties,
}: {
  draft: DraftValues;
  errors: Errors;
  specialties: { code: string; name: string }[];
}) {
  const f = { draft, errors };
  return (
    <Card title="Request and utilization review">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="requestingPhysicianName" label="Requesting physician" required autoComplete="off" {...f} />
        <TextField
          name="requestingPhysicianNpi"
          label="Physician NPI"
          hint="10 digits, if known."
          inputMode="numeric"
          autoComplete="off"
          {...f}
        />
        <TextField
          name="requestingPhysicianSpecialty"
          label="Physician's specialty (as written)"
          autoComplete="off"
          {...f}
        />
        <TextField name="requestingPhysicianAddress" label="Physician's address" autoComplete="off" {...f} />
        <DirectoryPartyField
          partyKey="medicalGroup"
          label="Physician's medical group"
          spoken="the medical group"
          hint="The group or clinic the physician practises with, if any. Type to search the directory."
          {...f}
        />
        <DirectoryPartyField
          partyKey="facility"
          label="Facility where the treatment would be given"
          spoken="the facility"
          hint="Hospital, surgery center or clinic, if known. Type to search the directory."
          {...f}
        />
        <DirectoryPartyField
          partyKey="manufacturer"
          label="Manufacturer of the drug or device"
          spoken="the manufacturer"
          hint="Only when a drug or device is disputed. Type to search the directory."
          {...f}
        />
        <SelectField
          name="specialtyCode"
          label="Specialty that treats the condition"
          required
          placeholder="Choose a specialty"
          options={specialties.map((s) => [s.code, s.name])}
          {...f}
        />
        <DirectoryPartyField
          partyKey="urOrganization"
          label="UR organization"
          spoken="the UR organization"
          hint="Who performed utilization review. Type to search the directory."
          {...f}
        />
        <TextField
          name="urReviewerName"
          label="UR reviewing physician"
          hint="The physician who signed the UR decision."
          autoComplete="off"
          {...f}
        />
        <TextField
          name="urReviewerNpi"
          label="NPI of the UR reviewer"
          hint="10 digits, if known."
          inputMode="numeric"
          autoComplete="off"
          {...f}
        />
        <ApplicationDateField name="urDecisionDate" label="UR decision date" required {...f} />
        <TextField
          name="urDecisionReference"
          label="UR decision reference"
          hint="The claims administrator's or UR organization's reference, printed on the letter."
          autoComplete="off"
          {...f}
        />
        <ApplicationDateField
          name="urDecisionServedOn"
          label="UR decision served on"
          hint="If later than the decision date."
          {...f}
        />
        <SelectField
          name="urServiceMethod"
          label="How the UR decision was served"
          placeholder="Unknown"
          options={[
            ["MAIL", "Mail"],
            ["ELECTRONIC", "Electronic (e-mail, portal)"],
            ["FAX", "Fax"],
            ["PERSONAL", "In person"],
          ]}
          {...f}
        />
        <SelectField
          name="urDecisionKind"
          label="Kind of UR decision"
          placeholder="Unknown"
          options={[
            ["MEDICAL_NECESSITY_DENIAL", "Denied for medical necessity"],
            ["MEDICAL_NECESSITY_MODIFICATION", "Modified for medical necessity"],
            ["CONDITIONAL_NON_CERTIFICATION", "Conditionally non-certified (missing information)"],
            ["OTHER", "Other"],
          ]}
          {...f}
        />
      </div>
    </Card>
  );
}

/**
 * How each party is served the notices and the letter: mail by default; e-mail or the portal
 * only with the party's consent. Folded away unless a party has asked otherwise or an entry
 * needs correcting.
 */
export function ServiceOfDocuments({ draft, errors }: { draft: DraftValues; errors: Errors }) {
  const f = { draft, errors };
  const names = [
    "representativeAddress",
    ...SERVED_PARTIES.flatMap(({ key }) => [`${key}ServiceMethod`, `${key}Email`, `${key}ElectronicConsent`]),
  ];
  const mustOpen = names.some(
    (name) =>
      errors[name] ||
      (typeof draft[name] === "string" && draft[name] !== "" && draft[name] !== "MAIL") ||
      draft[name] === true,
  );
  return (
    <Card title="Service of the notices and the letter">
      <Folded
        mustOpen={mustOpen}
        summary={
          <>
            Every party is served by mail unless you record otherwise here (e-mail or the portal need the party&apos;s
            consent).
          </>
        }
      >
        <TextField name="representativeAddress" label="Representative's address" autoComplete="off" {...f} />
        {SERVED_PARTIES.map(({ key, label }) => (
          <fieldset key={key} className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
            <legend className="px-1 text-sm font-medium">{label}</legend>
            <SelectField
              name={`${key}ServiceMethod`}
              label="Served by"
              placeholder="Mail (default)"
              options={[
                ["MAIL", "Mail"],
                ["EMAIL", "E-mail"],
                ["PORTAL", "Case portal"],
              ]}
              {...f}
            />
            <TextField name={`${key}Email`} label="E-mail" type="email" autoComplete="off" {...f} />
            <div className="self-end">
              <CheckField
                name={`${key}ElectronicConsent`}
                label="Consents to electronic service"
                fallback={false}
                {...f}
              />
            </div>
          </fieldset>
        ))}
      </Folded>
    </Card>
  );
}

/** When the application arrived: now unless told otherwise (folded: a date and time are many Tab stops). */
export function ReceivedAt({ draft, errors }: { draft: DraftValues; errors: Errors }) {
  const mustOpen = Boolean(errors.receivedAt || str(draft, "receivedAt"));
  return (
    <div className="sm:col-span-2">
      <Folded mustOpen={mustOpen} summary="Received before now? Record when (otherwise the case is received now)">
        <Field
          id="receivedAt"
          label="Received on"
          error={errors.receivedAt}
          hint="Date and time the application arrived (this computer's time). Leave empty for now."
        >
          {(props) => (
            <input {...props} name="receivedAt" type="datetime-local" defaultValue={str(draft, "receivedAt")} />
          )}
        </Field>
      </Folded>
    </div>
  );
}
