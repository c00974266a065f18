// The outcome of a final determination in plain words, per disputed item, for the parties'
// page: an item the reviewer overturned (medically necessary: the treatment must be
// authorized, Labor Code 4610.6(c)) is "approved"; an upheld one (the utilization review
// decision stands) is "not approved". And each party's last day to appeal to the WCAB:
// 30 days after service, 35 when served by mail (Labor Code 4610.6(h); Code Civ. Proc. 1013(a);
// the rule of lib/determinations/letter/proof-of-service.ts).
import { appealDeadline, effectiveServiceMethod } from "../determinations/letter/proof-of-service.ts";
import type { Lang } from "../i18n/party-messages.ts";

export type ItemDecision = "UPHELD" | "OVERTURNED";

const WORDS: Record<Lang, Record<ItemDecision, string>> = {
  en: { OVERTURNED: "approved", UPHELD: "not approved" },
  es: { OVERTURNED: "aprobado", UPHELD: "no aprobado" },
};

/** "Physical therapy: approved" / "Fisioterapia: no aprobado". */
export function plainOutcome(item: { description: string; decision: ItemDecision }, lang: Lang): string {
  return `${item.description.trim()}: ${WORDS[lang][item.decision]}`;
}

export function plainDecisionWord(decision: ItemDecision, lang: Lang): string {
  return WORDS[lang][decision];
}

/** The party's last day to appeal a letter issued at `issuedAt` (a California date), and whether it was mailed. */
export function partyAppealDeadline(
  issuedAt: Date,
  party: { serviceMethod: "MAIL" | "EMAIL" | "PORTAL"; electronicServiceConsent: boolean; email: string | null },
): { lastDay: string; byMail: boolean } {
  const method = effectiveServiceMethod(party);
  return { lastDay: appealDeadline(issuedAt, method), byMail: method === "MAIL" };
}
