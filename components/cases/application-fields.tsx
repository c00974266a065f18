// The field groups of the application form (DWC Form IMR), uncontrolled, with their
// saved-draft values and server-side errors.
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { SERVED_PARTIES } from "@/lib/cases/case-input.ts";
import { californiaToday } from "@/lib/format/dates.ts";
import { DirectoryPartyField } from "./directory-party-field.tsx";

export type DraftValues = Record<string, string | boolean | string[]>;
type Errors = Record<string, string[]>;

const today = () => californiaToday();
const str = (draft: DraftValues, name: string) => (typeof draft[name] === "string" ? (draft[name] as string) : "");

export function TextField({ name, label, draft, errors, required, hint, type = "text", max }: { name: string; label: string; draft: DraftValues; errors: Errors; required?: boolean; hint?: string; type?: string; max?: string }) {
  return (
    <Field id={name} label={label} error={errors[name]} required={required} hint={hint}>
      {(props) => <input {...props} name={name} type={type} max={max} required={required} defaultValue={str(draft, name)} />}
    </Field>
  );
}

export function SelectField({ name, label, options, draft, errors, required, placeholder }: { name: string; label: string; options: [string, string][]; draft: DraftValues; errors: Errors; required?: boolean; placeholder: string }) {
  return (
    <Field id={name} label={label} error={errors[name]} required={required}>
      {(props) => (
        <select {...props} name={name} defaultValue={str(draft, name)}>
          <option value="">{placeholder}</option>
          {options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
      )}
    </Field>
  );
}

export function CheckField({ name, label, draft, errors, fallback }: { name: string; label: string; draft: DraftValues; errors: Errors; fallback: boolean }) {
  const checked = typeof draft[name] === "boolean" ? (draft[name] as boolean) : fallback;
  return (
    <div>
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name={name} defaultChecked={checked} className="size-4 accent-brand-600" aria-describedby={errors[name] ? `${name}-error` : undefined} />
        {label}
      </label>
      {errors[name] ? <p id={`${name}-error`} className="text-sm text-red-700">{errors[name].join(" ")}</p> : null}
    </div>
  );
}

export function EmployeeAndClaim({ draft, errors }: { draft: DraftValues; errors: Errors }) {
  const f = { draft, errors };
  return (
    <Card title="Employee and claim">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="employeeName" label="Employee name" required {...f} />
        <TextField name="employeeDateOfBirth" label="Date of birth" type="date" max={today()} {...f} />
        <TextField name="employeeAddress" label="Employee address" {...f} />
        <TextField name="employeePhone" label="Employee phone" type="tel" {...f} />
        <SelectField name="employeeSex" label="Sex" placeholder="Not stated" options={[["M", "Male"], ["F", "Female"], ["X", "Another"]]} {...f} />
        <TextField name="representativeName" label="Employee's representative" hint="Leave empty if the employee has none." {...f} />
        <TextField name="dateOfInjury" label="Date of injury" required type="date" max={today()} {...f} />
        <DirectoryPartyField partyKey="employer" label="Employer" spoken="the employer" required {...f} />
        <DirectoryPartyField partyKey="claimsAdministrator" label="Claims administrator" spoken="the claims administrator" required {...f} />
        <TextField name="claimNumber" label="Claim number" required {...f} />
        <TextField name="claimsAdministratorAddress" label="Claims administrator address" {...f} />
      </div>
    </Card>
  );
}

export function RequestAndReview({ draft, errors, specialties }: { draft: DraftValues; errors: Errors; specialties: { code: string; name: string }[] }) {
  const f = { draft, errors };
  return (
    <Card title="Request and utilization review">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="requestingPhysicianName" label="Requesting physician" required {...f} />
        <TextField name="requestingPhysicianNpi" label="Physician NPI" hint="10 digits, if known." {...f} />
        <TextField name="requestingPhysicianSpecialty" label="Physician's specialty (as written)" {...f} />
        <TextField name="requestingPhysicianAddress" label="Physician's address" {...f} />
        <DirectoryPartyField partyKey="medicalGroup" label="Physician's medical group" spoken="the medical group" hint="The group or clinic the physician practises with, if any. Type to search the directory." {...f} />
        <DirectoryPartyField partyKey="facility" label="Facility where the treatment would be given" spoken="the facility" hint="Hospital, surgery center or clinic, if known. Type to search the directory." {...f} />
        <DirectoryPartyField partyKey="manufacturer" label="Manufacturer of the drug or device" spoken="the manufacturer" hint="Only when a drug or device is disputed. Type to search the directory." {...f} />
        <SelectField name="specialtyCode" label="Specialty that treats the condition" required placeholder="Choose a specialty" options={specialties.map((s) => [s.code, s.name])} {...f} />
        <DirectoryPartyField partyKey="urOrganization" label="UR organization" spoken="the UR organization" hint="Who performed utilization review. Type to search the directory." {...f} />
        <TextField name="urReviewerName" label="UR reviewing physician" hint="The physician who signed the UR decision." {...f} />
        <TextField name="urReviewerNpi" label="NPI of the UR reviewer" hint="10 digits, if known." {...f} />
        <TextField name="urDecisionDate" label="UR decision date" required type="date" max={today()} {...f} />
        <TextField name="urDecisionReference" label="UR decision reference" hint="The claims administrator's or UR organization's reference, printed on the letter." {...f} />
        <TextField name="urDecisionServedOn" label="UR decision served on" type="date" max={today()} hint="If later than the decision date." {...f} />
        <SelectField name="urServiceMethod" label="How the UR decision was served" placeholder="Unknown" options={[["MAIL", "Mail"], ["ELECTRONIC", "Electronic (e-mail, portal)"], ["FAX", "Fax"], ["PERSONAL", "In person"]]} {...f} />
        <SelectField name="urDecisionKind" label="Kind of UR decision" placeholder="Unknown" options={[["MEDICAL_NECESSITY_DENIAL", "Denied for medical necessity"], ["MEDICAL_NECESSITY_MODIFICATION", "Modified for medical necessity"], ["CONDITIONAL_NON_CERTIFICATION", "Conditionally non-certified (missing information)"], ["OTHER", "Other"]]} {...f} />
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
  const names = SERVED_PARTIES.flatMap(({ key }) => [`${key}ServiceMethod`, `${key}Email`, `${key}ElectronicConsent`]);
  const open = names.some((name) => errors[name] || (typeof draft[name] === "string" && draft[name] !== "" && draft[name] !== "MAIL") || draft[name] === true);
  return (
    <Card title="Service of the notices and the letter">
      <details open={open || undefined} className="group">
        <summary className="cursor-pointer text-sm text-brand-700 underline">
          Every party is served by mail unless you record otherwise here (e-mail or the portal need the party&apos;s consent).
        </summary>
        <div className="mt-4 space-y-4">
          <TextField name="representativeAddress" label="Representative's address" {...f} />
          {SERVED_PARTIES.map(({ key, label }) => (
            <fieldset key={key} className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
              <legend className="px-1 text-sm font-medium">{label}</legend>
              <SelectField name={`${key}ServiceMethod`} label="Served by" placeholder="Mail (default)" options={[["MAIL", "Mail"], ["EMAIL", "E-mail"], ["PORTAL", "Case portal"]]} {...f} />
              <TextField name={`${key}Email`} label="E-mail" type="email" {...f} />
              <div className="self-end"><CheckField name={`${key}ElectronicConsent`} label="Consents to electronic service" fallback={false} {...f} /></div>
            </fieldset>
          ))}
        </div>
      </details>
    </Card>
  );
}
