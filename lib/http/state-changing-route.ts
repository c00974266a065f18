// The first lines of every state-changing route handler under app/api (POST, PUT, PATCH,
// DELETE; next-auth's own /api/auth/* keeps its CSRF token): the request must come from this
// site's own pages (./same-origin.ts), else 403, and its body must be of the one type the
// route reads, else 415, both before the caller is looked up or a byte of the body is read.
// A tus upload route (resumable uploads) takes application/offset+octet-stream, or nothing
// on a creation. A JSON route insists on application/json because a page on another site can send JSON as
// text/plain in a "simple" request that no preflight stops; a cross-origin fetch with
// application/json needs a preflight, which this app never grants.
// Usage: `const refused = refuseUnlessSameOrigin(request, "json"); if (refused) return refused;`
import { CROSS_SITE_MESSAGE, sameOriginVerdict, type Env } from "./same-origin.ts";

export type RouteBody = "json" | "multipart" | "tus";

const TYPES: Record<Exclude<RouteBody, "tus">, { mediaType: string; message: string }> = {
  json: { mediaType: "application/json", message: "Send the request as JSON (Content-Type: application/json)." },
  multipart: {
    mediaType: "multipart/form-data",
    message: "Send the document as a form upload (Content-Type: multipart/form-data).",
  },
};

/** "Application/JSON; charset=utf-8" -> "application/json"; "" when absent. */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

const TUS_MEDIA_TYPE = "application/offset+octet-stream";

const refusal = (status: number, message: string) =>
  Response.json({ ok: false, message }, { status, headers: { "Cache-Control": "no-store" } });

/** A 403 or 415 answer in the routes' JSON error shape, or null when the request may go on. */
export function refuseUnlessSameOrigin(request: Request, body: RouteBody, env: Env = process.env): Response | null {
  const verdict = sameOriginVerdict(request.method, (name) => request.headers.get(name), env);
  if (!verdict.ok) return refusal(403, CROSS_SITE_MESSAGE);
  const mediaType = mediaTypeOf(request.headers.get("content-type"));
  if (body === "tus") {
    // a tus upload's bytes (PATCH, or a creation that carries its first part); a creation may carry none
    const allowed = mediaType === TUS_MEDIA_TYPE || (request.method === "POST" && mediaType === "");
    return allowed ? null : refusal(415, `Send the file's bytes as ${TUS_MEDIA_TYPE} (the tus protocol).`);
  }
  const expected = TYPES[body];
  if (mediaType !== expected.mediaType) return refusal(415, expected.message);
  return null;
}
