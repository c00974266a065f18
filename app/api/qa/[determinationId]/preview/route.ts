// The QA reader's draft preview of a submitted determination's letter.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { previewLetter } from "@/lib/qa/preview-letter.ts";
import { errorResponse, fileResponse } from "@/lib/http/file-response.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ determinationId: string }> }) {
  try {
    const { determinationId } = await params;
    return fileResponse(await previewLetter({ actor: await currentActor(), determinationId }), { inline: true });
  } catch (error) {
    return errorResponse(error);
  }
}
