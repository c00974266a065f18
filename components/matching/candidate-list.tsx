"use client";
// Qualified reviewers with an Assign button each (confirmed first); every reviewer not
// offered is listed with the reason, in one line.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { CandidateVerdict } from "@/lib/matching/qualify-reviewer.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";

type Props = {
  caseId: string;
  candidates: CandidateVerdict[];
  assign: (input: { caseId: string; reviewerId: string }) => Promise<ActionResult<{ assignmentId: string }>>;
};

export function CandidateList({ caseId, candidates, assign }: Props) {
  const router = useRouter();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const qualified = candidates.filter((c) => c.qualified);
  const excluded = candidates.filter((c) => !c.qualified);

  function onAssign(reviewerId: string) {
    setPendingId(reviewerId);
    setError(null);
    startTransition(async () => {
      const result = await assign({ caseId, reviewerId });
      setPendingId(null);
      setConfirmId(null);
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      <Card title={`Qualified reviewers (${qualified.length})`}>
        {qualified.length === 0 ? (
          <p className="text-sm text-slate-600">No reviewer on the panel is qualified and free of conflicts for this case. See the reasons below.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Qualified reviewers">
            {qualified.map((c) => (
              <li key={c.reviewerId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="text-sm font-medium">{c.name}</span>
                {confirmId === c.reviewerId ? (
                  <span className="flex items-center gap-2">
                    <span className="text-sm text-slate-600">Assign {c.name}?</span>
                    <Button onClick={() => onAssign(c.reviewerId)} pending={pendingId === c.reviewerId} pendingLabel="Assigning…">Confirm</Button>
                    <Button variant="secondary" onClick={() => setConfirmId(null)} disabled={pendingId !== null}>Cancel</Button>
                  </span>
                ) : (
                  <Button variant="secondary" onClick={() => setConfirmId(c.reviewerId)} disabled={pendingId !== null} aria-label={`Assign ${c.name}`}>Assign</Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Not offered (${excluded.length})`}>
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Reviewers not offered">
          {excluded.map((c) => (
            <li key={c.reviewerId} className="py-2">
              <span className="font-medium">{c.name}</span>
              <span className="text-slate-600"> — {c.reasons.map((r) => r.message).join(" ")}</span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
