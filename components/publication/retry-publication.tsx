"use client";
// Running the redaction and the leak check again for a blocked copy (after a correction).
import type { ActionResult } from "@/lib/action-result.ts";
import { useAction } from "@/components/ui/use-action.ts";
import { Button } from "@/components/ui/button.tsx";
import { FormStatus } from "@/components/ui/form-status.tsx";

type Props = { publicationId: string; caseNumber: string; action: (input: unknown) => Promise<ActionResult<unknown>> };

export function RetryPublication({ publicationId, caseNumber, action }: Props) {
  const { result, pending, run } = useAction(action);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        pendingLabel="Checking…"
        onClick={() => run({ publicationId })}
        aria-label={`Retry the publication of ${caseNumber}`}
      >
        Retry publication
      </Button>
      <FormStatus result={result} />
    </div>
  );
}
