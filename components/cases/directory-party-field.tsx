"use client";
// An organization of the application (employer, claims administrator, UR organization,
// medical group, facility, manufacturer): picked from the directory or typed, and a typed
// one may be added to the directory with the case.
import { CheckboxField } from "@/components/ui/field.tsx";
import { OrganizationPicker } from "@/components/organizations/organization-picker.tsx";
import type { OrganizationPartyKey } from "@/lib/cases/case-input.ts";

type DraftValues = Record<string, string | boolean | string[]>;

const str = (draft: DraftValues, name: string) => (typeof draft[name] === "string" ? (draft[name] as string) : "");

type Props = {
  partyKey: OrganizationPartyKey;
  label: string;
  /** how the add box names it to a screen reader ("the employer") */
  spoken: string;
  required?: boolean;
  hint?: string;
  draft: DraftValues;
  errors: Record<string, string[]>;
};

export function DirectoryPartyField({ partyKey, label, spoken, required, hint, draft, errors }: Props) {
  const nameKey = `${partyKey}Name`,
    idKey = `${partyKey}OrganizationId`,
    addKey = `${partyKey}AddToDirectory`;
  const error = [...(errors[nameKey] ?? []), ...(errors[idKey] ?? [])];
  return (
    <OrganizationPicker
      id={nameKey}
      name={nameKey}
      idName={idKey}
      label={label}
      required={required}
      hint={hint ?? "Type to search the directory, or type a new name."}
      defaultText={str(draft, nameKey)}
      defaultId={str(draft, idKey)}
      error={error.length ? error : undefined}
      after={({ pickedId, text }) =>
        !pickedId && text.trim() ? (
          <CheckboxField
            id={addKey}
            name={addKey}
            defaultChecked={draft[addKey] === true}
            error={errors[addKey]}
            label={
              <>
                Add <span className="sr-only">{spoken} </span>to the directory
              </>
            }
          />
        ) : null
      }
    />
  );
}
