// The PDF of a published decision, for anyone: shown in the browser, never cached; only a
// published copy, anything else (withdrawn, blocked, unknown, malformed id) is 404.
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import { publishedPdf } from "@/lib/publication/published-pdf.ts";

export const GET = defineRoute<{ publicationId: string }>(async (_request, { publicationId }) =>
  fileResponse(await publishedPdf(publicationId), { inline: true }),
);
