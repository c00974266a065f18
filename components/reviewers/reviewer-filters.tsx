// Filters of the reviewer list as a GET form: name, email or license number; specialty;
// account; credential status.
import { inputClass } from "@/components/ui/field.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

type Props = { params: Record<string, string | undefined>; specialties: { code: string; name: string }[] };

export function ReviewerFilters({ params, specialties }: Props) {
  const select = (id: string, label: string, options: [string, string][]) => (
    <div>
      <label htmlFor={`filter-${id}`} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={`filter-${id}`} name={id} defaultValue={params[id] ?? ""} className={`${inputClass} w-full sm:w-52`}>
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
      action="/admin/reviewers"
      className="mb-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
      role="search"
    >
      <div>
        <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">
          Name, email or license number
        </label>
        <input id="filter-q" name="q" defaultValue={params.q ?? ""} className={`${inputClass} w-full sm:w-60`} />
      </div>
      {select("specialty", "Certified in", [
        ["", "Any specialty"],
        ...specialties.map((s): [string, string] => [s.code, s.name]),
      ])}
      {select("account", "Account", [
        ["", "Any"],
        ["active", "Active"],
        ["disabled", "Disabled"],
      ])}
      {select("credentials", "Credentials", [
        ["", "Any"],
        ["unverified", "Some unverified"],
        ["expiring", "Some expiring within 90 days"],
        ["expired", "Some expired"],
      ])}
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
    </form>
  );
}
