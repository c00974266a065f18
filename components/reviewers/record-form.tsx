"use client";
// The frame shared by the reviewer record's small forms (license, certification,
// affiliation): add or edit one entry, show the outcome, reset after adding.
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = {
  /** the target's key when editing, e.g. "licenseId"; absent from `target` when adding */
  idKey: string;
  prefix: string;
  target: Record<string, string>;
  save: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
  toInput: (form: FormData) => Record<string, unknown>;
  labels: { add: string; save: string };
  notice?: React.ReactNode;
  children: (ctx: { id: (name: string) => string; errors: Record<string, string[]> }) => React.ReactNode;
};

export function RecordForm({ idKey, prefix, target, save, onDone, toInput, labels, notice, children }: Props) {
  const editing = idKey in target;
  const formRef = useRef<HTMLFormElement>(null);
  const { result, pending, run, errors } = useAction(save, {
    onSuccess: () => {
      if (!editing) formRef.current?.reset();
      onDone?.();
    },
  });
  const id = (name: string) => `${prefix}-${target[idKey] ?? "new"}-${name}`;
  return (
    <form
      ref={formRef}
      noValidate
      className="mt-3 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        run({ ...target, ...toInput(new FormData(e.currentTarget)) });
      }}
    >
      <FormStatus result={result} />
      {editing && notice ? notice : null}
      {children({ id, errors })}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {editing ? labels.save : labels.add}
        </Button>
        {onDone ? (
          <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

export const formText = (form: FormData, name: string) => String(form.get(name) ?? "");
