// The HTTP status of a route handler's failure, matching the message failureFrom() gives:
// the user's own mistakes are 4xx (validation 422, text that cannot be stored 422), only
// the unknown is a 500.
import { z } from "zod";
import { isUnstorableText } from "../action-result.ts";
import { AppError, HTTP_STATUS } from "../errors.ts";

export function errorStatus(error: unknown): number {
  if (error instanceof AppError) return HTTP_STATUS[error.code];
  if (error instanceof z.ZodError || isUnstorableText(error)) return 422;
  return 500;
}
