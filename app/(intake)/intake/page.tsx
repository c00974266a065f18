import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { CaseTable } from "@/components/cases/case-table.tsx";
import { CaseFilters } from "@/components/cases/case-filters.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

export const metadata = { title: "Cases" };

export default async function IntakeCasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const list = await listCases({
    actor: await requireRole("INTAKE", "ADMIN"),
    query: { ...params, sort: params.sort ?? "receivedAt", dir: params.dir ?? "desc" },
  });
  return (
    <>
      <PageHeader
        title="Cases"
        description="Every IMR application received, newest first."
        actions={
          <Link href="/intake/cases/new" className={buttonClass()}>
            New case
          </Link>
        }
      />
      <CaseFilters basePath="/intake" params={params} />
      <CaseTable
        {...list}
        sort={{ sort: list.query.sort, dir: list.query.dir }}
        basePath="/intake"
        params={params}
        caseHref={(id) => `/intake/cases/${id}`}
        emptyMessage="No cases match. Create one with “New case”."
      />
    </>
  );
}
