// Search the text of a case file's pages: GET ?q=words or "a phrase"&limit=&offset=
// (staff with the case file; a reviewer after accepting). A missing or too long query is a 400.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineRoute, jsonResponse } from "@/lib/http/entry-point.ts";
import { searchCaseFile } from "@/lib/reader/search-case-file.ts";

export const GET = defineRoute<{ caseId: string }>(
  async (request, { caseId }) => {
    const params = new URL(request.url).searchParams;
    const result = await searchCaseFile(await currentActor(), {
      caseId,
      q: params.get("q") ?? undefined,
      limit: params.get("limit") ?? undefined,
      offset: params.get("offset") ?? undefined,
    });
    return jsonResponse({ ok: true, ...result });
  },
  { status: { VALIDATION: 400 } },
);
