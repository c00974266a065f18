// A party's download of a letter of their own case.
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { AppError } from "@/lib/errors.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import { currentParty } from "@/lib/parties/current-party.ts";

export const GET = defineRoute<{ documentId: string }>(async (_request, { documentId }) => {
  const party = await currentParty();
  if (!party) throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
  return fileResponse(await downloadLetter({ actor: party, documentId }));
});
