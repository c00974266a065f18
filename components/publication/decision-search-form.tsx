"use client";
// The public search's filters as a GET form (it works without JavaScript and keeps its state
// in the URL): words of the decision, case number, outcome, item decision, reviewer
// specialty, request category and sub-category, and three date ranges. A client component so
// that each response's RSC payload carries only its props (the query's values, the facet
// lists, the errors), not the form's whole element tree a second time beside the HTML; the
// markup itself comes once with the page's script (a static, cached file). Lean markup
// besides: each control inside its label, the controls' look given once on the form.
import Link from "@/components/ui/link.tsx";
import type { SearchFacets } from "@/lib/publication/search-facets.ts";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { OUTCOME_LABELS } from "./publication-badges.tsx";

type Props = { params: Record<string, string | undefined>; facets: SearchFacets; errors: Record<string, string[]> };

const DATE_RANGES = [
  ["decided", "Decision date"],
  ["received", "Application received"],
  ["injury", "Date of injury"],
] as const;

/** The controls' look, given once on the form rather than on each control. */
const CONTROLS =
  "[&_:is(input,select)]:mt-1 [&_:is(input,select)]:block [&_:is(input,select)]:w-full [&_:is(input,select)]:rounded-md [&_:is(input,select)]:bg-white [&_:is(input,select)]:px-2 [&_:is(input,select)]:py-1.5 [&_:is(input,select)]:font-normal [&_:is(input,select)]:ring-1 [&_:is(input,select)]:ring-slate-300 [&_:is(input,select)]:focus:ring-2 [&_:is(input,select)]:focus:ring-brand-600 [&_[aria-invalid]]:ring-red-600";

export function DecisionSearchForm({ params, facets, errors }: Props) {
  const value = (name: string) => params[name] ?? "";
  /** aria-invalid and aria-describedby of a control: its hint and its error. */
  const described = (name: string, hint = false) => {
    const error = errors[name]?.length ? `e-${name}` : null;
    const ids = [hint ? `h-${name}` : null, error].filter(Boolean).join(" ");
    // attributes left out rather than undefined (the RSC payload would carry each undefined)
    return { ...(error ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const error = (name: string) =>
    errors[name]?.length ? (
      <span id={`e-${name}`} className="block font-normal text-red-700">
        {errors[name].join(" ")}
      </span>
    ) : null;
  const select = (name: string, label: string, anyLabel: string, options: React.ReactNode) => (
    <div>
      <label>
        {label}
        <select name={name} defaultValue={value(name)} {...described(name)}>
          <option value="">{anyLabel}</option>
          {options}
        </select>
      </label>
      {error(name)}
    </div>
  );
  // an option without a value attribute submits its text
  const list = (values: string[]) => values.map((v, i) => <option key={i}>{v}</option>);
  const datesOpen = DATE_RANGES.some(
    ([key]) => value(`${key}From`) || value(`${key}To`) || errors[`${key}From`] || errors[`${key}To`],
  );

  return (
    <form
      method="get"
      action="/decisions"
      role="search"
      aria-label="Search published decisions"
      className={`space-y-4 rounded-lg bg-white p-4 text-sm font-medium text-slate-800 ring-1 ring-slate-200 sm:p-6 ${CONTROLS}`}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <label>
            Words in the decision
            <input type="search" name="q" defaultValue={value("q")} {...described("q", true)} />
          </label>
          <span id="h-q" className="block text-xs font-normal text-slate-500">
            For example: epidural injection. Put a phrase in quotes (&quot;physical therapy&quot;); put - before a word
            to leave it out.
          </span>
          {error("q")}
        </div>
        <div>
          <label>
            Case number
            <input
              name="caseNumber"
              defaultValue={value("caseNumber")}
              placeholder="CM24-0012345"
              autoCapitalize="characters"
              {...described("caseNumber", true)}
            />
          </label>
          <span id="h-caseNumber" className="block text-xs font-normal text-slate-500">
            All of it, or its beginning.
          </span>
          {error("caseNumber")}
        </div>
        {select(
          "outcome",
          "Outcome",
          "Any outcome",
          Object.entries(OUTCOME_LABELS).map(([v, [label]]) => (
            <option key={v} value={v}>
              {label}
            </option>
          )),
        )}
        {select("decision", "A disputed item was", "Upheld or overturned", [
          <option key="U" value="UPHELD">
            Upheld
          </option>,
          <option key="O" value="OVERTURNED">
            Overturned
          </option>,
        ])}
        {select("specialty", "Reviewer specialty", "Any specialty", list(facets.specialties))}
        {select("category", "Request category", "Any category", list(facets.categories))}
        {select("subcategory", "Request sub-category", "Any sub-category", list(facets.subcategories))}
      </div>
      <details open={datesOpen}>
        <summary className="cursor-pointer text-brand-700">Dates</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          {DATE_RANGES.map(([key, legend]) => (
            <fieldset key={key} className="grid grid-cols-2 gap-2">
              <legend className="mb-1">{legend}</legend>
              {(["From", "To"] as const).map((end) => (
                <div key={end} className="text-xs text-slate-600">
                  <label>
                    {end === "From" ? "From" : "Until"}
                    <input
                      type="date"
                      name={`${key}${end}`}
                      defaultValue={value(`${key}${end}`)}
                      {...described(`${key}${end}`)}
                    />
                  </label>
                  {error(`${key}${end}`)}
                </div>
              ))}
            </fieldset>
          ))}
        </div>
      </details>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass()}>
          Search
        </button>
        <Link href="/decisions" className={buttonClass("secondary")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
