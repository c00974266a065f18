// Responses for file downloads and for errors of route handlers. Downloads are never
// cached (medical content); errors show only safe messages.
import { failureFrom } from "../action-result.ts";
import { errorStatus } from "./error-status.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";

export function fileResponse(file: DownloadedFile, { inline = false } = {}): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Content-SHA256": file.sha256,
    },
  });
}

/** The user's own mistakes (AppError, invalid input, unstorable text) with their message; anything else a generic 500. */
export function errorResponse(error: unknown): Response {
  const status = errorStatus(error);
  if (status === 500) {
    console.error(error);
    return Response.json({ error: "Something went wrong on our side." }, { status, headers: { "Cache-Control": "no-store" } });
  }
  const { message, fieldErrors } = failureFrom(error);
  return Response.json(fieldErrors ? { error: message, fieldErrors } : { error: message }, { status, headers: { "Cache-Control": "no-store" } });
}
