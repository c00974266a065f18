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

/**
 * A document for the in-browser viewer: the whole file (200), one range of it (206 with
 * Content-Range) or a range past its end (416 with "bytes *\/size"); Accept-Ranges: bytes
 * tells the viewer it may read it in pieces.
 */
export function rangedFileResponse(
  file: DownloadedFile & { size: number; range?: { start: number; end: number }; unsatisfiable?: true },
): Response {
  if (file.unsatisfiable)
    return new Response(null, {
      status: 416,
      headers: { "Content-Range": `bytes */${file.size}`, "Cache-Control": "no-store", "Accept-Ranges": "bytes" },
    });
  const response = fileResponse(file, { inline: true });
  response.headers.set("Accept-Ranges", "bytes");
  if (!file.range) return response;
  response.headers.set("Content-Range", `bytes ${file.range.start}-${file.range.end}/${file.size}`);
  return new Response(response.body, { status: 206, headers: response.headers });
}
