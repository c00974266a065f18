// One page of audit events: when (California time), who, what, on which record and case,
// from where, and the payload in words (lib/audit-viewer/audit-details.ts; the CSV export keeps it
// raw). Server-rendered; scrolls sideways on a phone.
import Link from "@/components/ui/link.tsx";
import type { AuditEventView } from "@/lib/audit-viewer/audit-rows.ts";
import { staffRoleLabel } from "@/lib/audit-viewer/audit-format.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { isUuid } from "@/lib/format/ids.ts";
import { EmptyRow, PlainHeader } from "@/components/ui/table.tsx";
import { AuditDetailsList } from "./audit-details-list.tsx";

const shortId = (id: string) => (id.length > 14 ? `${id.slice(0, 8)}…` : id);

/** Records with a page of their own, by the audit row's entity type. */
const RECORD_PAGES: Record<string, (id: string) => string> = {
  Case: (id) => `/admin/cases/${id}`,
  ReviewerProfile: (id) => `/admin/reviewers/${id}`,
  User: (id) => `/admin/users/${id}`,
  Organization: (id) => `/admin/organizations/${id}`,
};

const RECORD_WORDS: Record<string, string> = {
  Assignment: "Assignment",
  AssignmentBatch: "Batch assignment",
  AuditEvent: "Audit trail",
  Case: "Case",
  ConflictDecision: "Conflict answer",
  Determination: "Determination",
  Document: "Document",
  Job: "Background job",
  Organization: "Organisation",
  OutboxMessage: "E-mail",
  Party: "Party",
  PublishedDecision: "Published decision",
  Report: "Report",
  ReviewerProfile: "Reviewer",
  Specialty: "Specialty",
  User: "User",
};

/** The record in words, linked to its page when it has one; other ids shortened (they only tell rows apart). */
function RecordCell({ type, id }: { type: string; id: string }) {
  const words = RECORD_WORDS[type] ?? type;
  const page = RECORD_PAGES[type];
  if (page && isUuid(id))
    return (
      <Link href={page(id)} className="text-brand-700 underline-offset-2 hover:underline">
        {words}
      </Link>
    );
  return (
    <>
      {words} <span className="font-mono text-xs text-slate-500">{shortId(id)}</span>
    </>
  );
}

export function AuditTable({ rows }: { rows: AuditEventView[] }) {
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Audit events (scrolls sideways on narrow screens)"
      className="overflow-x-auto card"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Audit events, newest first; times in California time</caption>
        <thead className="bg-slate-50">
          <tr>
            {["Time (California)", "Actor and role", "Action", "Record", "Case", "Address", "Details"].map((label) => (
              <PlainHeader key={label} label={label} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.length === 0 ? <EmptyRow colSpan={7}>No events match these filters.</EmptyRow> : null}
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time>
              </td>
              <td className="px-3 py-2">
                <span className="block">{row.actorName ?? row.who}</span>
                <span className="block text-xs text-slate-500">
                  {row.actorRole ? staffRoleLabel(row.actorRole) : row.actorType.toLowerCase()}
                </span>
              </td>
              <td className="px-3 py-2">
                <span className="block text-slate-900">{row.words.charAt(0).toUpperCase() + row.words.slice(1)}</span>
                <span className="block font-mono text-xs text-slate-500">{row.action}</span>
              </td>
              <td className="px-3 py-2 text-slate-700">
                <RecordCell type={row.entityType} id={row.entityId} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-mono">
                {row.caseId && row.caseNumber ? (
                  <Link
                    href={`/admin/cases/${row.caseId}`}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    {row.caseNumber}
                  </Link>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-600" title={row.userAgent ?? undefined}>
                {row.ip ?? "—"}
              </td>
              <td className="min-w-64 px-3 py-2 text-xs text-slate-700">
                {row.details.length ? <AuditDetailsList details={row.details} /> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
