// The public search's filters as a GET form (it works without JavaScript and keeps its state
// in the URL): words of the decision, case number, outcome, item decision, reviewer
// specialty, request category and sub-category, and three date ranges.
import Link from "next/link";
import type { SearchFacets } from "@/lib/publication/search-facets.ts";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { Field, inputClass } from "@/components/ui/field.tsx";
import { OUTCOME_LABELS } from "./publication-badges.tsx";

type Props = { params: Record<string, string | undefined>; facets: SearchFacets; errors: Record<string, string[]> };

const DATE_RANGES = [
  ["decided", "Decision date"],
  ["received", "Application received"],
  ["injury", "Date of injury"],
] as const;

export function DecisionSearchForm({ params, facets, errors }: Props) {
  const value = (name: string) => params[name] ?? "";
  const select = (name: string, label: string, anyLabel: string, options: [string, string][]) => (
    <Field id={`search-${name}`} label={label} error={errors[name]}>
      {(props) => (
        <select {...props} name={name} defaultValue={value(name)}>
          <option value="">{anyLabel}</option>
          {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
        </select>
      )}
    </Field>
  );
  const list = (values: string[]): [string, string][] => values.map((v) => [v, v]);
  const datesOpen = DATE_RANGES.some(([key]) => value(`${key}From`) || value(`${key}To`) || errors[`${key}From`] || errors[`${key}To`]);

  return (
    <form method="get" action="/decisions" role="search" aria-label="Search published decisions" className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <Field id="search-q" label="Words in the decision" hint={'For example: epidural injection. Put a phrase in quotes ("physical therapy"); put - before a word to leave it out.'} error={errors.q}>
            {(props) => <input {...props} type="search" name="q" defaultValue={value("q")} />}
          </Field>
        </div>
        <Field id="search-caseNumber" label="Case number" hint="All of it, or its beginning." error={errors.caseNumber}>
          {(props) => <input {...props} name="caseNumber" defaultValue={value("caseNumber")} placeholder="CM24-0012345" autoCapitalize="characters" />}
        </Field>
        {select("outcome", "Outcome", "Any outcome", Object.entries(OUTCOME_LABELS).map(([v, [label]]) => [v, label]))}
        {select("decision", "A disputed item was", "Upheld or overturned", [["UPHELD", "Upheld"], ["OVERTURNED", "Overturned"]])}
        {select("specialty", "Reviewer specialty", "Any specialty", list(facets.specialties))}
        {select("category", "Request category", "Any category", list(facets.categories))}
        {select("subcategory", "Request sub-category", "Any sub-category", list(facets.subcategories))}
      </div>
      <details open={datesOpen} className="group">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Dates</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          {DATE_RANGES.map(([key, legend]) => (
            <fieldset key={key} className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">{legend}</legend>
              <div className="grid grid-cols-2 gap-2">
                {(["From", "To"] as const).map((end) => (
                  <div key={end}>
                    <label htmlFor={`search-${key}${end}`} className="block text-xs text-slate-600">{end === "From" ? "From" : "Until"}</label>
                    <input
                      id={`search-${key}${end}`}
                      type="date"
                      name={`${key}${end}`}
                      defaultValue={value(`${key}${end}`)}
                      aria-invalid={errors[`${key}${end}`]?.length ? true : undefined}
                      aria-describedby={errors[`${key}${end}`]?.length ? `search-${key}${end}-error` : undefined}
                      className={inputClass}
                    />
                    {errors[`${key}${end}`]?.length ? <p id={`search-${key}${end}-error`} className="text-sm text-red-700">{errors[`${key}${end}`].join(" ")}</p> : null}
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass()}>Search</button>
        <Link href="/decisions" className={buttonClass("secondary")}>Clear</Link>
      </div>
    </form>
  );
}
