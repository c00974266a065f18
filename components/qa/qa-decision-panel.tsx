"use client";
// QA's two choices: return to the reviewer with comments, or approve (after a
// confirmation), which has the letter issued in the background. When the draft has things to
// check (lib/qa/draft-flags.ts), approving asks for QA's reason; the server checks the draft
// again and refuses an approval without one.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";

/** As lib/qa/approve-determination.ts asks (not imported: that module reads the database). */
const MIN_REASON = 10;
const REASON_NEEDED = `Give your reason for approving the flagged text as written (at least ${MIN_REASON} characters).`;

type Props = {
  determinationId: string;
  /** How many things the draft check flagged; with any, approval needs a reason. */
  flagCount?: number;
  returnAction: (input: unknown) => Promise<ActionResult<unknown>>;
  approveAction: (input: unknown) => Promise<ActionResult<unknown>>;
};

export function QaDecisionPanel({ determinationId, flagCount = 0, returnAction, approveAction }: Props) {
  const router = useRouter();
  const [comments, setComments] = useState("");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string[] | undefined>(undefined);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [busy, setBusy] = useState<"return" | "approve" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [, start] = useTransition();

  function run(kind: "return" | "approve") {
    setBusy(kind);
    start(async () => {
      const outcome =
        kind === "return"
          ? await returnAction({ determinationId, comments })
          : await approveAction(needsReason ? { determinationId, overrideReason: reason } : { determinationId });
      setBusy(null);
      setConfirming(false);
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  }

  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // the server may have found flags the page did not show (the draft is checked again there)
  const needsReason = flagCount > 0 || errors.overrideReason !== undefined;

  function startApproval() {
    if (needsReason && reason.trim().length < MIN_REASON) {
      setReasonError([REASON_NEEDED]);
      reasonRef.current?.focus();
      return;
    }
    setReasonError(undefined);
    setConfirming(true);
  }

  return (
    <Card title="QA decision">
      <div className="space-y-4">
        <div aria-live="polite">
          {result ? <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert> : null}
        </div>
        <Field
          id="qa-comments"
          label="Comments for the reviewer"
          hint="Required to return the determination."
          error={errors.comments}
        >
          {(props) => <textarea {...props} rows={5} value={comments} onChange={(e) => setComments(e.target.value)} />}
        </Field>
        {needsReason ? (
          <Field
            id="qa-override-reason"
            label="Reason for approving the flagged text as written"
            hint={`Needed because the draft has ${flagCount === 1 ? "1 thing" : `${flagCount || "some"} things`} to check (at least ${MIN_REASON} characters). Kept with this reading and in the audit trail.`}
            error={reasonError ?? errors.overrideReason}
          >
            {(props) => (
              <textarea
                {...props}
                ref={reasonRef}
                rows={3}
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value);
                  setReasonError(undefined);
                }}
              />
            )}
          </Field>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            variant="secondary"
            onClick={() => run("return")}
            pending={busy === "return"}
            pendingLabel="Returning…"
            disabled={busy !== null}
          >
            Return to reviewer
          </Button>
          {confirming ? (
            <span
              className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
              role="group"
              aria-label="Confirm approval"
            >
              <span className="text-sm text-amber-900">
                Issue the letter to the parties{needsReason ? ", flagged text included" : ""}? It can then only be
                corrected by an amendment.
              </span>
              <Button
                type="button"
                onClick={() => run("approve")}
                pending={busy === "approve"}
                pendingLabel="Approving…"
              >
                Approve and issue
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={busy !== null}>
                Cancel
              </Button>
            </span>
          ) : (
            <Button type="button" onClick={startApproval} disabled={busy !== null}>
              Approve
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}
