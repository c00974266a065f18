// The online application (/file): emailFilingDraftLink (lib/filings/filing-drafts.ts). Public; a request from
// another origin (403) or not sent as JSON (415) is refused first; the body is capped.
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { emailFilingDraftLink } from "@/lib/filings/filing-drafts.ts";
import { defineRoute, jsonResponse } from "@/lib/http/entry-point.ts";
import { readJsonCapped } from "@/lib/http/request-body.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";

const run = defineRoute(async (request) => {
  const input = await readJsonCapped(request, 128 * 1024);
  return jsonResponse(
    { ok: true, data: await emailFilingDraftLink({ meta: await requestMeta(), input }) },
    { status: 200 },
  );
});

export async function POST(request: Request) {
  const refused = refuseUnlessSameOrigin(request, "json");
  if (refused) return refused;
  return run(request);
}
