// A party's code letter (PDF, English and Spanish) while its code waits to be sent; no-store.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import { printCodeLetter } from "@/lib/parties/print-code-letter.ts";

export const GET = defineRoute<{ caseId: string; partyId: string }>(async (_request, { caseId, partyId }) =>
  fileResponse(await printCodeLetter({ actor: await currentActor(), caseId, partyId })),
);
