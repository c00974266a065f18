"use client";
// The codes page's list: each party's code (while it waits), its code letter, and "Mark sent"
// after a confirmation (the code is then erased and cannot be shown again).
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type CodeRow = {
  partyId: string;
  roleLabel: string;
  name: string;
  code: string | null;
  issuedOn: string | null;
  sentOn: string | null;
  revoked: boolean;
};
type MarkSent = (input: unknown) => Promise<ActionResult<{ partyId: string }>>;

export function CodesToSend(props: {
  caseId: string;
  caseNumber: string;
  portalAddress: string;
  codes: CodeRow[];
  markSent: MarkSent;
}) {
  const waiting = props.codes.filter((c) => c.code).length;
  return (
    <div className="space-y-4">
      {waiting ? (
        <Alert tone="warning" title={`${waiting} code${waiting === 1 ? "" : "s"} to send`}>
          Each code opens the case to its party. Send it to that party only; once marked sent it is no longer kept.
        </Alert>
      ) : (
        <Alert tone="success">Every code of this case has been sent (or none is kept).</Alert>
      )}
      <Card title="Parties">
        <p className="mb-3 text-sm text-slate-600">
          Parties open the case at <span className="font-mono break-all">{props.portalAddress}</span> with the case
          number <span className="font-mono font-semibold">{props.caseNumber}</span> and their code.
        </p>
        {props.codes.length === 0 ? (
          <p className="text-sm text-slate-500">No party of this case receives the letters.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="codes-to-send">
            {props.codes.map((row) => (
              <CodeItem key={row.partyId} row={row} caseId={props.caseId} markSent={props.markSent} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function CodeItem({ row, caseId, markSent }: { row: CodeRow; caseId: string; markSent: MarkSent }) {
  const action = useAction(markSent);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3" data-party-id={row.partyId}>
      <div className="min-w-0 text-sm">
        <p className="font-medium text-slate-900">
          {row.roleLabel}: {row.name}
        </p>
        {row.code ? (
          <p className="mt-1 font-mono text-lg tracking-wider break-all" data-access-code>
            {row.code}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">
          {row.issuedOn ? `Issued ${row.issuedOn}` : "No code"}
          {row.sentOn ? ` · marked sent ${row.sentOn}` : ""}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {row.code ? (
          <>
            <a
              className="text-sm font-semibold text-brand-700 underline"
              href={`/api/intake/cases/${caseId}/codes/${row.partyId}/letter`}
            >
              Code letter (PDF)<span className="sr-only"> for {row.roleLabel}</span>
            </a>
            <ConfirmButton
              label="Mark sent"
              aria-label={`Mark sent: ${row.roleLabel}`}
              question="The code will be erased from this page. Sent?"
              confirmLabel="Yes, mark sent"
              pending={action.pending}
              onConfirm={() => action.run({ partyId: row.partyId })}
            />
          </>
        ) : row.revoked ? (
          <Badge tone="red">Revoked</Badge>
        ) : row.sentOn ? (
          <Badge tone="green">Sent</Badge>
        ) : (
          <Badge tone="gray">Not kept</Badge>
        )}
      </div>
      <div className="w-full">
        <FormStatus result={action.result} />
      </div>
    </li>
  );
}
