"use client";
// Runs a server action from a client form: pending state, the result (message and field
// errors for the form), and a refresh of the server-rendered page after a success.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";

export function useAction<T>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T) => void; refresh?: boolean } = {},
) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, start] = useTransition();
  function run(input: unknown) {
    start(async () => {
      const outcome = await action(input);
      setResult(outcome);
      if (outcome.ok) {
        options.onSuccess?.(outcome.data);
        if (options.refresh !== false) router.refresh();
      }
    });
  }
  const errors: Record<string, string[]> = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { result, pending, run, errors, reset: () => setResult(null) };
}
