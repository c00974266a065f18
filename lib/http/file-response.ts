// Responses for file downloads: never cached (medical content). A route's errors are
// answered by routeFailure (./entry-point.ts).
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
