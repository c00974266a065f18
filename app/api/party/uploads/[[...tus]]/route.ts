// A party's resumable uploads of records (the tus protocol; lib/records/submission/tus-upload-handler.ts).
// The party comes from its session cookie, never from the request: without an open session
// every method answers 401. Creating and continuing an upload (POST, PATCH) must come from
// this site's own pages (403 otherwise). No GET: a party never downloads through this route.
// API routes are outside proxy.ts, so no body limit of the pages applies; each PATCH is
// bounded by the handler instead (8 MB chunks from the browser, 16 MB at most).
import { AppError } from "@/lib/errors.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { CROSS_SITE_MESSAGE, sameOriginVerdict } from "@/lib/http/same-origin.ts";
import { currentParty } from "@/lib/parties/current-party.ts";
import { handlePartyUpload } from "@/lib/records/submission/tus-upload-handler.ts";

const tus = defineRoute<{ tus?: string[] }>(
  async (request) => {
    if (!sameOriginVerdict(request.method, (name) => request.headers.get(name)).ok)
      throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE);
    const party = await currentParty();
    if (!party) throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
    return handlePartyUpload(party, request);
  },
  { status: { FORBIDDEN: 403 } },
);

export const POST = tus;
export const PATCH = tus;
export const HEAD = tus;
