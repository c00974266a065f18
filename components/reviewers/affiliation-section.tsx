"use client";
// The reviewer's affiliations (conflicts of interest): matching screens them out of any case
// with a party of the same normalized name or identifier.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { AddToggle } from "./add-toggle.tsx";
import { AffiliationForm, type AffiliationValues } from "./affiliation-form.tsx";

export type AffiliationRow = AffiliationValues & { id: string; normalizedName: string };
type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type Props = {
  reviewerId: string;
  affiliations: AffiliationRow[];
  kinds: [string, string][];
  add: Action;
  update: Action;
  remove: Action;
};

function AffiliationItem({
  row,
  kinds,
  update,
  remove,
}: {
  row: AffiliationRow;
  kinds: [string, string][];
  update: Action;
  remove: Action;
}) {
  const [editing, setEditing] = useState(false);
  const removal = useAction(remove);
  const kind = kinds.find(([value]) => value === row.kind)?.[1] ?? row.kind;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 text-sm">
          <p className="font-medium">
            {row.name} <span className="font-normal text-slate-600">({kind})</span>
          </p>
          <p className="text-slate-600">
            {row.organizationName ? <>Directory: {row.organizationName}</> : <>Not linked to the directory</>}
            {row.identifier ? (
              <>
                ; identifier <span className="font-mono">{row.identifier}</span>
              </>
            ) : null}
          </p>
          {row.note ? <p className="text-slate-600">{row.note}</p> : null}
        </div>
        {editing ? null : (
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => setEditing(true)} aria-label={`Edit ${row.name}`}>
              Edit
            </Button>
            <ConfirmButton
              label="Remove"
              aria-label={`Remove ${row.name}`}
              question={`Remove the affiliation with ${row.name}?`}
              confirmLabel="Remove"
              variant="danger"
              pendingLabel="Removing…"
              pending={removal.pending}
              onConfirm={() => removal.run({ affiliationId: row.id })}
            />
          </div>
        )}
      </div>
      <FormStatus result={removal.result && !removal.result.ok ? removal.result : null} />
      {editing ? (
        <AffiliationForm
          target={{ affiliationId: row.id }}
          values={row}
          kinds={kinds}
          save={update}
          onDone={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

export function AffiliationSection({ reviewerId, affiliations, kinds, add, update, remove }: Props) {
  return (
    <Card title={`Affiliations (${affiliations.length})`}>
      <p className="mb-2 text-sm text-slate-600">
        Organizations and people the reviewer is tied to. A case with any of them as a party is never offered to the
        reviewer.
      </p>
      {affiliations.length === 0 ? <p className="text-sm text-slate-500">None recorded.</p> : null}
      <ul className="divide-y divide-slate-100" aria-label="Affiliations">
        {affiliations.map((row) => (
          <AffiliationItem key={row.id} row={row} kinds={kinds} update={update} remove={remove} />
        ))}
      </ul>
      <div className="mt-3">
        <AddToggle label="Add an affiliation">
          {(close) => <AffiliationForm target={{ reviewerId }} kinds={kinds} save={add} onDone={close} />}
        </AddToggle>
      </div>
    </Card>
  );
}
