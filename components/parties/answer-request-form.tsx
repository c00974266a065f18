"use client";
// The party's answer to a request for information: a text and PDF files, sent as one multipart
// upload; the page shows the answer once stored. Messages in the party's language, errors
// announced and tied to their field.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";

type Labels = {
  answerLabel: string;
  answerHint: string;
  filesLabel: string;
  filesHint: string;
  send: string;
  sending: string;
  generic: string;
};
type Failure = { message: string; fieldErrors?: Record<string, string[]> };

export function AnswerRequestForm({ requestId, labels }: { requestId: string; labels: Labels }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      const response = await fetch(`/api/party/information-requests/${requestId}/answer`, {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const body = (await response.json().catch(() => null)) as ({ ok: boolean } & Partial<Failure>) | null;
      if (response.ok && body?.ok) {
        router.refresh();
        return;
      }
      setFailure({ message: body?.message ?? labels.generic, fieldErrors: body?.fieldErrors });
    } catch {
      setFailure({ message: labels.generic });
    } finally {
      setPending(false);
    }
  }
  const errors = failure?.fieldErrors ?? {};
  return (
    <form className="space-y-4" onSubmit={submit} encType="multipart/form-data" aria-busy={pending || undefined}>
      <Field id="answer" label={labels.answerLabel} hint={labels.answerHint} error={errors.answer}>
        {(p) => <textarea {...p} name="answer" rows={6} maxLength={10_000} />}
      </Field>
      <Field id="files" label={labels.filesLabel} hint={labels.filesHint} error={errors.files}>
        {(p) => (
          <input
            {...p}
            type="file"
            name="files"
            multiple
            accept="application/pdf,.pdf"
            className={`${p.className} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1`}
          />
        )}
      </Field>
      <div aria-live="polite">{failure ? <Alert tone="error">{failure.message}</Alert> : null}</div>
      <Button type="submit" pending={pending} pendingLabel={labels.sending}>
        {labels.send}
      </Button>
    </form>
  );
}
