// Filters of the user list as a GET form: name or email, role, account state.
import { inputClass } from "@/components/ui/field.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

export function UserFilters({ params }: { params: Record<string, string | undefined> }) {
  const select = (id: string, label: string, options: [string, string][]) => (
    <div>
      <label htmlFor={`filter-${id}`} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={`filter-${id}`} name={id} defaultValue={params[id] ?? ""} className={`${inputClass} w-full sm:w-48`}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/admin/users"
      className="mb-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
      role="search"
    >
      <div>
        <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">
          Name or email
        </label>
        <input id="filter-q" name="q" defaultValue={params.q ?? ""} className={`${inputClass} w-full sm:w-60`} />
      </div>
      {select("role", "Role", [
        ["", "Any role"],
        ["INTAKE", "Intake"],
        ["ADMIN", "Admin"],
        ["REVIEWER", "Reviewer"],
      ])}
      {select("state", "Account", [
        ["", "Any"],
        ["active", "Active, not locked"],
        ["locked", "Locked"],
        ["disabled", "Disabled"],
        ["no_two_factor", "Two-factor off"],
      ])}
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
    </form>
  );
}
