"use client";
// The events of a case's history, drawn from what the server has already put in words
// (./case-history-card.tsx): the page carries each event as a few strings, once, rather than
// its markup twice (HTML and the page's RSC payload): about 4 KB less on a decided case's page.
import type { AuditDetail } from "@/lib/audit-viewer/audit-details.ts";
import { AuditDetailsList } from "./audit-details-list.tsx";

/** One event in words: when (ISO instant and California time), who did what, and its details. */
export type HistoryEventView = { key: string; at: string; when: string; line: string; details: AuditDetail[] };

export function CaseHistoryEvents({ label, events }: { label: string; events: HistoryEventView[] }) {
  return (
    <ol className="history-list space-y-3" aria-label={label}>
      {events.map((event) => (
        <li key={event.key}>
          <time dateTime={event.at}>{event.when}</time>
          <span className="text-slate-900">{event.line}</span>
          <AuditDetailsList details={event.details} className="mt-1" />
        </li>
      ))}
    </ol>
  );
}
