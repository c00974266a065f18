import { requireRole } from "@/lib/auth/current-actor.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { listMyOffers } from "@/lib/cases/list-offers.ts";
import { offerView } from "@/lib/cases/offer-view.ts";
import { listSpecialties } from "@/lib/cases/specialties.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { CaseTable } from "@/components/cases/case-table.tsx";
import { OfferCard } from "@/components/assignments/offer-card.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { respondToOfferAction } from "./actions.ts";

export const metadata = { title: "My cases" };

export default async function ReviewerCasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const actor = await requireRole("REVIEWER");
  const [list, offers, specialties] = await Promise.all([listCases({ actor, query: params, acceptedOnly: true }), listMyOffers({ actor }), listSpecialties()]);
  const nameOf = (code: string) => specialties.find((s) => s.code === code)?.name ?? code;
  return (
    <>
      <PageHeader title="My cases" description="Offers waiting for your answer, then the cases you accepted, by due date." />
      <section aria-labelledby="offers-heading" className="mb-8">
        <h2 id="offers-heading" className="mb-3 text-lg font-semibold">Offers waiting for you ({offers.length})</h2>
        {offers.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-sm text-slate-500 shadow-sm ring-1 ring-slate-200">No offers waiting. New cases offered to you appear here.</p>
        ) : (
          <div className="grid gap-4 xl:grid-cols-2">
            {offers.map((o) => <OfferCard key={o.id} offer={offerView(o, nameOf(o.case.specialtyCode))} respond={respondToOfferAction} />)}
          </div>
        )}
      </section>
      <h2 className="mb-3 text-lg font-semibold">Accepted cases</h2>
      <CaseTable
        {...list}
        sort={{ sort: list.query.sort, dir: list.query.dir }}
        basePath="/reviewer"
        params={params}
        caseHref={(id) => `/reviewer/cases/${id}`}
        emptyMessage="You have not accepted any case yet."
      />
    </>
  );
}
