// The party case page's requests for information: each with its due date ("overdue" past it)
// or the day it was answered, and a link to answer or read it.
import type { Lang, PARTY_MESSAGES } from "@/lib/i18n/party-messages.ts";
import type { PartyInformationRequest } from "@/lib/information-requests/party-information-requests.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";

type Props = {
  requests: PartyInformationRequest[];
  t: (typeof PARTY_MESSAGES)[Lang];
  formatDay: (at: Date) => string;
};

export function PartyRequests({ requests, t, formatDay }: Props) {
  return (
    <Card title={t.requests.title}>
      {requests.length === 0 ? (
        <p className="text-sm text-slate-600">{t.requests.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="party-requests">
          {requests.map((r) => (
            <li key={r.id} className="space-y-1 py-2 text-sm" data-request-id={r.id}>
              <p className="line-clamp-2 whitespace-pre-wrap text-slate-800" lang="en">
                {r.question}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                {r.answeredAt ? (
                  <Badge tone="green">{t.requests.answered(formatDay(r.answeredAt))}</Badge>
                ) : (
                  <>
                    {r.overdue ? <Badge tone="red">{t.requests.overdue}</Badge> : null}
                    <span className="font-medium">{t.requests.due(formatDay(r.dueAt))}</span>
                  </>
                )}
                <a className="font-semibold text-brand-700 underline" href={`/access/case/requests/${r.id}`}>
                  {r.answeredAt ? t.inbox.open : t.requests.send}
                  <span className="sr-only"> ({t.inbox.kinds.request})</span>
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
