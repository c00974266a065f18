// The form argument of a server action that takes one (useActionState's `(previous, form)`).
// An action is a public endpoint: its arguments are whatever the request's body decoded to,
// not necessarily the FormData the page sends. Anything else is the caller's mistake, answered
// like any validation error, never a TypeError from reading it. Read it only after the
// caller's permission is checked.
import { AppError } from "./errors.ts";

export const FORM_UNREADABLE = "The form could not be read; reload the page and try again.";

/** `value` when it is a form; otherwise a validation error with FORM_UNREADABLE. */
export function formArgument(value: unknown): FormData {
  if (value instanceof FormData) return value;
  throw new AppError("VALIDATION", FORM_UNREADABLE);
}
