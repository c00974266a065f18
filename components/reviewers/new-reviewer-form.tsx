"use client";
// Adds a physician to the panel. On success the first password is shown once, to be handed
// to the reviewer; credentials are entered on the reviewer's page next.
import Link from "@/components/ui/link.tsx";
import type { ActionResult } from "@/lib/action-result.ts";
import type { CreatedReviewer } from "@/lib/reviewers/create-reviewer.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { ProfileFields, profileFromForm } from "./profile-fields.tsx";

export function NewReviewerForm({ create }: { create: (input: unknown) => Promise<ActionResult<CreatedReviewer>> }) {
  const { result, pending, run, errors } = useAction(create, { refresh: false });
  if (result?.ok) {
    const created = result.data;
    return (
      <Card title="Reviewer created">
        <div className="space-y-4 text-sm">
          <Alert tone="warning" title="First password: shown only now">
            <p>
              Give it to the reviewer through a safe channel. It is stored only as a hash and cannot be shown again.
            </p>
          </Alert>
          <dl className="grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="font-medium text-slate-500">Sign-in email</dt>
            <dd className="break-all">{created.email}</dd>
            <dt className="font-medium text-slate-500">First password</dt>
            <dd>
              <code data-initial-password className="rounded bg-slate-100 px-2 py-1 font-mono text-base tracking-wide">
                {created.initialPassword}
              </code>
            </dd>
          </dl>
          <p>
            Next, record the reviewer&apos;s licenses and board certifications and verify them: until then the reviewer
            is not offered any case.
          </p>
          <Link href={`/admin/reviewers/${created.reviewerId}`} className={buttonClass()}>
            Open the reviewer&apos;s record
          </Link>
        </div>
      </Card>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run({ ...profileFromForm(form), email: String(form.get("email") ?? "") });
      }}
    >
      <FormStatus result={result} />
      <Card title="Reviewer">
        <div className="mb-4">
          <Field id="email" label="Sign-in email" error={errors.email} required>
            {(props) => <input {...props} name="email" type="email" autoComplete="off" />}
          </Field>
        </div>
        <ProfileFields
          errors={errors}
          values={{
            name: "",
            yearsInPractice: 0,
            hoursPerWeek: 24,
            disciplinaryHistory: false,
            maxOpenCases: 10,
            maxCasesPerWeek: 15,
          }}
        />
      </Card>
      <Button type="submit" pending={pending} pendingLabel="Creating…">
        Create reviewer
      </Button>
    </form>
  );
}
