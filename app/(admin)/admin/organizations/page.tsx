import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listOrganizations } from "@/lib/organizations/list-organizations.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { OrganizationFilters } from "@/components/organizations/organization-filters.tsx";
import { OrganizationTable } from "@/components/organizations/organization-table.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "Organizations" };

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const list = await listOrganizations({ actor: await requireRole("ADMIN"), query: params });
  return (
    <>
      <PageHeader
        title="Organizations"
        description="The directory of claims administrators, insurers, TPAs, employers, UR organizations, medical groups, facilities and manufacturers. Parties and reviewers' affiliations point here; an organization's other names and its parent count as the organization when conflicts are checked."
        actions={
          <Link href="/admin/organizations/new" className={buttonClass()}>
            Add organization
          </Link>
        }
      />
      <OrganizationFilters params={params} />
      <OrganizationTable {...list} params={params} />
    </>
  );
}
