"use client";
// The qualified reviewers for a case, best first, each with the score and its parts in
// words; "Auto-assign" offers the case to the top-ranked one. Choosing someone ranked below
// the top score is an override and asks for the reason. Reviewers not offered are listed
// with the reasons, in one line. Both lists may be the first part of longer ones
// (./candidates-shown.ts): the totals are in the titles, with a link to show all.
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import Link from "@/components/ui/link.tsx";
import type { CandidatesShown } from "./candidates-shown.ts";
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
  shown: CandidatesShown;
  /** where all of both lists are shown; null when they are */
  showAllHref: string | null;
  assign: (input: unknown) => Promise<ActionResult<{ assignmentId: string; override: boolean }>>;
  autoAssign: (input: unknown) => Promise<ActionResult<{ assignmentId: string; reviewerId: string }>>;
};

export function CandidateList({ caseId, shown, showAllHref, assign, autoAssign }: Props) {
  const [choosing, setChoosing] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const manual = useAction(assign);
  const auto = useAction(autoAssign);
  const { qualified, excluded, qualifiedTotal, excludedTotal } = shown;
  const top = qualified[0];
  const busy = manual.pending || auto.pending;

  return (
    <div className="space-y-4">
      <FormStatus
        result={auto.result ?? (manual.result && !manual.result.ok && !manual.errors.reason ? manual.result : null)}
      />
      <Card
        id="qualified-reviewers"
        title={`Qualified reviewers (${qualifiedTotal})`}
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
        {showAllHref && qualifiedTotal > qualified.length ? (
          <ShownOf shown={qualified.length} total={qualifiedTotal} href={showAllHref} what="qualified reviewers" />
        ) : null}
      </Card>
      <Card title={`Not offered (${excludedTotal})`}>
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Reviewers not offered">
          {excluded.map((c) => (
            <li key={c.reviewerId} className="py-2">
              <span className="font-medium">{c.name}</span>
              <span className="text-slate-600"> — {c.reasons.map((r) => r.message).join(" ")}</span>
            </li>
          ))}
        </ul>
        {showAllHref && excludedTotal > excluded.length ? (
          <ShownOf shown={excluded.length} total={excludedTotal} href={showAllHref} what="reviewers not offered" />
        ) : null}
      </Card>
    </div>
  );
}

function ShownOf({ shown, total, href, what }: { shown: number; total: number; href: string; what: string }) {
  return (
    <p className="mt-2 border-t border-slate-100 pt-2 text-sm text-slate-600">
      The first {shown} of {total}.{" "}
      <Link href={href} className="font-medium text-brand-700 underline underline-offset-2">
        Show all {total} {what}
      </Link>
    </p>
  );
}
