"use client";
// "Edit application" on the intake case page: the application's correctable facts (names,
// claim number, dates, the UR decision's reference, the parties' addresses, e-mails and
// service, the disputed items' wording) with the reason for the correction, which is
// recorded with each change. Folded until needed. Once the letter is issued the form is not
// offered: the card says that a correction needs an amendment.
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { editFieldLabel, editFieldOrder, fieldsOf } from "@/lib/cases/application-edit-fields.ts";
import type { ApplicationForEdit, EditedApplication } from "@/lib/cases/edit-application.ts";
import { californiaToday } from "@/lib/format/dates.ts";
import { dateInputMessage, parseDateInput } from "@/lib/format/date-input.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { Folded } from "./application-fields.tsx";
import { DateField } from "./date-field.tsx";
import { ErrorSummary } from "./error-summary.tsx";

type Errors = Record<string, string[]>;
type Props = { application: ApplicationForEdit; action: (input: unknown) => Promise<ActionResult<EditedApplication>> };

const SUMMARY_ID = "edit-application-errors";
const idOf = (field: string, items: ApplicationForEdit["items"]) => {
  const item = /^items\.(\d+)$/.exec(field);
  if (item) return items[Number(item[1])] ? `edit-item-${items[Number(item[1])].id}` : "";
  return field === "caseId" || field === "_form" ? "" : `edit-${field}`;
};

export function EditApplicationCard({ application, action }: Props) {
  const [done, setDone] = useState<string | null>(null);
  // the success message takes the focus (the form under it starts again from the corrected facts)
  useEffect(() => {
    if (done) document.getElementById("edit-application-done")?.focus();
  }, [done]);
  if (!application.editable.ok) {
    return (
      <Card title="Edit application">
        <p className="text-sm text-slate-700" data-testid="edit-application-closed">
          {application.editable.message}
        </p>
      </Card>
    );
  }
  // the form starts again from the corrected facts once the page has them
  const formKey = JSON.stringify([application.values, application.items]);
  return (
    <Card title="Edit application">
      <div aria-live="polite">
        {done ? (
          <div id="edit-application-done" tabIndex={-1} className="mb-3 outline-none">
            <Alert tone="success">{done}</Alert>
          </div>
        ) : null}
      </div>
      <Folded
        mustOpen={false}
        summary="Correct a typo in a name, the claim number, a date, an address or an item's wording"
      >
        <EditApplicationForm key={formKey} application={application} action={action} onDone={setDone} />
      </Folded>
    </Card>
  );
}

function EditApplicationForm({ application, action, onDone }: Props & { onDone: (message: string) => void }) {
  const { caseId, values, parties, items } = application;
  const { run, pending, result } = useAction(action, {
    onSuccess: (data) => onDone(`Application corrected: ${data.changes.map((c) => c.label).join("; ")}.`),
  });
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const serverErrors: Errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const errors = clientErrors ?? serverErrors;
  const failed = clientErrors ? "Please correct the highlighted fields." : result && !result.ok ? result.message : null;

  // after each failed attempt the focus goes to the summary of what to correct
  useEffect(() => {
    if (result && !result.ok) document.getElementById(SUMMARY_ID)?.focus();
  }, [result]);
  useEffect(() => {
    if (focusSummary) document.getElementById(SUMMARY_ID)?.focus();
  }, [focusSummary]);

  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const text = (name: string, opts: { required?: boolean; type?: string } = {}) => (
    <Field id={`edit-${name}`} label={editFieldLabel(name)} error={errors[name]} required={opts.required}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={opts.type ?? "text"}
          autoComplete="off"
          aria-required={opts.required || undefined}
          defaultValue={str(name)}
        />
      )}
    </Field>
  );

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: Record<string, unknown> = { caseId, reason: String(form.get("reason") ?? "") };
    const found: Errors = {};
    const today = californiaToday();
    for (const name of ["claimNumber", "urDecisionReference"]) input[name] = String(form.get(name) ?? "");
    for (const name of ["dateOfInjury", "urDecisionDate"]) {
      const value = String(form.get(name) ?? "");
      input[name] = value;
      const read = parseDateInput(value, today);
      if (!value) found[name] = [`${editFieldLabel(name)} is required.`];
      else if (!read.ok) found[name] = [dateInputMessage(editFieldLabel(name), read.reason)];
    }
    for (const party of parties) {
      for (const field of fieldsOf(party)) {
        const name = `${party.key}${field}`;
        input[name] = field === "ElectronicConsent" ? form.has(name) : String(form.get(name) ?? "");
      }
    }
    input.items = items.map((item) => ({ itemId: item.id, description: String(form.get(`item-${item.id}`) ?? "") }));
    if (String(input.reason).trim().length < 10)
      found.reason = ["State the reason for the correction (at least 10 characters)."];
    if (Object.keys(found).length) {
      setClientErrors(found);
      setFocusSummary((n) => n + 1);
      return;
    }
    setClientErrors(null);
    run(input);
  };

  const entries = Object.entries(errors)
    .filter(([, messages]) => messages.length)
    .sort(([a], [b]) => editFieldOrder(a) - editFieldOrder(b))
    .map(([key, messages]) => {
      const label = editFieldLabel(key);
      const message = messages.join(" ");
      return {
        key,
        id: idOf(key, items),
        text: message.toLowerCase().startsWith(label.toLowerCase()) || label === key ? message : `${label}: ${message}`,
      };
    });

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4"
      aria-label={`Edit the application of case ${application.caseNumber}`}
    >
      {failed ? (
        <ErrorSummary id={SUMMARY_ID} title="Nothing was corrected" message={failed} entries={entries} />
      ) : null}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Claim and UR decision</legend>
        {text("claimNumber", { required: true })}
        <DateField
          id="edit-dateOfInjury"
          name="dateOfInjury"
          label="Date of injury"
          required
          defaultValue={str("dateOfInjury")}
          error={errors.dateOfInjury}
        />
        <DateField
          id="edit-urDecisionDate"
          name="urDecisionDate"
          label="UR decision date"
          required
          defaultValue={str("urDecisionDate")}
          error={errors.urDecisionDate}
        />
        {text("urDecisionReference")}
      </fieldset>
      {parties.map((party) => (
        <fieldset key={party.key} className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{party.label}</legend>
          {text(`${party.key}Name`, { required: true })}
          {party.served ? (
            <>
              {text(`${party.key}Address`)}
              {text(`${party.key}Email`, { type: "email" })}
              <Field
                id={`edit-${party.key}ServiceMethod`}
                label={editFieldLabel(`${party.key}ServiceMethod`)}
                error={errors[`${party.key}ServiceMethod`]}
              >
                {(props) => (
                  <select
                    {...props}
                    name={`${party.key}ServiceMethod`}
                    defaultValue={str(`${party.key}ServiceMethod`) || "MAIL"}
                  >
                    <option value="MAIL">Mail</option>
                    <option value="EMAIL">E-mail</option>
                    <option value="PORTAL">Case portal</option>
                  </select>
                )}
              </Field>
              <div>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input
                    id={`edit-${party.key}ElectronicConsent`}
                    type="checkbox"
                    name={`${party.key}ElectronicConsent`}
                    defaultChecked={values[`${party.key}ElectronicConsent`] === true}
                    className="size-4 accent-brand-600"
                    aria-invalid={errors[`${party.key}ElectronicConsent`] ? true : undefined}
                    aria-describedby={
                      errors[`${party.key}ElectronicConsent`] ? `edit-${party.key}ElectronicConsent-error` : undefined
                    }
                  />
                  {editFieldLabel(`${party.key}ElectronicConsent`)}
                </label>
                {errors[`${party.key}ElectronicConsent`] ? (
                  <p id={`edit-${party.key}ElectronicConsent-error`} className="text-sm text-red-700">
                    {errors[`${party.key}ElectronicConsent`].join(" ")}
                  </p>
                ) : null}
              </div>
            </>
          ) : null}
        </fieldset>
      ))}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Disputed items (wording)</legend>
        {items.map((item, index) => (
          <Field
            key={item.id}
            id={`edit-item-${item.id}`}
            label={`Disputed item ${item.ordinal}`}
            required
            error={errors[`items.${index}`]}
          >
            {(props) => (
              <textarea {...props} name={`item-${item.id}`} rows={2} aria-required defaultValue={item.description} />
            )}
          </Field>
        ))}
      </fieldset>
      <Field
        id="edit-reason"
        label="Reason for the correction"
        required
        error={errors.reason}
        hint="Recorded with the correction in the case's history, e.g. “Claim number mistyped; see the application, page 1.”"
      >
        {(props) => <textarea {...props} name="reason" rows={2} aria-required />}
      </Field>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save the correction
      </Button>
    </form>
  );
}
