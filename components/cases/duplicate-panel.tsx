"use client";
// Shown when an application repeats an open case: merge it into that case, or create a
// separate case with a stated reason (Enter in the reason creates the separate case).
import { useState } from "react";
import type { DuplicateFound } from "@/lib/intake/submit-application.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";

export function DuplicatePanel({
  match,
  pending,
  onDecide,
  error,
}: {
  match: DuplicateFound;
  pending: boolean;
  onDecide: (extra: Record<string, string>) => void;
  error?: string[];
}) {
  const [reason, setReason] = useState("");
  const separate = () => onDecide({ dupAction: "separate", dupReason: reason });
  return (
    <Alert tone="warning" title={`This application matches open case ${match.caseNumber}`}>
      <p>
        Same employee, same UR decision and the same treatment: {match.sameItems.join("; ")}.
        {match.newItems.length ? ` New in this application: ${match.newItems.join("; ")}.` : ""}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <Button
          type="button"
          pending={pending}
          onClick={() => onDecide({ dupAction: "merge", dupCaseId: match.caseId })}
        >
          Merge into {match.caseNumber}
        </Button>
        <div className="min-w-64 flex-1">
          <Field id="dupReason" label="Or, why this is not a duplicate" error={error}>
            {(props) => (
              <input
                {...props}
                data-field="reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    separate();
                  }
                }}
              />
            )}
          </Field>
        </div>
        <Button type="button" variant="secondary" disabled={pending} onClick={separate}>
          Create a separate case
        </Button>
      </div>
    </Alert>
  );
}
