"use client";
// One disputed item: decision, claims administrator's guideline, the reviewer's citation
// (picked from the reference list in the order of evidence, or typed) and the rationale.
import type { GuidelineOption } from "@/lib/guidelines/list-guidelines.ts";
import { Card } from "@/components/ui/card.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";

export type ItemDraft = {
  disputedItemId: string;
  ordinal: number;
  description: string;
  decision: "UPHELD" | "OVERTURNED" | null;
  claimsAdminGuideline: string;
  reviewerGuideline: string;
  guidelineId: string | null;
  rationale: string;
};

type Props = {
  item: ItemDraft;
  index: number;
  guidelines: GuidelineOption[];
  errors: Record<string, string[]>;
  onChange: (patch: Partial<ItemDraft>) => void;
  disabled: boolean;
};

export function ItemEditor({ item, index, guidelines, errors, onChange, disabled }: Props) {
  const err = (field: string) => errors[`items.${index}.${field}`];
  const tiers = [...new Set(guidelines.map((g) => g.tier))];
  return (
    <Card title={`Item ${item.ordinal}`}>
      <p className="mb-4 text-sm font-medium text-slate-800">{item.description}</p>
      <fieldset className="space-y-4" disabled={disabled}>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">
            Decision{" "}
            <span className="text-red-700" aria-hidden>
              *
            </span>
          </legend>
          <div className="mt-2 flex flex-wrap gap-6 text-sm">
            {(
              [
                ["UPHELD", "Upheld (not medically necessary)"],
                ["OVERTURNED", "Overturned (medically necessary)"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="inline-flex items-center gap-2">
                <input
                  type="radio"
                  name={`decision-${index}`}
                  value={value}
                  checked={item.decision === value}
                  onChange={() => onChange({ decision: value })}
                  className="size-4 accent-brand-600"
                />
                {label}
              </label>
            ))}
          </div>
          {err("decision") ? <p className="mt-1 text-sm text-red-700">{err("decision")!.join(" ")}</p> : null}
        </fieldset>
        <Field
          id={`cag-${index}`}
          label="Claims administrator guideline (as stated in the UR decision)"
          error={err("claimsAdminGuideline")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={item.claimsAdminGuideline}
              onChange={(e) => onChange({ claimsAdminGuideline: e.target.value })}
            />
          )}
        </Field>
        <div className="space-y-1">
          <label htmlFor={`pick-${index}`} className="block text-sm font-medium text-slate-800">
            Pick a citation from the reference list
          </label>
          <select
            id={`pick-${index}`}
            className={inputClass}
            value={item.guidelineId ?? ""}
            onChange={(e) => {
              const picked = guidelines.find((g) => g.id === e.target.value);
              onChange(picked ? { guidelineId: picked.id, reviewerGuideline: picked.citation } : { guidelineId: null });
            }}
          >
            <option value="">None (type the citation below)</option>
            {tiers.map((tier) => (
              <optgroup key={tier} label={tier}>
                {guidelines
                  .filter((g) => g.tier === tier)
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Field
          id={`rg-${index}`}
          label="Your guideline citation (guideline, chapter or section, pages)"
          hint="Order of evidence: MTUS (with its adopted ACOEM chapters), then non-MTUS guidelines such as ODG, peer-reviewed evidence, national standards, expert opinion."
          error={err("reviewerGuideline")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={item.reviewerGuideline}
              onChange={(e) => onChange({ reviewerGuideline: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={`rationale-${index}`}
          label="Decision rationale"
          error={err("rationale")}
          required
          hint={`${item.rationale.trim().length} characters`}
        >
          {(props) => (
            <textarea
              {...props}
              rows={8}
              value={item.rationale}
              onChange={(e) => onChange({ rationale: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
    </Card>
  );
}
