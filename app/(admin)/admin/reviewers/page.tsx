import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listSpecialties } from "@/lib/cases/specialties.ts";
import { listReviewers } from "@/lib/reviewers/list-reviewers.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { ReviewerFilters } from "@/components/reviewers/reviewer-filters.tsx";
import { ReviewerTable } from "@/components/reviewers/reviewer-table.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { PageHeader } from "@/components/ui/card.tsx";

export const metadata = { title: "Reviewers" };

export default async function ReviewersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const actor = await requireRole("ADMIN");
  const [list, specialties] = await Promise.all([listReviewers({ actor, query: params }), listSpecialties()]);
  return (
    <>
      <PageHeader
        title="Reviewers"
        description="The physician panel: credentials and their verification, affiliations, practice and capacity. Only verified, current credentials count for matching."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/reviewers/expiring" className={buttonClass("secondary")}>
              Expiring credentials
            </Link>
            <Link href="/admin/reviewers/new" className={buttonClass()}>
              Add reviewer
            </Link>
          </div>
        }
      />
      <ReviewerFilters params={params} specialties={specialties} />
      <ReviewerTable {...list} sort={{ sort: list.query.sort, dir: list.query.dir }} params={params} />
    </>
  );
}
