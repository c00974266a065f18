// Staff download of a letter, for cases the user may read.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute<{ documentId: string }>(async (_request, { documentId }) =>
  fileResponse(await downloadLetter({ actor: await currentActor(), documentId })),
);
