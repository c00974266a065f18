// One page of audit events: when, who, what, on which record and case, from where, and the
// payload in brief. Server-rendered; scrolls sideways on a phone.
import Link from "next/link";
import type { AuditEventView } from "@/lib/audit/audit-rows.ts";
import { staffRoleLabel } from "@/lib/audit/audit-format.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { EmptyRow, PlainHeader } from "@/components/ui/table.tsx";

const shortId = (id: string) => (id.length > 14 ? `${id.slice(0, 8)}…` : id);

export function AuditTable({ rows }: { rows: AuditEventView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-slate-50">
          <tr>
            {["Time", "Actor and role", "Action", "Record", "Case", "Address", "Details"].map((label) => <PlainHeader key={label} label={label} />)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.length === 0 ? <EmptyRow colSpan={7}>No events match these filters.</EmptyRow> : null}
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="whitespace-nowrap px-3 py-2"><time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time></td>
              <td className="px-3 py-2">
                <span className="block">{row.actorName ?? row.who}</span>
                <span className="block text-xs text-slate-500">{row.actorRole ? staffRoleLabel(row.actorRole) : row.actorType.toLowerCase()}</span>
              </td>
              <td className="px-3 py-2">
                <span className="block font-mono text-xs text-slate-900">{row.action}</span>
                <span className="block text-xs text-slate-500">{row.words}</span>
              </td>
              <td className="px-3 py-2 text-slate-700" title={row.entityId}>
                {row.entityType} <span className="font-mono text-xs">{shortId(row.entityId)}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-mono">
                {row.caseId && row.caseNumber ? (
                  <Link href={`/admin/cases/${row.caseId}`} className="text-brand-700 underline-offset-2 hover:underline">{row.caseNumber}</Link>
                ) : <span className="text-slate-400">—</span>}
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-600" title={row.userAgent ?? undefined}>{row.ip ?? "—"}</td>
              <td className="min-w-56 px-3 py-2 text-xs wrap-anywhere text-slate-700" title={JSON.stringify(row.payload)}>{row.summary || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
