"use client";
// Party-access lockouts in force, one table per kind (addresses, case numbers), each row
// with a confirmed "Lift" that lets the address or case number try again at once.
import Link from "@/components/ui/link.tsx";
import type { ActionResult } from "@/lib/action-result.ts";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { EmptyRow, PlainHeader } from "@/components/ui/table.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type LockoutRow = {
  key: string;
  failures: number;
  firstAt: string;
  lastAt: string;
  endsAt: string;
  caseId?: string | null;
  detail?: string;
};
type Lift = (input: unknown) => Promise<ActionResult<{ lifted: number }>>;

type Props = { kind: "address" | "case"; rows: LockoutRow[]; lift: Lift; emptyMessage: string };

export function LockoutTable({ kind, rows, lift, emptyMessage }: Props) {
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Access lockouts (scrolls sideways on narrow screens)"
      className="overflow-x-auto"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{kind === "address" ? "Locked-out addresses" : "Locked-out case numbers"}</caption>
        <thead className="bg-slate-50">
          <tr>
            {[kind === "address" ? "Address" : "Case number", "Failures", "First", "Last", "Ends by itself", ""].map(
              (label, i) => (
                <PlainHeader key={i} label={label} />
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.length === 0 ? <EmptyRow colSpan={6}>{emptyMessage}</EmptyRow> : null}
          {rows.map((row) => (
            <LockoutLine key={`${row.key} ${row.detail ?? ""}`} kind={kind} row={row} lift={lift} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LockoutLine({ kind, row, lift }: { kind: Props["kind"]; row: LockoutRow; lift: Lift }) {
  const action = useAction(lift);
  const what = kind === "address" ? `address ${row.key}` : `case number ${row.key}`;
  return (
    <tr>
      <td className="px-3 py-2 font-mono">
        {row.caseId ? (
          <Link href={`/admin/cases/${row.caseId}`} className="text-brand-700 underline-offset-2 hover:underline">
            {row.key}
          </Link>
        ) : (
          row.key
        )}
        {row.detail ? <div className="font-sans text-xs text-slate-500">{row.detail}</div> : null}
      </td>
      <td className="px-3 py-2 text-center">{row.failures}</td>
      <td className="whitespace-nowrap px-3 py-2">{row.firstAt}</td>
      <td className="whitespace-nowrap px-3 py-2">{row.lastAt}</td>
      <td className="whitespace-nowrap px-3 py-2">{row.endsAt}</td>
      <td className="px-3 py-2">
        <ConfirmButton
          label="Lift"
          aria-label={`Lift the lockout of ${what}`}
          question={`Let ${what} try again now?`}
          confirmLabel="Lift lockout"
          pendingLabel="Lifting…"
          pending={action.pending}
          onConfirm={() => action.run(kind === "address" ? { kind, ip: row.key } : { kind, caseNumber: row.key })}
        />
        {action.result && !action.result.ok ? (
          <div className="mt-2">
            <FormStatus result={action.result} />
          </div>
        ) : null}
      </td>
    </tr>
  );
}
