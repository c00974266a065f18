// The starting contents of the guideline reference list, in the order of evidence
// (Labor Code 4610.5(c)(2); 8 CCR 9792.21.1): MTUS with its adopted ACOEM chapters first,
// then non-MTUS guidelines (ODG), then the lower tiers. Editable in the Guideline table.
import type { EvidenceTier } from "../db/generated/enums.ts";

export type GuidelineEntry = { tier: EvidenceTier; source: string; title: string; section?: string; pages?: string };

export const STARTER_GUIDELINES: GuidelineEntry[] = [
  { tier: "MTUS", source: "MTUS ACOEM", title: "Chapter 8 Neck and Upper Back Complaints", pages: "174-181" },
  { tier: "MTUS", source: "MTUS ACOEM", title: "Chapter 9 Shoulder Complaints", pages: "200-214" },
  { tier: "MTUS", source: "MTUS ACOEM", title: "Chapter 12 Low Back Complaints", pages: "298-310" },
  { tier: "MTUS", source: "MTUS ACOEM", title: "Chapter 13 Knee Complaints", pages: "331-346" },
  {
    tier: "MTUS",
    source: "MTUS",
    title: "Chronic Pain Medical Treatment Guidelines",
    section: "Opioids, criteria for use",
    pages: "76-80",
  },
  {
    tier: "MTUS",
    source: "MTUS",
    title: "Chronic Pain Medical Treatment Guidelines",
    section: "Epidural steroid injections (ESIs)",
    pages: "46",
  },
  {
    tier: "MTUS",
    source: "MTUS",
    title: "Chronic Pain Medical Treatment Guidelines",
    section: "Physical Medicine",
    pages: "98-99",
  },
  { tier: "MTUS", source: "MTUS", title: "Drug Formulary", section: "8 CCR 9792.27.1 et seq." },
  {
    tier: "NON_MTUS_GUIDELINE",
    source: "Official Disability Guidelines (ODG)",
    title: "Neck and Upper Back",
    section: "Facet joint diagnostic blocks",
  },
  {
    tier: "NON_MTUS_GUIDELINE",
    source: "Official Disability Guidelines (ODG)",
    title: "Low Back",
    section: "Epidural steroid injections (ESIs), therapeutic",
  },
  {
    tier: "NON_MTUS_GUIDELINE",
    source: "Official Disability Guidelines (ODG)",
    title: "Pain (Chronic)",
    section: "Opioids for chronic pain",
  },
  { tier: "PEER_REVIEWED", source: "Peer-reviewed literature", title: "Peer-reviewed scientific and medical evidence" },
  {
    tier: "PROFESSIONAL_STANDARD",
    source: "Professional standards",
    title: "Nationally recognized professional standards",
  },
  { tier: "EXPERT_OPINION", source: "Expert opinion", title: "Expert opinion" },
  {
    tier: "GENERALLY_ACCEPTED",
    source: "Standards of practice",
    title: "Generally accepted standards of medical practice",
  },
];

const TIER_LABELS: Record<EvidenceTier, string> = {
  MTUS: "MTUS",
  NON_MTUS_GUIDELINE: "Non-MTUS guideline",
  PEER_REVIEWED: "Peer-reviewed evidence",
  PROFESSIONAL_STANDARD: "Professional standards",
  EXPERT_OPINION: "Expert opinion",
  GENERALLY_ACCEPTED: "Generally accepted standards",
};

export const tierLabel = (tier: EvidenceTier) => TIER_LABELS[tier];

/** How a guideline reads in a letter, in the style of published determinations. */
export function citationText(g: {
  tier: EvidenceTier;
  source: string;
  title: string;
  section: string | null;
  pages: string | null;
}): string {
  const body = [g.source, g.title, g.section].filter(Boolean).join(", ") + (g.pages ? ` Page(s): ${g.pages}` : "");
  return g.tier === "MTUS"
    ? `Decision based on ${body}.`
    : g.tier === "NON_MTUS_GUIDELINE"
      ? `Decision based on Non-MTUS Citation ${body}.`
      : `Decision based on ${body}.`;
}
