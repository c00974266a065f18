// A paper of an online filing, inline for intake's viewer (audited; no-store).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { viewFilingPaper } from "@/lib/filings/filing-for-intake.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute<{ filingId: string; paperId: string }>(async (_request, { filingId, paperId }) =>
  fileResponse(await viewFilingPaper({ actor: await currentActor(), filingId, paperId }), { inline: true }),
);
