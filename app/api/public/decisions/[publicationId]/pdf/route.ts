// The PDF of a published decision, for anyone: shown in the browser, never cached; only a
// published copy, anything else (withdrawn, blocked, unknown, malformed id) is 404.
import { errorResponse, fileResponse } from "@/lib/http/file-response.ts";
import { publishedPdf } from "@/lib/publication/published-pdf.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ publicationId: string }> }) {
  try {
    const { publicationId } = await params;
    return fileResponse(await publishedPdf(publicationId), { inline: true });
  } catch (error) {
    return errorResponse(error);
  }
}
