import { requireRole } from "@/lib/auth/current-actor.ts";
import { getSpecialtyTable } from "@/lib/specialties/specialty-table.ts";
import { SimilarPairs } from "@/components/specialties/similar-pairs.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { addSimilarAction, removeSimilarAction } from "./actions.ts";

export const metadata = { title: "Specialties" };

export default async function SpecialtiesPage() {
  const table = await getSpecialtyTable({ actor: await requireRole("ADMIN") });
  return (
    <>
      <PageHeader
        title="Similar specialties"
        description="A reviewer board certified in a specialty may review the cases of a similar one (for example Physical Medicine & Rehabilitation and Pain Medicine for spine injections). Each pair works both ways."
      />
      <SimilarPairs
        specialties={table.specialties.map((s) => ({
          code: s.code,
          name: s.name,
          similar: s.similar.map((x) => x.name),
        }))}
        pairs={table.pairs.map(([a, b]) => ({ a: { code: a.code, name: a.name }, b: { code: b.code, name: b.name } }))}
        add={addSimilarAction}
        remove={removeSimilarAction}
      />
    </>
  );
}
