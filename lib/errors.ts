// Typed application errors. Each carries a message safe to show a user; anything else
// that escapes a use case is reported to the user as a generic failure (lib/action-result.ts).

export type AppErrorCode = "VALIDATION" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, userMessage: string, fieldErrors?: Record<string, string[]>) {
    super(userMessage);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = fieldErrors;
  }
}

/** What every refusal of a signed-out caller says; the pages show it with a link to sign in again (components/ui/alert.tsx). */
export const SIGN_IN_REQUIRED = "Please sign in to continue.";

export const notFound = (what = "Record") => new AppError("NOT_FOUND", `${what} not found.`);
export const conflict = (message: string) => new AppError("CONFLICT", message);

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 404, // a record out of reach does not reveal that it exists
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
};
