// The PDF of a published decision, for anyone: shown in the browser; only a published copy,
// anything else (withdrawn, blocked, unknown, malformed id) is 404. Cacheable for a minute by
// any cache, with its sha256 as ETag (304 on If-None-Match; lib/http/public-cache.ts).
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import { publicFileResponse } from "@/lib/http/public-cache.ts";
import { publishedPdf } from "@/lib/publication/published-pdf.ts";

export const GET = defineRoute<{ publicationId: string }>(async (request, { publicationId }) =>
  publicFileResponse(request, await publishedPdf(publicationId), (file) => fileResponse(file, { inline: true })),
);
