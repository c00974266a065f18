// Filters of a case list as a GET form: status and a case or claim number search.
import { CaseStatus } from "@/lib/db/generated/enums.ts";
import { inputClass } from "@/components/ui/field.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { STATUS_LABELS } from "./case-badges.tsx";

export function CaseFilters({ basePath, params }: { basePath: string; params: Record<string, string | undefined> }) {
  return (
    <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <div>
        <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">Case or claim number</label>
        <input id="filter-q" name="q" defaultValue={params.q ?? ""} className={`${inputClass} w-56`} placeholder="CM26-0000001" />
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-xs font-medium text-slate-600">Status</label>
        <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={`${inputClass} w-56`}>
          <option value="">Any status</option>
          {Object.values(CaseStatus).map((status) => <option key={status} value={status}>{STATUS_LABELS[status][0]}</option>)}
        </select>
      </div>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <button type="submit" className={buttonClass("secondary")}>Filter</button>
    </form>
  );
}
