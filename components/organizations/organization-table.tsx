// The directory as a table: name, kind, other names, parent; paged.
import Link from "@/components/ui/link.tsx";
import type { OrganizationListRow } from "@/lib/organizations/list-organizations.ts";
import { ORGANIZATION_KIND_LABELS } from "@/lib/organizations/organization-input.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";

type Props = {
  rows: OrganizationListRow[];
  total: number;
  page: number;
  pageSize: number;
  params: Record<string, string | undefined>;
};

export function OrganizationTable({ rows, total, page, pageSize, params }: Props) {
  const filtered = Boolean(params.q || params.kind);
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Organizations (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Organizations in the directory</caption>
          <thead className="bg-slate-50">
            <tr>
              <PlainHeader label="Name" />
              <PlainHeader label="Kind" />
              <PlainHeader label="Other names" />
              <PlainHeader label="Part of" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <EmptyRow colSpan={4}>
                {filtered
                  ? "No organization matches this search."
                  : "The directory is empty. Add the first organization."}
              </EmptyRow>
            ) : null}
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/organizations/${row.id}`}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.name}
                  </Link>
                  {row.identifier ? <div className="font-mono text-xs text-slate-600">{row.identifier}</div> : null}
                </td>
                <td className="px-3 py-2">
                  <Badge>{ORGANIZATION_KIND_LABELS[row.kind]}</Badge>
                </td>
                <td className="px-3 py-2 text-slate-700">{row.aliases.length ? row.aliases.join("; ") : "—"}</td>
                <td className="px-3 py-2">
                  {row.parent ? (
                    <Link
                      href={`/admin/organizations/${row.parent.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {row.parent.name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/admin/organizations" params={params} />
    </div>
  );
}
