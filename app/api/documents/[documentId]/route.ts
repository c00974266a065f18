// A case document, inline for the in-browser viewer (staff with access to the case).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute<{ documentId: string }>(async (_request, { documentId }) =>
  fileResponse(await viewDocument({ actor: await currentActor(), documentId }), { inline: true }),
);
