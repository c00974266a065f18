// Saves the reviewer's draft (autosave, and the last save when the page is left, sent
// with `keepalive`). A request from another origin (403) or not sent as application/json
// (415) is refused first (lib/http/state-changing-route.ts); the actor is resolved before
// the body is read; JSON in (at most 256 KB), JSON out; a stale revision answers 409.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { requirePermission } from "@/lib/auth/permissions.ts";
import { defineRoute, jsonResponse, type RouteContext } from "@/lib/http/entry-point.ts";
import { readJsonCapped } from "@/lib/http/request-body.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";

const saveDraft = defineRoute(async (request) => {
  const actor = requirePermission(await currentActor(), "determinations.draft");
  const input = await readJsonCapped(request);
  const saved = await saveDeterminationDraft({ actor, input });
  return jsonResponse({ ok: true, revision: saved.revision, savedAt: saved.savedAt });
});

export async function POST(request: Request, context?: RouteContext<Record<string, never>>) {
  const refused = refuseUnlessSameOrigin(request, "json");
  if (refused) return refused;
  return saveDraft(request, context);
}
