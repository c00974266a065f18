"use client";
// Intake checks an online filing: the application in the intake form's own fields (filled
// from the filing, to correct or complete: the specialty, categories, directory entries,
// service), a reason when it may repeat an open case, then Accept as a case or Reject with
// a reason the filer receives by e-mail. Both ask for confirmation first.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { applicationFrom } from "@/lib/cases/application-form.ts";
import type { CreatedCase } from "@/lib/cases/create-case.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import {
  CheckField,
  EmployeeAndClaim,
  RequestAndReview,
  SelectField,
  ServiceOfDocuments,
  type DraftValues,
} from "@/components/cases/application-fields.tsx";
import { DisputedItemsEditor } from "@/components/cases/disputed-items-editor.tsx";

type Props = {
  filingId: string;
  initial: DraftValues;
  duplicateCaseNumber: string | null;
  specialties: { code: string; name: string }[];
  categories: { id: string; label: string }[];
  accept: (input: unknown) => Promise<ActionResult<CreatedCase>>;
  reject: (input: unknown) => Promise<ActionResult<{ filingId: string }>>;
};

export function VerifyFilingForm({
  filingId,
  initial,
  duplicateCaseNumber,
  specialties,
  categories,
  accept,
  reject,
}: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState("");
  const [separateReason, setSeparateReason] = useState("");
  const accepting = useAction(accept, {
    refresh: false,
    onSuccess: (created) => router.push(`/intake/cases/${created.caseId}?from=filing`),
  });
  const rejecting = useAction(reject);
  const errors = accepting.errors;
  const f = { draft: initial, errors };
  const failure = accepting.result && !accepting.result.ok ? accepting.result.message : null;
  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        className="space-y-6"
        noValidate
        aria-label="Application as filed, to correct or complete"
        onSubmit={(e) => e.preventDefault()}
      >
        {failure ? <Alert tone="error">{failure}</Alert> : null}
        <EmployeeAndClaim {...f} />
        <RequestAndReview {...f} specialties={specialties} />
        <ServiceOfDocuments {...f} />
        <Card title="Review requested">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="reviewType"
              label="Review type"
              required
              placeholder="Choose"
              options={[
                ["STANDARD", "Standard"],
                ["EXPEDITED", "Expedited (imminent, serious threat)"],
                ["FORMULARY", "Pharmacy formulary dispute"],
              ]}
              {...f}
            />
            <CheckField
              name="expeditedCertified"
              label="The treating physician certified an imminent and serious threat to health (expedited)"
              fallback={false}
              {...f}
            />
            <CheckField
              name="liabilityDisputed"
              label="The claims administrator disputes liability for the injury or body part"
              fallback={false}
              {...f}
            />
          </div>
        </Card>
        <DisputedItemsEditor
          categories={categories}
          initial={initial}
          errors={errors}
          onChange={() => undefined}
          formRef={formRef}
        />
      </form>
      <Card title="Decide">
        <div className="space-y-4">
          {duplicateCaseNumber ? (
            <Field
              id="separateReason"
              label={`Why this is not a duplicate of ${duplicateCaseNumber}`}
              error={errors.separateReason}
              hint="Needed to accept it as a separate case; otherwise reject it."
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  value={separateReason}
                  onChange={(e) => setSeparateReason(e.currentTarget.value)}
                />
              )}
            </Field>
          ) : null}
          <ConfirmButton
            label="Accept as a case"
            question="Create a case from this application and its papers?"
            confirmLabel="Create the case"
            pendingLabel="Creating…"
            triggerVariant="primary"
            pending={accepting.pending}
            onConfirm={() =>
              accepting.run({
                filingId,
                confirmed: true,
                application: formRef.current ? applicationFrom(new FormData(formRef.current)) : {},
                separateReason,
              })
            }
          />
          <hr className="border-slate-200" />
          <Field
            id="rejectReason"
            label="Reason for rejecting"
            error={rejecting.errors.reason}
            hint="E-mailed to the filer as written: no medical details."
          >
            {(props) => (
              <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            )}
          </Field>
          <ConfirmButton
            label="Reject"
            question="Reject this application and e-mail the reason to the filer?"
            confirmLabel="Reject and e-mail"
            pendingLabel="Rejecting…"
            variant="danger"
            pending={rejecting.pending}
            onConfirm={() => rejecting.run({ filingId, confirmed: true, reason })}
          />
          {rejecting.result && !rejecting.result.ok ? <Alert tone="error">{rejecting.result.message}</Alert> : null}
        </div>
      </Card>
    </div>
  );
}
