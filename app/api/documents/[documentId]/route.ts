// A case document, inline for the in-browser viewer (staff with access to the case); answers
// a Range request with the piece asked for (206), or 416 past the end.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { rangedFileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute<{ documentId: string }>(async (request, { documentId }) =>
  rangedFileResponse(
    await viewDocument({ actor: await currentActor(), documentId, range: request.headers.get("range") }),
  ),
);
