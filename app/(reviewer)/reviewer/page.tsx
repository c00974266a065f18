import { requireRole } from "@/lib/auth/current-actor.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { CaseTable } from "@/components/cases/case-table.tsx";
import { PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "My cases" };

export default async function ReviewerCasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const list = await listCases({ actor: await requireRole("REVIEWER"), query: params });
  return (
    <>
      <PageHeader title="My cases" description="Cases assigned to you, by due date." />
      <CaseTable
        {...list}
        sort={{ sort: list.query.sort, dir: list.query.dir }}
        basePath="/reviewer"
        params={params}
        caseHref={(id) => `/reviewer/cases/${id}`}
        emptyMessage="No cases are assigned to you yet."
      />
    </>
  );
}
