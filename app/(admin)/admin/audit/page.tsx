import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listAuditEvents, type AuditPage } from "@/lib/audit-viewer/list-audit-events.ts";
import { AUDIT_EXPORT_CAP } from "@/lib/audit-viewer/export-audit-events.ts";
import { AppError } from "@/lib/errors.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { AuditFilters } from "@/components/audit/audit-filters.tsx";
import { AuditTable } from "@/components/audit/audit-table.tsx";
import { KeysetPager } from "@/components/audit/keyset-pager.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";

export const metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requireRole("ADMIN");
  const params = firstValues(await searchParams);
  let page: AuditPage | null = null;
  let errors: Record<string, string[]> = {};
  try {
    page = await listAuditEvents({ actor, input: params });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "VALIDATION")) throw error;
    errors = error.fieldErrors ?? {};
  }
  const exportHref = `/api/audit/export?${new URLSearchParams(page?.filters ?? {})}`;
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change, letter download and access attempt, newest first. Times are California time."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/access-lockouts" className={buttonClass("secondary")}>
              Party access lockouts
            </Link>
            {page ? (
              <a href={exportHref} className={buttonClass("secondary")} download>
                Export CSV
              </a>
            ) : null}
          </div>
        }
      />
      <AuditFilters params={params} errors={errors} />
      {page ? (
        <>
          <AuditTable rows={page.rows} />
          <KeysetPager
            filters={page.filters}
            newer={page.newer}
            older={page.older}
            shown={page.rows.length}
            count={page.count}
          />
          <p className="mt-2 text-xs text-slate-500">
            The CSV export holds the filtered events, newest first, up to {AUDIT_EXPORT_CAP.toLocaleString("en-US")}{" "}
            rows; narrow the dates for more. Each export is itself recorded here.
          </p>
        </>
      ) : (
        <Alert tone="error" title="These filters cannot be used">
          Correct the highlighted filters and try again.
        </Alert>
      )}
    </>
  );
}
