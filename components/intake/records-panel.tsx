"use client";
// Records requests with their due dates, and marking the records complete, which starts
// the decision clock.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";

type Request = { id: string; description: string; dueAt: string; receivedAt: string | null; late: boolean };
type Props = {
  caseId: string;
  requests: Request[];
  canComplete: boolean;
  completedAt: string | null;
  complete: (input: unknown) => Promise<ActionResult<unknown>>;
};

const show = (iso: string) =>
  new Date(iso).toLocaleString("en-US", { timeZone: "America/Los_Angeles", dateStyle: "medium", timeStyle: "short" });

export function RecordsPanel({ caseId, requests, canComplete, completedAt, complete }: Props) {
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
