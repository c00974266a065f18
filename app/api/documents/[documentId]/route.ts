// A case document, inline for the in-browser viewer (staff with access to the case).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { errorResponse, fileResponse } from "@/lib/http/file-response.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  try {
    const { documentId } = await params;
    return fileResponse(await viewDocument({ actor: await currentActor(), documentId }), { inline: true });
  } catch (error) {
    return errorResponse(error);
  }
}
