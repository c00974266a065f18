// The active reference list, in the order of evidence, for the reviewer's citation picker.
import { db } from "../db/client.ts";
import { EvidenceTier } from "../db/generated/enums.ts";
import { citationText, tierLabel } from "./starter-list.ts";

const TIER_ORDER = Object.values(EvidenceTier);

export type GuidelineOption = { id: string; tier: string; label: string; citation: string };

export async function listGuidelineOptions(): Promise<GuidelineOption[]> {
  const rows = await db().guideline.findMany({ where: { active: true } });
  return rows
    .sort(
      (a, b) =>
        TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
        a.source.localeCompare(b.source) ||
        a.title.localeCompare(b.title),
    )
    .map((g) => ({
      id: g.id,
      tier: tierLabel(g.tier),
      label: [g.source, g.title, g.section].filter(Boolean).join(" — ") + (g.pages ? ` (p. ${g.pages})` : ""),
      citation: citationText(g),
    }));
}
