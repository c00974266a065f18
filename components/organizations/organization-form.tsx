"use client";
// Adds or edits a directory entry: kind, name, other names (one per line), identifier,
// parent (picked from the directory), note. The server checks everything again.
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result.ts";
import { ORGANIZATION_KIND_LABELS, ORGANIZATION_KINDS } from "@/lib/organizations/organization-input.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { OrganizationPicker } from "./organization-picker.tsx";

export type OrganizationValues = {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  identifier: string | null;
  note: string | null;
  parent: { id: string; name: string } | null;
};

type Props = { values?: OrganizationValues; save: (input: unknown) => Promise<ActionResult<unknown>> };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export function OrganizationForm({ values, save }: Props) {
  const router = useRouter();
  const { result, pending, run, errors } = useAction(save, {
    onSuccess: (data) => {
      const created = (data as { organizationId?: string } | undefined)?.organizationId;
      if (!values && created) router.push(`/admin/organizations/${created}`);
    },
  });
  return (
    <form
      noValidate
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run({
          ...(values ? { organizationId: values.id } : {}),
          kind: text(form, "kind"),
          name: text(form, "name"),
          aliases: text(form, "aliases"),
          identifier: text(form, "identifier"),
          parentId: text(form, "parentId") || null,
          note: text(form, "note"),
        });
      }}
    >
      <FormStatus result={result} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="organization-name" label="Name" error={errors.name} required hint="As it is usually written.">
          {(props) => <input {...props} name="name" autoComplete="off" maxLength={200} defaultValue={values?.name} />}
        </Field>
        <Field id="organization-kind" label="Kind" error={errors.kind} required>
          {(props) => (
            <select {...props} name="kind" defaultValue={values?.kind ?? ""}>
              <option value="" disabled>
                Choose the kind
              </option>
              {ORGANIZATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ORGANIZATION_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="organization-aliases"
          label="Other names"
          error={errors.aliases}
          hint="One per line: abbreviations, former names, how it appears on letters."
        >
          {(props) => <textarea {...props} name="aliases" rows={4} defaultValue={values?.aliases.join("\n")} />}
        </Field>
        <div className="space-y-4">
          <Field
            id="organization-identifier"
            label="Identifier"
            error={errors.identifier}
            hint="NPI, FEIN or another number, if known."
          >
            {(props) => (
              <input
                {...props}
                name="identifier"
                autoComplete="off"
                maxLength={40}
                defaultValue={values?.identifier ?? ""}
              />
            )}
          </Field>
          <OrganizationPicker
            id="organization-parent"
            label="Part of (parent organization)"
            idName="parentId"
            hint="The insurer of a TPA, the group of a facility. Type to search; leave empty if none."
            defaultText={values?.parent?.name ?? ""}
            defaultId={values?.parent?.id ?? ""}
            error={errors.parentId}
          />
        </div>
        <div className="sm:col-span-2">
          <Field id="organization-note" label="Note" error={errors.note}>
            {(props) => <textarea {...props} name="note" rows={2} defaultValue={values?.note ?? ""} />}
          </Field>
        </div>
      </div>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        {values ? "Save organization" : "Add organization"}
      </Button>
    </form>
  );
}
