// The outcome of a form's last submission, announced to screen readers.
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "./alert.tsx";

export function FormStatus({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  return (
    <div aria-live="polite">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      {result?.ok && (success ?? result.message) ? <Alert tone="success">{success ?? result.message}</Alert> : null}
    </div>
  );
}
