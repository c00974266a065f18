import { db } from "../../lib/db/client.ts";
import { STARTER_GUIDELINES } from "../../lib/guidelines/starter-list.ts";

export async function seedGuidelines(): Promise<void> {
  await db().guideline.createMany({
    data: STARTER_GUIDELINES.map((g) => ({
      tier: g.tier,
      source: g.source,
      title: g.title,
      section: g.section ?? null,
      pages: g.pages ?? null,
    })),
    skipDuplicates: true,
  });
}
