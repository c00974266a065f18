// The administrators' publication list filters: one link per status with its count (as
// tabs), and a case number search that keeps the chosen status.
import Link from "@/components/ui/link.tsx";
import type { PublicationStatus } from "@/lib/db/generated/enums.ts";
import { COUNT_CAP, PUBLICATION_STATUSES } from "@/lib/publication/admin-publications.ts";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { inputClass } from "@/components/ui/field.tsx";
import { PUBLICATION_STATUS_LABEL } from "./publication-badges.tsx";

type Props = {
  status: PublicationStatus | undefined;
  caseNumber: string | undefined;
  counts: Record<PublicationStatus, number>;
};

export function PublicationFilters({ status, caseNumber, counts }: Props) {
  const href = (s: PublicationStatus | undefined) => {
    const query = new URLSearchParams();
    if (s) query.set("status", s);
    if (caseNumber) query.set("caseNumber", caseNumber);
    const qs = query.toString();
    return `/admin/publications${qs ? `?${qs}` : ""}`;
  };
  const total = PUBLICATION_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const tab = (s: PublicationStatus | undefined, label: string, count: number) => (
    <Link
      key={s ?? "all"}
      href={href(s)}
      aria-current={status === s ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ${status === s ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
    >
      {label}{" "}
      <span className="tabular-nums opacity-80">
        ({count > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : count.toLocaleString("en-US")})
      </span>
    </Link>
  );
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Publication status" className="flex flex-wrap gap-2">
        {tab(undefined, "All", total)}
        {PUBLICATION_STATUSES.map((s) => tab(s, PUBLICATION_STATUS_LABEL(s), counts[s]))}
      </nav>
      <form method="get" action="/admin/publications" role="search" className="flex items-end gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div>
          <label htmlFor="publications-case" className="block text-xs font-medium text-slate-600">
            Case number
          </label>
          <input
            id="publications-case"
            name="caseNumber"
            defaultValue={caseNumber ?? ""}
            placeholder="CM26-0000001"
            className={`${inputClass} w-44`}
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Find
        </button>
      </form>
    </div>
  );
}
