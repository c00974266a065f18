import { requireRole } from "@/lib/auth/current-actor.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { CaseTable } from "@/components/cases/case-table.tsx";
import { CaseFilters } from "@/components/cases/case-filters.tsx";
import { PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "Assignment queue" };

export default async function AdminQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = firstValues(await searchParams);
  const params = { ...raw, status: raw.status ?? "READY_FOR_ASSIGNMENT" };
  const list = await listCases({ actor: await requireRole("ADMIN"), query: params });
  return (
    <>
      <PageHeader title="Assignment queue" description="Cases by determination due date, earliest first. Open a case to assign a qualified reviewer." />
      <CaseFilters basePath="/admin" params={params} />
      <CaseTable
        {...list}
        sort={{ sort: list.query.sort, dir: list.query.dir }}
        basePath="/admin"
        params={params}
        caseHref={(id) => `/admin/cases/${id}`}
        emptyMessage="No cases in this state. Choose another status to see more."
      />
    </>
  );
}
