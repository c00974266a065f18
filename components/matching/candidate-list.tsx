"use client";
// The qualified reviewers for a case, best first, each with the score and its parts in
// words; "Auto-assign" offers the case to the top-ranked one. Choosing someone ranked below
// the top score is an override and asks for the reason. Every reviewer not offered is
// listed with the reasons, in one line.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { CaseCandidate } from "@/lib/cases/case-candidates.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { ConfirmButton } from "@/components/ui/confirm-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";
import { useAction } from "@/components/ui/use-action.ts";
import { ScoreParts } from "./score-parts.tsx";

type Props = {
  caseId: string;
  candidates: CaseCandidate[];
  assign: (input: unknown) => Promise<ActionResult<{ assignmentId: string; override: boolean }>>;
  autoAssign: (input: unknown) => Promise<ActionResult<{ assignmentId: string; reviewerId: string }>>;
};

export function CandidateList({ caseId, candidates, assign, autoAssign }: Props) {
  const [choosing, setChoosing] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const manual = useAction(assign);
  const auto = useAction(autoAssign);
  const qualified = candidates.filter((c) => c.qualified);
  const excluded = candidates.filter((c) => !c.qualified);
  const top = qualified[0];
  const busy = manual.pending || auto.pending;

  return (
    <div className="space-y-4">
      <FormStatus
        result={auto.result ?? (manual.result && !manual.result.ok && !manual.errors.reason ? manual.result : null)}
      />
      <Card
        title={`Qualified reviewers (${qualified.length})`}
        actions={
          top ? (
            <ConfirmButton
              label="Auto-assign"
              question={`Offer the case to ${top.name}, the top-ranked candidate?`}
              confirmLabel="Offer"
              pendingLabel="Offering…"
              pending={auto.pending}
              disabled={busy}
              onConfirm={() => auto.run({ caseId })}
              triggerVariant="primary"
            />
          ) : undefined
        }
      >
        {qualified.length === 0 ? (
          <p className="text-sm text-slate-600">
            No reviewer on the panel is qualified and free of conflicts for this case. See the reasons below.
          </p>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Qualified reviewers">
            {qualified.map((c, index) => {
              const isTop = c.score === top.score;
              const open = choosing === c.reviewerId;
              return (
                <li key={c.reviewerId} className="py-3" data-reviewer={c.name}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="text-slate-500">{index + 1}.</span>
                      <span className="font-medium">{c.name}</span>
                      <Badge tone="blue">Score {c.score}</Badge>
                      {isTop ? <Badge tone="green">Top-ranked</Badge> : null}
                    </p>
                    {open ? null : (
                      <Button
                        variant="secondary"
                        onClick={() => {
                          setChoosing(c.reviewerId);
                          setReason("");
                          manual.reset();
                        }}
                        disabled={busy}
                        aria-label={`Assign ${c.name}`}
                      >
                        Assign
                      </Button>
                    )}
                  </div>
                  <ScoreParts parts={c.scoreParts} label={`Score of ${c.name}`} />
                  {open ? (
                    <form
                      noValidate
                      className="mt-2 space-y-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200"
                      aria-label={`Offer the case to ${c.name}`}
                      onSubmit={(e) => {
                        e.preventDefault();
                        manual.run({ caseId, reviewerId: c.reviewerId, reason });
                      }}
                    >
                      <p className="text-sm text-amber-900">
                        {isTop
                          ? `Offer the case to ${c.name}? The reviewer accepts or declines it.`
                          : `${c.name} ranks below ${top.name} (score ${top.score}). Choosing them is an override: give the reason.`}
                      </p>
                      {isTop ? null : (
                        <Field
                          id={`reason-${c.reviewerId}`}
                          label="Reason for the override"
                          error={manual.errors.reason}
                          required
                        >
                          {(props) => (
                            <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
                          )}
                        </Field>
                      )}
                      <div className="flex flex-wrap gap-2">
                        <Button type="submit" pending={manual.pending} pendingLabel="Offering…">
                          Confirm
                        </Button>
                        <Button
                          type="button"
                          variant="secondary"
                          onClick={() => setChoosing(null)}
                          disabled={manual.pending}
                        >
                          Cancel
                        </Button>
                      </div>
                    </form>
                  ) : null}
                </li>
              );
            })}
          </ol>
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
