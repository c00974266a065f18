"use client";
// The intake case page's requests for information: ask a party (a question; due in 5 business
// days), and each request with its due date, "overdue" when unanswered past it, and the answer
// with its files (opened in the audited document viewer).
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";

export type InformationRequestRow = {
  id: string;
  partyLabel: string;
  question: string;
  sentOn: string;
  dueOn: string;
  overdue: boolean;
  answeredOn: string | null;
  answerText: string | null;
  files: { documentId: string; fileName: string; pageCount: number | null }[];
};

type Props = {
  caseId: string;
  parties: { id: string; label: string }[];
  requests: InformationRequestRow[];
  canSend: boolean;
  send: (input: unknown) => Promise<ActionResult<{ requestId: string; dueDate: string }>>;
};

export function InformationRequestsPanel({ caseId, parties, requests, canSend, send }: Props) {
  const [partyId, setPartyId] = useState(parties[0]?.id ?? "");
  const [question, setQuestion] = useState("");
  const action = useAction(send, { onSuccess: () => setQuestion("") });
  const overdue = requests.filter((r) => r.overdue).length;
  return (
    <Card
      id="information-requests"
      title="Requests for information"
      actions={overdue ? <Badge tone="red">{`${overdue} overdue`}</Badge> : null}
    >
      <div className="space-y-4">
        {canSend && parties.length ? (
          <form className="space-y-3" aria-label="Send a request for information" onSubmit={(e) => e.preventDefault()}>
            <Field id="rfi-party" label="Ask" error={action.errors.partyId}>
              {(p) => (
                <select
                  {...p}
                  className={`${p.className} max-w-md`}
                  value={partyId}
                  onChange={(e) => setPartyId(e.target.value)}
                >
                  {parties.map((party) => (
                    <option key={party.id} value={party.id}>
                      {party.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="rfi-question"
              label="Question"
              hint="What the party should send or explain. The party answers on its case page within 5 business days."
              error={action.errors.question}
              required
            >
              {(p) => <textarea {...p} rows={3} value={question} onChange={(e) => setQuestion(e.target.value)} />}
            </Field>
            <ConfirmButton
              label="Send request"
              triggerVariant="primary"
              question="Send this request to the party?"
              confirmLabel="Send"
              pendingLabel="Sending…"
              pending={action.pending}
              onConfirm={() => action.run({ caseId, partyId, question })}
            />
            <FormStatus result={action.result} />
          </form>
        ) : null}
        {requests.length === 0 ? (
          <p className="text-sm text-slate-500">No request for information has been sent in this case.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="information-requests">
            {requests.map((r) => (
              <li key={r.id} className="space-y-1 py-3 text-sm" data-request-id={r.id}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{r.partyLabel}</span>
                  {r.answeredOn ? (
                    <Badge tone="green">{`Answered ${r.answeredOn}`}</Badge>
                  ) : r.overdue ? (
                    <Badge tone="red">Overdue</Badge>
                  ) : (
                    <Badge tone="amber">Waiting</Badge>
                  )}
                  <span className="text-xs text-slate-500">
                    Sent {r.sentOn} · due {r.dueOn}
                  </span>
                </div>
                <p className="whitespace-pre-wrap text-slate-700">{r.question}</p>
                {r.answeredOn ? (
                  <div className="rounded-md bg-slate-50 p-2 ring-1 ring-slate-200" data-answer>
                    <p className="text-xs font-semibold text-slate-600">Answer</p>
                    {r.answerText ? <p className="whitespace-pre-wrap">{r.answerText}</p> : null}
                    {r.files.length ? (
                      <ul className="mt-1 list-inside list-disc">
                        {r.files.map((f) => (
                          <li key={f.documentId}>
                            <a className="text-brand-700 underline" href={`/api/documents/${f.documentId}`}>
                              {f.fileName}
                            </a>
                            {f.pageCount ? ` (${f.pageCount} p.)` : ""}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
