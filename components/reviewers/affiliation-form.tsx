"use client";
// Adds or edits an affiliation: kind, name (stored normalized too), identifier, note, and
// the directory organization it is with (optional; its other names and parents then count).
import type { ActionResult } from "@/lib/action-result.ts";
import { Field } from "@/components/ui/field.tsx";
import { OrganizationPicker } from "@/components/organizations/organization-picker.tsx";
import { RecordForm, formText } from "./record-form.tsx";

export type AffiliationValues = {
  kind: string;
  name: string;
  identifier: string | null;
  note: string | null;
  /** the directory entry, when the page knows it; an edit without it leaves the stored one unless changed */
  organizationId?: string | null;
  organizationName?: string | null;
};

type Props = {
  /** { reviewerId } to add, { affiliationId } to edit */
  target: Record<string, string>;
  values?: AffiliationValues;
  kinds: [string, string][];
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function AffiliationForm({ target, values, kinds, save, onDone }: Props) {
  return (
    <RecordForm
      idKey="affiliationId"
      prefix="affiliation"
      target={target}
      save={save}
      onDone={onDone}
      labels={{ add: "Add affiliation", save: "Save affiliation" }}
      toInput={(form) => ({
        kind: formText(form, "kind"),
        name: formText(form, "name"),
        identifier: formText(form, "identifier"),
        note: formText(form, "note"),
        ...(form.has("organizationId") ? { organizationId: formText(form, "organizationId") } : {}),
      })}
    >
      {({ id, errors }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={id("kind")} label="Kind" error={errors.kind} required>
              {(props) => (
                <select {...props} name="kind" defaultValue={values?.kind ?? ""}>
                  <option value="" disabled>
                    Choose the kind
                  </option>
                  {kinds.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={id("name")}
              label="Organization or person"
              error={errors.name}
              required
              hint="As it would appear on a case; compared without punctuation, titles or Inc./Co."
            >
              {(props) => <input {...props} name="name" autoComplete="off" defaultValue={values?.name} />}
            </Field>
            <Field
              id={id("identifier")}
              label="Identifier"
              error={errors.identifier}
              hint="NPI or tax ID, where one exists"
            >
              {(props) => (
                <input {...props} name="identifier" autoComplete="off" defaultValue={values?.identifier ?? ""} />
              )}
            </Field>
            <Field
              id={id("note")}
              label="Note"
              error={errors.note}
              hint="The nature of the tie, e.g. employed 2015-2019"
            >
              {(props) => <input {...props} name="note" autoComplete="off" defaultValue={values?.note ?? ""} />}
            </Field>
            <div className="sm:col-span-2">
              <OrganizationPicker
                id={id("organization")}
                label="Directory organization"
                idName="organizationId"
                hint={
                  values && values.organizationId === undefined
                    ? "Optional. Leave it to keep the current link; pick one to link this affiliation, or pick and clear to unlink."
                    : "Optional. Pick the organization from the directory so its other names and parent organizations count too."
                }
                defaultText={values?.organizationName ?? ""}
                defaultId={values?.organizationId ?? ""}
                sendOnlyWhenChanged={Boolean(values)}
                error={errors.organizationId}
              />
            </div>
          </div>
        </>
      )}
    </RecordForm>
  );
}
