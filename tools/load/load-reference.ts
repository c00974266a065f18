// The maintained lists every case refers to, loaded as the demo loads them (same contents,
// tools/demo and lib/intake), if missing: specialties and their similar pairs, treatment
// categories, the guideline reference list.
import type pg from "pg";
import { SIMILAR_SPECIALTIES, SPECIALTIES } from "../demo/specialties.ts";
import { STARTER_CATEGORIES } from "../../lib/intake/treatment-categories.ts";
import { STARTER_GUIDELINES } from "../../lib/guidelines/starter-list.ts";

export async function loadReferenceData(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "Specialty" ("code", "name") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
    [SPECIALTIES.map(([code]) => code), SPECIALTIES.map(([, name]) => name)],
  );
  const pairs = SIMILAR_SPECIALTIES.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]);
  await client.query(
    `INSERT INTO "SpecialtySimilarity" ("specialtyCode", "similarCode") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
    [pairs.map(([a]) => a), pairs.map(([, b]) => b)],
  );
  await client.query(
    `INSERT INTO "TreatmentCategory" ("id", "category", "subcategory")
     SELECT gen_random_uuid(), c, s FROM unnest($1::text[], $2::text[]) AS t(c, s) ON CONFLICT DO NOTHING`,
    [STARTER_CATEGORIES.map(([c]) => c), STARTER_CATEGORIES.map(([, s]) => s)],
  );
  await client.query(
    `INSERT INTO "Guideline" ("id", "tier", "source", "title", "section", "pages")
     SELECT gen_random_uuid(), tier::"EvidenceTier", source, title, section, pages
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(tier, source, title, section, pages)
      WHERE NOT EXISTS (SELECT 1 FROM "Guideline" g
                         WHERE g.source = t.source AND g.title = t.title AND g.section IS NOT DISTINCT FROM t.section)`,
    [
      STARTER_GUIDELINES.map((g) => g.tier),
      STARTER_GUIDELINES.map((g) => g.source),
      STARTER_GUIDELINES.map((g) => g.title),
      STARTER_GUIDELINES.map((g) => g.section ?? null),
      STARTER_GUIDELINES.map((g) => g.pages ?? null),
    ],
  );
}
