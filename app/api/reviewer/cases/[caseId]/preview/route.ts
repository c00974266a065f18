// The reviewer's own draft letter, as it would be issued, marked DRAFT (no-store).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { previewOwnLetter } from "@/lib/determinations/preview-own-letter.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute<{ caseId: string }>(async (_request, { caseId }) =>
  fileResponse(await previewOwnLetter({ actor: await currentActor(), caseId }), { inline: true }),
);
