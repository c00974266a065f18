// A party's download of a letter of their own case.
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { AppError } from "@/lib/errors.ts";
import { errorResponse, fileResponse } from "@/lib/http/file-response.ts";
import { currentParty } from "@/lib/parties/current-party.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  try {
    const party = await currentParty();
    if (!party) throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
    const { documentId } = await params;
    return fileResponse(await downloadLetter({ actor: party, documentId }));
  } catch (error) {
    return errorResponse(error);
  }
}
