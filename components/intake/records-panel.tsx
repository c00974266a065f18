"use client";
// Records requests with their due dates, what the parties sent (each document with who sent
// it, when, and whether it was late), the claims administrator's declaration, and marking the
// records complete, which starts the decision clock.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";

type Request = { id: string; description: string; dueAt: string; receivedAt: string | null; late: boolean };
type Submission = {
  documentId: string;
  fileName: string;
  receivedAt: string;
  pageCount: number | null;
  late: boolean;
  sentBy: string;
};
type Declaration = { recordsRequestId: string; declaredAt: string; by: string; documents: number | null };
type Props = {
  caseId: string;
  requests: Request[];
  submissions?: Submission[];
  declarations?: Declaration[];
  canComplete: boolean;
  completedAt: string | null;
  complete: (input: unknown) => Promise<ActionResult<unknown>>;
};

const show = (iso: string) =>
  new Date(iso).toLocaleString("en-US", { timeZone: "America/Los_Angeles", dateStyle: "medium", timeStyle: "short" });

export function RecordsPanel({
  caseId,
  requests,
  submissions = [],
  declarations = [],
  canComplete,
  completedAt,
  complete,
}: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  return (
    <Card title="Medical records">
      <div className="space-y-3 text-sm">
        {requests.length === 0 ? (
          <p className="text-slate-600">
            No records have been requested yet; the request goes out with the notice of assignment.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Records requests">
            {requests.map((r) => {
              const late = r.late;
              return (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {r.description}
                    <br />
                    <span className="text-slate-600">Due {show(r.dueAt)}</span>
                  </span>
                  {r.receivedAt ? (
                    <Badge tone="green">Received {show(r.receivedAt)}</Badge>
                  ) : late ? (
                    <Badge tone="red">Late</Badge>
                  ) : (
                    <Badge tone="blue">Waiting</Badge>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <section aria-labelledby="records-received-title" className="space-y-2">
          <h3 id="records-received-title" className="font-semibold text-slate-900">
            Sent by the parties
          </h3>
          {submissions.length === 0 ? (
            <p className="text-slate-600">Nothing has arrived from the parties through the party page.</p>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Documents sent by the parties">
              {submissions.map((s) => (
                <li key={s.documentId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <span className="break-all font-medium">{s.fileName}</span>
                    <br />
                    <span className="text-slate-600">
                      From {s.sentBy}, {show(s.receivedAt)}
                      {s.pageCount !== null ? `, ${s.pageCount} ${s.pageCount === 1 ? "page" : "pages"}` : ""}
                    </span>
                  </span>
                  {s.late ? <Badge tone="red">Late</Badge> : <Badge tone="green">On time</Badge>}
                </li>
              ))}
            </ul>
          )}
          {declarations.map((d) => (
            <Alert key={d.recordsRequestId} tone="info">
              Declared complete by {d.by} on {show(d.declaredAt)}
              {d.documents !== null ? ` (${d.documents} ${d.documents === 1 ? "document" : "documents"})` : ""}.
            </Alert>
          ))}
        </section>
        {completedAt ? <p>Records complete since {show(completedAt)}.</p> : null}
        <div aria-live="polite">{result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}</div>
        {canComplete ? (
          confirming ? (
            <div
              className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
              role="group"
              aria-label="Confirm records complete"
            >
              <span className="text-amber-900">Mark the records complete? The determination clock starts now.</span>
              <Button
                type="button"
                pending={pending}
                pendingLabel="Saving…"
                onClick={() =>
                  start(async () => {
                    const r = await complete({ caseId });
                    setResult(r);
                    setConfirming(false);
                    if (r.ok) router.refresh();
                  })
                }
              >
                Mark complete
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
                Cancel
              </Button>
            </div>
          ) : (
            <Button type="button" onClick={() => setConfirming(true)}>
              Records complete
            </Button>
          )
        ) : null}
      </div>
    </Card>
  );
}
