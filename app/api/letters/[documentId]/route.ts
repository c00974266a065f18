// Staff download of a letter, for cases the user may read.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { errorResponse, fileResponse } from "@/lib/http/file-response.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  try {
    const { documentId } = await params;
    return fileResponse(await downloadLetter({ actor: await currentActor(), documentId }));
  } catch (error) {
    return errorResponse(error);
  }
}
