// The outcome of a form's last submission, announced to screen readers. The live region is
// always there (a region added with its message is not announced); empty, it takes no room
// in a spaced stack (.form-status in app/globals.css).
import type { ActionResult } from "@/lib/action-result.ts";
import { Alert } from "./alert.tsx";

export function FormStatus({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  return (
    <div aria-live="polite" className="form-status">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      {result?.ok && (success ?? result.message) ? <Alert tone="success">{success ?? result.message}</Alert> : null}
    </div>
  );
}
