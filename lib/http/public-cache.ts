// Caching of what the public sees: the published decisions' search, a decision's page and its
// PDF. Published copies change rarely, but a withdrawn one must stop being shown soon, so a
// cache keeps a response for a minute (max-age=60) and may hand out the previous one for at
// most another minute while it asks again in the background (stale-while-revalidate=60): a
// withdrawal is gone from every cache within two minutes. The PDF carries its sha256 as its
// ETag, so a cache revalidates it with If-None-Match and gets 304 without the file; a
// withdrawn copy answers 404 and drops out.
import type { DownloadedFile } from "../documents/download-letter.ts";

export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=60";

/** A strong ETag from a sha256 (hex). */
export const etagOf = (sha256: string) => `"${sha256.trim()}"`;

/** Whether If-None-Match names `etag` (a list, weak or strong, or *). */
export function matchesIfNoneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** A published file for anyone: cacheable, with its ETag; 304 when the client already has it. */
export function publicFileResponse(
  request: Request,
  file: DownloadedFile,
  response: (file: DownloadedFile) => Response,
): Response {
  const etag = etagOf(file.sha256);
  const headers = { "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  const full = response(file);
  for (const [name, value] of Object.entries(headers)) full.headers.set(name, value);
  return full;
}
