// Responses for file downloads and for errors of route handlers. Downloads are never
// cached (medical content); errors show only safe messages.
import { AppError, HTTP_STATUS } from "../errors.ts";
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

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: error.userMessage }, { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } });
  }
  console.error(error);
  return Response.json({ error: "Something went wrong on our side." }, { status: 500, headers: { "Cache-Control": "no-store" } });
}
