import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { listCompletedReviews } from "@/lib/cases/list-completed-reviews.ts";
import { listMyOffers } from "@/lib/cases/list-offers.ts";
import { offerView } from "@/lib/cases/offer-view.ts";
import { listSpecialties } from "@/lib/cases/specialties.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { CaseTable } from "@/components/cases/case-table.tsx";
import { CompletedReviewsTable } from "@/components/cases/completed-reviews-table.tsx";
import { OfferCard } from "@/components/assignments/offer-card.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { respondToOfferAction } from "./actions.ts";

export const metadata = { title: "My cases" };

const caseHref = (id: string) => `/reviewer/cases/${id}`;

function ViewTabs({ completed }: { completed: boolean }) {
  const tab = (active: boolean) =>
    `rounded-t-md border-b-2 px-3 py-2 text-sm font-semibold ${active ? "border-brand-700 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`;
  return (
    <nav aria-label="Your cases" className="mb-3 flex gap-2 border-b border-slate-200">
      <Link href="/reviewer" className={tab(!completed)} aria-current={completed ? undefined : "page"}>
        Open reviews
      </Link>
      <Link href="/reviewer?view=completed" className={tab(completed)} aria-current={completed ? "page" : undefined}>
        Completed reviews
      </Link>
    </nav>
  );
}

export default async function ReviewerCasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const completed = params.view === "completed";
  const actor = await requireRole("REVIEWER");
  const [open, done, offers] = await Promise.all([
    completed ? null : listCases({ actor, query: params, openOnly: true }),
    completed ? listCompletedReviews({ actor, query: params }) : null,
    listMyOffers({ actor }),
  ]);
  // the specialties' names are for the offer cards only
  const specialties = offers.length > 0 ? await listSpecialties() : [];
  const nameOf = (code: string) => specialties.find((s) => s.code === code)?.name ?? code;
  return (
    <>
      <PageHeader
        title="My cases"
        description="Offers waiting for your answer, then your open reviews by due date; completed reviews are kept apart."
      />
      <section aria-labelledby="offers-heading" className="mb-8">
        <h2 id="offers-heading" className="mb-3 text-lg font-semibold">
          Offers waiting for you ({offers.length})
        </h2>
        {offers.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-sm text-slate-500 shadow-sm ring-1 ring-slate-200">
            No offers waiting. New cases offered to you appear here.
          </p>
        ) : (
          <div className="grid gap-4 xl:grid-cols-2">
            {offers.map((o) => (
              <OfferCard key={o.id} offer={offerView(o, nameOf(o.case.specialtyCode))} respond={respondToOfferAction} />
            ))}
          </div>
        )}
      </section>
      <h2 className="sr-only">Your cases</h2>
      <ViewTabs completed={completed} />
      {open ? (
        <CaseTable
          {...open}
          sort={{ sort: open.query.sort, dir: open.query.dir }}
          basePath="/reviewer"
          params={params}
          caseHref={caseHref}
          emptyMessage="No open review. Cases you accept appear here until their letter is issued."
        />
      ) : null}
      {done ? <CompletedReviewsTable {...done} basePath="/reviewer" params={params} caseHref={caseHref} /> : null}
    </>
  );
}
