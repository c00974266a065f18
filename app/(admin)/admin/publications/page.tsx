import Link from "@/components/ui/link.tsx";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { adminPublicationsInput, COUNT_CAP, listPublications } from "@/lib/publication/admin-publications.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { PublicationFilters } from "@/components/publication/publication-filters.tsx";
import { PublicationTable } from "@/components/publication/publication-table.tsx";
import { retryPublicationAction, withdrawPublicationAction } from "./actions.ts";

export const metadata = { title: "Publications" };

export default async function PublicationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requireRole("ADMIN");
  const raw = firstValues(await searchParams);
  const valid = adminPublicationsInput.safeParse(raw);
  const params = valid.success ? raw : {};
  const list = await listPublications({ actor, input: params });
  const filters = valid.success ? valid.data : ({} as z.output<typeof adminPublicationsInput>);
  return (
    <>
      <PageHeader
        title="Publications"
        description="The redacted public copies of issued letters. A copy the redactor or the leak check was unsure of waits for a redaction review; a published one can be withdrawn with a reason."
        actions={
          <Link href="/decisions" className="text-sm font-medium text-brand-700 underline underline-offset-2">
            Public search
          </Link>
        }
      />
      {!valid.success ? (
        <div className="mb-4">
          <Alert tone="warning">Those filters were not understood; showing every publication.</Alert>
        </div>
      ) : null}
      {list.counts.NEEDS_REVIEW > 0 && filters.status !== "NEEDS_REVIEW" ? (
        <div className="mb-4">
          <Alert
            tone="warning"
            title={`${list.counts.NEEDS_REVIEW === 1 ? "One copy waits" : `${list.counts.NEEDS_REVIEW > COUNT_CAP ? `More than ${COUNT_CAP.toLocaleString("en-US")}` : list.counts.NEEDS_REVIEW} copies wait`} for a redaction review before publication.`}
          >
            <Link href="/admin/publications?status=NEEDS_REVIEW" className="font-medium underline underline-offset-2">
              Show the copies to review
            </Link>
          </Alert>
        </div>
      ) : null}
      {list.counts.BLOCKED > 0 && filters.status !== "BLOCKED" ? (
        <div className="mb-4">
          <Alert
            tone="error"
            title={`${list.counts.BLOCKED === 1 ? "One copy is" : `${list.counts.BLOCKED > COUNT_CAP ? `More than ${COUNT_CAP.toLocaleString("en-US")}` : list.counts.BLOCKED} copies are`} blocked by the leak check.`}
          >
            <Link href="/admin/publications?status=BLOCKED" className="font-medium underline underline-offset-2">
              Show the blocked copies
            </Link>
          </Alert>
        </div>
      ) : null}
      <PublicationFilters status={filters.status} caseNumber={filters.caseNumber} counts={list.counts} />
      <PublicationTable
        {...list}
        params={params}
        withdrawAction={withdrawPublicationAction}
        retryAction={retryPublicationAction}
      />
    </>
  );
}
