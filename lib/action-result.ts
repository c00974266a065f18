// The one place that turns a thrown error into what a form shows. Validation errors
// become field errors; AppErrors show their own message; anything else is generic.
import { z } from "zod";
import { AppError } from "./errors.ts";

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const GENERIC_FAILURE = "Something went wrong on our side. Nothing was changed; please try again.";
export const UNSTORABLE_TEXT =
  "The text contains a character that cannot be stored (a NUL character or a broken emoji). Remove it and try again; nothing was changed.";

// PostgreSQL refuses NUL in text (22021) and JSON (22P05); Prisma's engine refuses strings
// with half an emoji (a lone UTF-16 surrogate). Either is the user's text, not our fault.
const UNSTORABLE =
  /invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence|lone (leading|trailing) surrogate|unexpected end of hex escape/;
export const isUnstorableText = (error: unknown): boolean => error instanceof Error && UNSTORABLE.test(error.message);

export function failureFrom(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof z.ZodError) {
    return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(error) };
  }
  if (error instanceof AppError) {
    return { ok: false, message: error.userMessage, fieldErrors: error.fieldErrors };
  }
  if (isUnstorableText(error)) return { ok: false, message: UNSTORABLE_TEXT };
  console.error(error);
  return { ok: false, message: GENERIC_FAILURE };
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  // a Map: field names come from the input ("__proto__", "constructor") and must stay data
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out.set(key, [...(out.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(out);
}

/** Runs a use case and reports its outcome as an ActionResult. */
export async function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    return failureFrom(error);
  }
}

// redirect() and notFound() from next/navigation work by throwing; let them through.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
