"use client";
// Reviewers held back because one of their affiliations may be a party of the case (the
// identity core could not tell the two names apart). Both names are shown side by side with
// the reason; the administrator confirms the conflict (the reviewer is excluded) or
// dismisses it (the reviewer can be offered the case), giving a reason either way (audited).
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { CaseCandidate } from "@/lib/cases/case-candidates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Decide = (input: unknown) => Promise<ActionResult<{ decisionId: string }>>;

export function PossibleConflicts({
  caseId,
  candidates,
  decide,
}: {
  caseId: string;
  candidates: CaseCandidate[];
  decide: Decide;
}) {
  const rows = candidates.flatMap((c) =>
    c.reasons.flatMap((r, i) =>
      r.possibleConflict
        ? [{ key: `${c.reviewerId}-${i}`, reviewerId: c.reviewerId, name: c.name, tie: r.possibleConflict }]
        : [],
    ),
  );
  if (rows.length === 0) return null;
  return (
    <Card title={`Needs confirmation (${rows.length})`}>
      <p className="mb-2 text-sm text-slate-600">
        These reviewers are not offered the case, by hand or automatically, until you answer: is the affiliation the
        same person or organisation as the party?
      </p>
      <ul className="divide-y divide-slate-100" aria-label="Possible conflicts to confirm">
        {rows.map((row) => (
          <PossibleConflictRow key={row.key} caseId={caseId} row={row} decide={decide} />
        ))}
      </ul>
    </Card>
  );
}

type Row = { reviewerId: string; name: string; tie: NonNullable<CaseCandidate["reasons"][number]["possibleConflict"]> };

function PossibleConflictRow({ caseId, row, decide }: { caseId: string; row: Row; decide: Decide }) {
  const [reason, setReason] = useState("");
  const action = useAction(decide);
  const id = `conflict-${row.reviewerId}-${row.tie.pairKey.length}`;
  const send = (resolution: "CONFIRMED" | "DISMISSED") =>
    action.run({ caseId, reviewerId: row.reviewerId, pairKey: row.tie.pairKey, resolution, reason });
  return (
    <li className="space-y-2 py-3" data-reviewer={row.name}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{row.name}</span>
        <Badge tone="amber">Needs confirmation</Badge>
      </p>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div className="rounded-md bg-slate-50 p-2 ring-1 ring-slate-200">
          <dt className="text-xs uppercase tracking-wide text-slate-500">Reviewer&apos;s affiliation</dt>
          <dd className="font-medium">{row.tie.affiliationName}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-2 ring-1 ring-slate-200">
          <dt className="text-xs uppercase tracking-wide text-slate-500">Party: {row.tie.partyLabel}</dt>
          <dd className="font-medium">{row.tie.partyName}</dd>
        </div>
      </dl>
      <p className="text-sm text-slate-600">Why: {row.tie.reason}.</p>
      <form
        noValidate
        className="space-y-2"
        aria-label={`Answer the possible conflict of ${row.name}`}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field id={id} label="Reason for your answer" error={action.errors.reason} required>
          {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="danger"
            onClick={() => send("CONFIRMED")}
            pending={action.pending}
            pendingLabel="Saving…"
          >
            The same: exclude the reviewer
          </Button>
          <Button type="button" variant="secondary" onClick={() => send("DISMISSED")} disabled={action.pending}>
            Not the same: dismiss
          </Button>
        </div>
        <FormStatus result={action.result && !action.result.ok && !action.errors.reason ? action.result : null} />
      </form>
    </li>
  );
}
