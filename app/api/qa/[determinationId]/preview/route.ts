// The QA reader's draft preview of a submitted determination's letter.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { previewLetter } from "@/lib/qa/preview-letter.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute<{ determinationId: string }>(async (_request, { determinationId }) =>
  fileResponse(await previewLetter({ actor: await currentActor(), determinationId }), { inline: true }),
);
