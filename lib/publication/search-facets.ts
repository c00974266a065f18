// The values offered by the public search's selects (reviewer specialty, category,
// sub-category): kept in PublishedFacetValue, where each published copy adds its own values
// in its publishing transaction, so drawing the form never reads the published decisions.
// A value stays offered once published (a later withdrawal may leave it with no results).
import { Prisma } from "../db/generated/client.ts";
import { dbRead } from "../db/read-client.ts";

export type SearchFacets = { specialties: string[]; categories: string[]; subcategories: string[] };

type FacetSource = { reviewerSpecialty: string; categories: string[]; subcategories: string[] };

const KINDS = { specialty: "specialties", category: "categories", subcategory: "subcategories" } as const;

/** Adds the values of published copies (each kept once). */
export async function recordFacetValues(
  tx: Pick<Prisma.TransactionClient, "publishedFacetValue">,
  sources: FacetSource[],
): Promise<void> {
  const data = sources.flatMap((s) => [
    { kind: "specialty", value: s.reviewerSpecialty },
    ...s.categories.map((value) => ({ kind: "category", value })),
    ...s.subcategories.map((value) => ({ kind: "subcategory", value })),
  ]);
  if (data.length > 0) await tx.publishedFacetValue.createMany({ data, skipDuplicates: true });
}

export async function searchFacets(reader = dbRead()): Promise<SearchFacets> {
  // in SQL: read on every search, where Prisma's per-query compilation costs more than the read
  const rows = await reader.$queryRaw<
    { kind: string; value: string }[]
  >`SELECT "kind", "value" FROM "PublishedFacetValue"`;
  const facets: SearchFacets = { specialties: [], categories: [], subcategories: [] };
  for (const row of rows) {
    const key = KINDS[row.kind as keyof typeof KINDS];
    if (key) facets[key].push(row.value);
  }
  for (const values of Object.values(facets)) values.sort((a, b) => a.localeCompare(b, "en"));
  return facets;
}
