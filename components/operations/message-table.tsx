// Outbox e-mails as a table: what, to whom, for which case, attempts and the last error;
// failed ones can be sent round again.
import Link from "@/components/ui/link.tsx";
import type { ActionResult } from "@/lib/action-result.ts";
import type { OperationsOverview } from "@/lib/jobs/operations-overview.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { EmptyRow, PlainHeader } from "@/components/ui/table.tsx";
import { MESSAGE_KIND_LABEL } from "./labels.ts";
import { RetryButton } from "./retry-button.tsx";

type Message = OperationsOverview["outbox"]["failed"][number];
type Props = {
  caption: string;
  rows: Message[];
  empty: string;
  retry?: (input: unknown) => Promise<ActionResult<unknown>>;
};

export function MessageTable({ caption, rows, empty, retry }: Props) {
  const columns = retry ? 5 : 4;
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="E-mail messages (scrolls sideways on narrow screens)"
      className="overflow-x-auto"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <PlainHeader label="E-mail" />
            <PlainHeader label="Case" />
            <PlainHeader label="Attempts" />
            <PlainHeader label={retry ? "Last error" : "Next attempt"} />
            {retry ? <PlainHeader label="Action" /> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? <EmptyRow colSpan={columns}>{empty}</EmptyRow> : null}
          {rows.map((m) => (
            <tr key={m.id} className="align-top">
              <td className="px-3 py-2">
                <div className="font-medium text-slate-900">{MESSAGE_KIND_LABEL[m.kind] ?? m.kind}</div>
                <div className="break-all text-xs text-slate-600">to {m.toAddress}</div>
                <div className="text-xs text-slate-500">written {formatDateTime(m.createdAt)}</div>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {m.caseId && m.caseNumber ? (
                  <Link className="text-brand-700 underline" href={`/admin/cases/${m.caseId}`}>
                    {m.caseNumber}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-3 py-2 tabular-nums">{m.attempts}</td>
              <td className="px-3 py-2 text-slate-700">
                {retry ? (
                  <span className="break-words font-mono text-xs">{m.lastError ?? "—"}</span>
                ) : (
                  <>
                    {formatDateTime(m.nextAttemptAt)}
                    {m.lastError ? (
                      <div className="break-words font-mono text-xs text-red-700">{m.lastError}</div>
                    ) : null}
                  </>
                )}
              </td>
              {retry ? (
                <td className="px-3 py-2">
                  <RetryButton
                    action={retry}
                    input={{ messageId: m.id }}
                    label={`Retry the e-mail to ${m.toAddress} now`}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
