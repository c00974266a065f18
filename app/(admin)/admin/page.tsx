import { requireRole } from "@/lib/auth/current-actor.ts";
import { loadAdminQueue, QUEUE_DEFAULT_STATUS } from "@/lib/cases/admin-queue.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { CaseTable } from "@/components/cases/case-table.tsx";
import { CaseFilters } from "@/components/cases/case-filters.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { BatchAssignPanel } from "@/components/assignments/batch-assign-panel.tsx";
import { batchAssignAction } from "./actions.ts";

export const metadata = { title: "Assignment queue" };

export default async function AdminQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = firstValues(await searchParams);
  const params = { ...raw, status: raw.status ?? QUEUE_DEFAULT_STATUS };
  const { list, waitingTotal, latestRun } = await loadAdminQueue({ actor: await requireRole("ADMIN"), params });
  return (
    <>
      <PageHeader
        title="Assignment queue"
        description="Cases by determination due date, earliest first. Open a case to offer it to a qualified reviewer, or offer every waiting case at once."
      />
      <div className="mb-4">
        <BatchAssignPanel waiting={waitingTotal} latest={latestRun} run={batchAssignAction} />
      </div>
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
