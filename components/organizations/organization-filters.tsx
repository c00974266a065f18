// The directory's search as a GET form: name or other name, and kind.
import { inputClass } from "@/components/ui/field.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { ORGANIZATION_KIND_LABELS, ORGANIZATION_KINDS } from "@/lib/organizations/organization-input.ts";

export function OrganizationFilters({ params }: { params: Record<string, string | undefined> }) {
  return (
    <form
      method="get"
      action="/admin/organizations"
      className="mb-4 flex flex-wrap items-end gap-3"
      role="search"
      aria-label="Search the directory"
    >
      <div>
        <label htmlFor="organizations-q" className="block text-xs font-medium text-slate-600">
          Name or other name
        </label>
        <input
          id="organizations-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={200}
          className={`${inputClass} w-72`}
        />
      </div>
      <div>
        <label htmlFor="organizations-kind" className="block text-xs font-medium text-slate-600">
          Kind
        </label>
        <select id="organizations-kind" name="kind" defaultValue={params.kind ?? ""} className={`${inputClass} w-64`}>
          <option value="">Any kind</option>
          {ORGANIZATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ORGANIZATION_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
