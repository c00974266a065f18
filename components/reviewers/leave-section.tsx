"use client";
// The reviewer's leave: periods without cases (inclusive dates). Matching skips a reviewer
// whose next leave starts before a case's due date.
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { AddToggle } from "./add-toggle.tsx";

export type LeaveRow = { id: string; startsOn: string; endsOn: string; note: string | null };
type Action = (input: unknown) => Promise<ActionResult<unknown>>;

function LeaveItem({ leave, today, remove }: { leave: LeaveRow; today: string; remove: Action }) {
  const removal = useAction(remove);
  const when =
    leave.endsOn < today ? (
      <Badge>Past</Badge>
    ) : leave.startsOn <= today ? (
      <Badge tone="amber">On leave now</Badge>
    ) : (
      <Badge tone="blue">Upcoming</Badge>
    );
  const label = `${formatDate(new Date(leave.startsOn))} to ${formatDate(new Date(leave.endsOn))}`;
  return (
    <li className="py-2 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="flex flex-wrap items-center gap-2">
          {label} {when} {leave.note ? <span className="text-slate-600">{leave.note}</span> : null}
        </span>
        <ConfirmButton
          label="Remove"
          aria-label={`Remove leave ${label}`}
          question="Remove this leave?"
          confirmLabel="Remove"
          variant="danger"
          pendingLabel="Removing…"
          pending={removal.pending}
          onConfirm={() => removal.run({ leaveId: leave.id })}
        />
      </div>
      <FormStatus result={removal.result && !removal.result.ok ? removal.result : null} />
    </li>
  );
}

function LeaveForm({ reviewerId, add, onDone }: { reviewerId: string; add: Action; onDone: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { result, pending, run, errors } = useAction(add, {
    onSuccess: () => {
      formRef.current?.reset();
      onDone();
    },
  });
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        run({
          reviewerId,
          startsOn: String(form.get("startsOn") ?? ""),
          endsOn: String(form.get("endsOn") ?? ""),
          note: String(form.get("note") ?? ""),
        });
      }}
    >
      <FormStatus result={result} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="leave-startsOn" label="First day" error={errors.startsOn} required>
          {(props) => <input {...props} name="startsOn" type="date" />}
        </Field>
        <Field id="leave-endsOn" label="Last day" error={errors.endsOn} required>
          {(props) => <input {...props} name="endsOn" type="date" />}
        </Field>
        <div className="sm:col-span-2">
          <Field id="leave-note" label="Note" error={errors.note} hint="Optional, e.g. conference">
            {(props) => <input {...props} name="note" autoComplete="off" />}
          </Field>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          Add leave
        </Button>
        <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function LeaveSection({
  reviewerId,
  leaves,
  today,
  add,
  remove,
}: {
  reviewerId: string;
  leaves: LeaveRow[];
  today: string;
  add: Action;
  remove: Action;
}) {
  return (
    <Card title="Availability">
      {leaves.length === 0 ? <p className="text-sm text-slate-500">No leave recorded: available.</p> : null}
      <ul className="divide-y divide-slate-100" aria-label="Leave">
        {leaves.map((leave) => (
          <LeaveItem key={leave.id} leave={leave} today={today} remove={remove} />
        ))}
      </ul>
      <div className="mt-3">
        <AddToggle label="Add leave">
          {(close) => <LeaveForm reviewerId={reviewerId} add={add} onDone={close} />}
        </AddToggle>
      </div>
    </Card>
  );
}
