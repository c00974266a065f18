"use client";
// The similar-specialty pairs: add a pair (stored both ways), remove one (after a confirmation),
// and each specialty with what it accepts.
import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Specialty = { code: string; name: string };
type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type Props = {
  specialties: (Specialty & { similar: string[] })[];
  pairs: { a: Specialty; b: Specialty }[];
  add: Action;
  remove: Action;
};

function PairItem({ a, b, remove }: { a: Specialty; b: Specialty; remove: Action }) {
  const removal = useAction(remove);
  return (
    <li className="py-2 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>
          <span className="font-medium">{a.name}</span> <span aria-hidden>~</span>
          <span className="sr-only">is similar to</span> <span className="font-medium">{b.name}</span>
        </span>
        <ConfirmButton
          label="Remove"
          aria-label={`Remove ${a.name} ~ ${b.name}`}
          question="Remove this pair? New matching stops accepting it."
          confirmLabel="Remove"
          variant="danger"
          pendingLabel="Removing…"
          pending={removal.pending}
          onConfirm={() => removal.run({ specialtyCode: a.code, similarCode: b.code })}
        />
      </div>
      <FormStatus result={removal.result && !removal.result.ok ? removal.result : null} />
    </li>
  );
}

export function SimilarPairs({ specialties, pairs, add, remove }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { result, pending, run, errors } = useAction(add, { onSuccess: () => formRef.current?.reset() });
  const options = (
    <>
      <option value="" disabled>
        Choose a specialty
      </option>
      {specialties.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
        </option>
      ))}
    </>
  );
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-4">
        <Card title="Add a pair">
          <form
            ref={formRef}
            noValidate
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              run({
                specialtyCode: String(form.get("specialtyCode") ?? ""),
                similarCode: String(form.get("similarCode") ?? ""),
              });
            }}
          >
            <FormStatus result={result} />
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="pair-a" label="Specialty" error={errors.specialtyCode} required>
                {(props) => (
                  <select {...props} name="specialtyCode" defaultValue="">
                    {options}
                  </select>
                )}
              </Field>
              <Field id="pair-b" label="Is similar to" error={errors.similarCode} required>
                {(props) => (
                  <select {...props} name="similarCode" defaultValue="">
                    {options}
                  </select>
                )}
              </Field>
            </div>
            <Button type="submit" pending={pending} pendingLabel="Adding…">
              Add pair
            </Button>
          </form>
        </Card>
        <Card title={`Pairs (${pairs.length})`}>
          {pairs.length === 0 ? (
            <p className="text-sm text-slate-500">No pairs: each case accepts only its own specialty.</p>
          ) : null}
          <ul className="divide-y divide-slate-100" aria-label="Similar specialty pairs">
            {pairs.map((p) => (
              <PairItem key={`${p.a.code}~${p.b.code}`} a={p.a} b={p.b} remove={remove} />
            ))}
          </ul>
        </Card>
      </div>
      <Card title="What each specialty accepts">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Specialties and the similar specialties whose reviewers they accept</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3 text-left font-semibold text-slate-600">
                Case specialty
              </th>
              <th scope="col" className="py-1 text-left font-semibold text-slate-600">
                Also accepts reviewers certified in
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {specialties.map((s) => (
              <tr key={s.code}>
                <td className="py-1.5 pr-3 align-top">{s.name}</td>
                <td className="py-1.5 text-slate-700">{s.similar.join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
