// The party case page's inbox: every notice, letter and request for information sent to this
// party, newest first, with its date and a "new" marker until the party opens it.
import type { Lang, PARTY_MESSAGES } from "@/lib/i18n/party-messages.ts";
import type { InboxItem } from "@/lib/parties/party-inbox.ts";
import { PARTY_LETTER_WORDS } from "@/components/letters/party-letter-words.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";

type Props = {
  items: InboxItem[];
  withWebVersion: Set<string>;
  lang: Lang;
  t: (typeof PARTY_MESSAGES)[Lang];
  format: (at: Date) => string;
};

export function PartyInbox({ items, withWebVersion, lang, t, format }: Props) {
  const words = PARTY_LETTER_WORDS[lang];
  return (
    <Card title={t.inbox.title}>
      <p className="mb-3 text-sm text-slate-600">{t.inbox.intro}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t.inbox.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="party-inbox">
          {items.map((item) => {
            const name = item.title ?? t.inbox.kinds.request;
            const documentId = item.key.startsWith("doc:") ? item.key.slice(4) : null;
            return (
              <li key={item.key} className="space-y-1 py-2 text-sm" data-inbox-item={item.key} data-new={item.isNew}>
                <div className="flex flex-wrap items-center gap-2">
                  {item.isNew ? <Badge tone="blue">{t.inbox.new}</Badge> : null}
                  <span className="text-xs font-medium uppercase tracking-wide text-slate-500">
                    {t.inbox.kinds[item.kind]}
                  </span>
                  <span className="text-xs text-slate-500">{t.inbox.sent(format(item.at))}</span>
                </div>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-medium" lang={item.title ? "en" : undefined}>
                    {name}
                  </span>
                  {item.kind === "request" ? (
                    <a className="font-semibold text-brand-700 underline" href={item.href}>
                      {t.inbox.open}
                      <span className="sr-only"> ({name})</span>
                    </a>
                  ) : (
                    <>
                      <a className="font-semibold text-brand-700 underline" href={item.href}>
                        {words.downloadPdf}
                        <span className="sr-only"> ({name})</span>
                      </a>
                      {documentId && withWebVersion.has(documentId) ? (
                        <a
                          className="font-semibold text-brand-700 underline"
                          href={`/access/case/letters/${documentId}`}
                        >
                          {words.readAsWebPage}
                          <span className="sr-only"> ({name})</span>
                        </a>
                      ) : null}
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
