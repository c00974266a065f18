// How the CSV export answers when it cannot give the file: 401 without a signed-in user,
// 403 for a user whose role may not read reports (a report is no record whose existence
// could leak), 404 for an unknown report, 422 with field messages for wrong dates. Never
// any report data; anything unexpected is the generic 500 of lib/http/file-response.ts.
import { AppError } from "../errors.ts";
import { errorResponse } from "../http/file-response.ts";

const NO_STORE = { "Cache-Control": "no-store" };

export function reportErrorResponse(error: unknown): Response {
  if (error instanceof AppError && error.code === "FORBIDDEN") {
    return Response.json({ error: error.userMessage }, { status: 403, headers: NO_STORE });
  }
  if (error instanceof AppError && error.code === "VALIDATION") {
    return Response.json({ error: error.userMessage, fieldErrors: error.fieldErrors ?? {} }, { status: 422, headers: NO_STORE });
  }
  return errorResponse(error);
}
