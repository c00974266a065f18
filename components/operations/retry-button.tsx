"use client";
// "Retry now" for a failed job or e-mail: one click, a pending state, the outcome announced.
import type { ActionResult } from "@/lib/action-result.ts";
import { Button } from "@/components/ui/button.tsx";
import { useAction } from "@/components/ui/use-action.ts";

type Props = {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, string>;
  label: string;
};

export function RetryButton({ action, input, label }: Props) {
  const { result, pending, run } = useAction(action);
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        type="button"
        variant="secondary"
        className="whitespace-nowrap"
        pending={pending}
        pendingLabel="Retrying…"
        aria-label={label}
        onClick={() => run(input)}
      >
        Retry now
      </Button>
      <span aria-live="polite" className={`text-xs ${result && !result.ok ? "text-red-700" : "text-green-800"}`}>
        {result ? (result.message ?? "") : ""}
      </span>
    </div>
  );
}
