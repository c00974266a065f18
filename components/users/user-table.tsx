// Staff accounts as a table: name and email, role, two-factor, state, last sign-in.
import Link from "@/components/ui/link.tsx";
import type { UserListRow } from "@/lib/users/list-users.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { EmptyRow, Pagination, PlainHeader, SortHeader, type SortState } from "@/components/ui/table.tsx";
import { AccountStateBadges, ROLE_LABEL, TwoFactorBadge } from "./user-badges.tsx";

type Props = {
  rows: UserListRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: SortState;
  params: Record<string, string | undefined>;
};

export function UserTable({ rows, total, page, pageSize, sort, params }: Props) {
  const header = { state: sort, basePath: "/admin/users", params };
  return (
    <div>
      <div
        tabIndex={0}
        role="region"
        aria-label="Users (scrolls sideways on narrow screens)"
        className="overflow-x-auto card"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-slate-50">
            <tr>
              <SortHeader label="Name" column="name" {...header} />
              <SortHeader label="Email" column="email" {...header} />
              <SortHeader label="Role" column="role" {...header} />
              <PlainHeader label="Two-factor" />
              <PlainHeader label="Account" />
              <PlainHeader label="Last sign-in" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={6}>No account matches these filters.</EmptyRow> : null}
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/users/${row.id}`}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.name}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{row.email}</td>
                <td className="px-3 py-2">{ROLE_LABEL[row.role]}</td>
                <td className="px-3 py-2">
                  <TwoFactorBadge on={row.totpEnabledAt !== null} />
                </td>
                <td className="px-3 py-2">
                  <AccountStateBadges user={row} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.lastSignInAt ? formatDateTime(row.lastSignInAt) : "Never"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/admin/users" params={params} />
    </div>
  );
}
