// A case's history on the administrator's case page: its latest audit events in plain
// words, newest first (times in California time, each event's details in words), with the
// whole trail one link away in the audit viewer. The events are drawn by ./case-history-events.tsx.
import Link from "@/components/ui/link.tsx";
import type { CaseHistory } from "@/lib/audit-viewer/case-history.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";
import { CaseHistoryEvents } from "./case-history-events.tsx";

export function CaseHistoryCard({ history }: { history: CaseHistory }) {
  const all = `/admin/audit?${new URLSearchParams({ case: history.caseNumber })}`;
  return (
    <Card
      title="History"
      actions={
        <Link href={all} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          Open in the audit trail
        </Link>
      }
    >
      {history.events.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing has been recorded for this case yet.</p>
      ) : (
        <>
          <p className="mb-3 text-xs text-slate-600">Newest first; times are California time.</p>
          <CaseHistoryEvents
            label={`History of case ${history.caseNumber}, newest first`}
            events={history.events.map((event) => ({
              key: event.key,
              at: event.at.toISOString(),
              when: formatDateTime(event.at),
              line: `${event.who} ${event.words}.`,
              details: event.details,
            }))}
          />
        </>
      )}
      {history.more ? (
        <p className="mt-3 text-sm">
          <Link href={all} className="text-brand-700 underline-offset-2 hover:underline">
            See the whole history
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
