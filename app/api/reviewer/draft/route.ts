// Saves the reviewer's draft (autosave, and the last save when the page is left, sent
// with `keepalive`). A request from another origin (403) or not sent as application/json
// (415) is refused first (lib/http/state-changing-route.ts); the actor is resolved before
// the body is read; JSON in (at most 256 KB), JSON out; a stale revision answers 409.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { requirePermission } from "@/lib/auth/permissions.ts";
import { failureFrom } from "@/lib/action-result.ts";
import { errorStatus } from "@/lib/http/error-status.ts";
import { readJsonCapped } from "@/lib/http/request-body.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";

export async function POST(request: Request) {
  const refused = refuseUnlessSameOrigin(request, "json");
  if (refused) return refused;
  try {
    const actor = requirePermission(await currentActor(), "determinations.draft");
    const input = await readJsonCapped(request);
    const saved = await saveDeterminationDraft({ actor, input });
    return Response.json({ ok: true, revision: saved.revision, savedAt: saved.savedAt }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const status = errorStatus(error);
    return Response.json(failureFrom(error), { status, headers: { "Cache-Control": "no-store" } });
  }
}
