import { requireRole } from "@/lib/auth/current-actor.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { listUsers } from "@/lib/users/list-users.ts";
import { UserFilters } from "@/components/users/user-filters.tsx";
import { UserTable } from "@/components/users/user-table.tsx";
import { PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const list = await listUsers({ actor: await requireRole("ADMIN"), query: params });
  return (
    <>
      <PageHeader
        title="Users"
        description="Staff and reviewer accounts: two-factor sign-in, locks after failed sign-ins, roles and access. Reviewers are added from the Reviewers page."
      />
      <UserFilters params={params} />
      <UserTable {...list} sort={{ sort: list.query.sort, dir: list.query.dir }} params={params} />
    </>
  );
}
