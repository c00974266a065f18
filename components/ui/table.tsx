// Server-rendered tables: sortable column headers and paging as plain links, so they
// work without JavaScript and keep their state in the URL.
import Link from "@/components/ui/link.tsx";

export type SortState = { sort: string; dir: "asc" | "desc" };

function hrefWith(basePath: string, params: Record<string, string | undefined>, patch: Record<string, string>): string {
  const merged = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...patch })) if (value) merged.set(key, value);
  return `${basePath}?${merged.toString()}`;
}

const HEADER_CLASS = "column-header";

/** `className`: extra classes, e.g. "hidden md:table-cell" for a column that phone-sized screens leave out (give its cells the same). */
export function SortHeader({
  label,
  column,
  state,
  basePath,
  params,
  className = "",
}: {
  label: string;
  column: string;
  state: SortState;
  basePath: string;
  params: Record<string, string | undefined>;
  className?: string;
}) {
  const active = state.sort === column;
  const nextDir = active && state.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (state.dir === "asc" ? "ascending" : "descending") : "none"}
      className={`${HEADER_CLASS} ${className}`.trim()}
    >
      <Link
        href={hrefWith(basePath, params, { sort: column, dir: nextDir, page: "1" })}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {label}
        <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>
          {active && state.dir === "desc" ? "▼" : "▲"}
        </span>
      </Link>
    </th>
  );
}

export function PlainHeader({ label, className = "" }: { label: string; className?: string }) {
  return (
    <th scope="col" className={`${HEADER_CLASS} ${className}`.trim()}>
      {label}
    </th>
  );
}

/** `totalIsCapped`: `total` is a lower bound (counting stopped there), shown as "more than". */
export function Pagination({
  page,
  pageSize,
  total,
  totalIsCapped = false,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  totalIsCapped?: boolean;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = "rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 pt-3 text-sm text-slate-600">
      <p>
        {total === 0
          ? "No results"
          : `${first}–${last} of ${totalIsCapped ? `more than ${total.toLocaleString("en-US")}` : total}`}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={hrefWith(basePath, params, { page: String(page - 1) })}>
            Previous
          </Link>
        ) : null}
        <span className="px-2 py-1.5" aria-current="page">
          Page {page}
          {totalIsCapped ? "" : ` of ${pages}`}
        </span>
        {page < pages ? (
          <Link className={link} href={hrefWith(basePath, params, { page: String(page + 1) })}>
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-8 text-center text-sm text-slate-500">
        {children}
      </td>
    </tr>
  );
}
