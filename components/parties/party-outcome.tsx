// The party case page's outcome: each disputed item in plain words ("Physical therapy:
// approved") and the party's last day to appeal, in the party's language.
import type { Lang, PARTY_MESSAGES } from "@/lib/i18n/party-messages.ts";
import { plainDecisionWord, type ItemDecision } from "@/lib/parties/plain-outcome.ts";
import { Card } from "@/components/ui/card.tsx";
import { isoLongDateIn } from "@/lib/filings/filing-dates.ts";

type Props = {
  items: { description: string; decision: ItemDecision }[];
  appeal: { lastDay: string; byMail: boolean };
  lang: Lang;
  t: (typeof PARTY_MESSAGES)[Lang];
};

export function PartyOutcome({ items, appeal, lang, t }: Props) {
  return (
    <Card title={t.outcome.title}>
      <p className="text-sm text-slate-600">{t.outcome.intro}</p>
      <ul className="mt-2 space-y-1" data-testid="party-outcome">
        {items.map((item, i) => (
          <li key={i} className="text-sm" data-decision={item.decision}>
            <span lang="en">{item.description.trim()}</span>:{" "}
            <strong className={item.decision === "OVERTURNED" ? "text-green-800" : "text-red-800"}>
              {plainDecisionWord(item.decision, lang)}
            </strong>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm" data-testid="appeal-deadline">
        {t.outcome.appeal(isoLongDateIn(lang, appeal.lastDay), appeal.byMail)}
      </p>
      <p className="mt-1 text-xs text-slate-600">{t.outcome.appealGrounds}</p>
    </Card>
  );
}
