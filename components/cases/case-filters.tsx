// Filters of a case list as a GET form: status and a search of the case and claim numbers
// and the employee's and claims administrator's names (accents, case and punctuation ignored).
import { CaseStatus } from "@/lib/db/generated/enums.ts";
import { inputClass } from "@/components/ui/field.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { STATUS_LABELS } from "./case-badges.tsx";

export function CaseFilters({ basePath, params }: { basePath: string; params: Record<string, string | undefined> }) {
  return (
    <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <div>
        <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">
          Search cases
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          className={`${inputClass} w-72 max-w-full`}
          aria-describedby="filter-q-hint"
          placeholder="Case or claim number, or a name"
        />
        <p id="filter-q-hint" className="sr-only">
          Case number, claim number, employee or claims administrator; accents, capitals and dashes do not matter.
        </p>
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-xs font-medium text-slate-600">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={`${inputClass} w-56`}>
          <option value="">Any status</option>
          {Object.values(CaseStatus).map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status][0]}
            </option>
          ))}
        </select>
      </div>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
    </form>
  );
}
