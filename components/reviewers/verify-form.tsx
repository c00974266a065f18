"use client";
// Records a credential's verification: the source it was checked against is required;
// the time and the administrator's name are recorded by the server.
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = {
  credential: "license" | "certification";
  credentialId: string;
  sources: string[];
  verify: (input: unknown) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

export function VerifyForm({ credential, credentialId, sources, verify, onDone }: Props) {
  const { result, pending, run, errors } = useAction(verify, { onSuccess: onDone });
  const id = `verify-${credentialId}`;
  return (
    <form
      noValidate
      className="mt-3 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        run({ credential, credentialId, source: String(new FormData(e.currentTarget).get("source") ?? "") });
      }}
    >
      <FormStatus result={result && !result.ok ? result : null} />
      <Field
        id={id}
        label="Verified against (source)"
        hint="Where you checked it: the board's lookup, the ABMS, a letter from the board."
        error={errors.source}
        required
      >
        {(props) => <input {...props} name="source" list={`${id}-sources`} autoComplete="off" />}
      </Field>
      <datalist id={`${id}-sources`}>
        {sources.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Recording…">
          Record verification
        </Button>
        <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
