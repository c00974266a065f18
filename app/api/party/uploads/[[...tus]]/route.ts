// A party's resumable uploads of records (the tus protocol; lib/records/submission/tus-upload-handler.ts).
// The party comes from its session cookie, never from the request: without an open session
// every method answers 401. Creating and continuing an upload (POST, PATCH) must come from
// this site's own pages (403 otherwise) with the tus media type (415 otherwise). No GET: a
// party never downloads through this route. API routes are outside proxy.ts, so no body
// limit of the pages applies; each PATCH is bounded by the handler instead (8 MB parts from
// the browser, 16 MB at most).
import { defineRoute, type RouteContext } from "@/lib/http/entry-point.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";
import { currentParty } from "@/lib/parties/current-party.ts";
import { handlePartyUpload } from "@/lib/records/submission/tus-upload-handler.ts";

type Params = { tus?: string[] };

const tus = defineRoute<Params>(async (request) => handlePartyUpload(await currentParty(), request));

export async function POST(request: Request, context?: RouteContext<Params>) {
  const refused = refuseUnlessSameOrigin(request, "tus");
  if (refused) return refused;
  return tus(request, context);
}

export async function PATCH(request: Request, context?: RouteContext<Params>) {
  const refused = refuseUnlessSameOrigin(request, "tus");
  if (refused) return refused;
  return tus(request, context);
}

/** Where an upload stands (its offset): a read, answered only to the session that started it. */
export const HEAD = tus;
