// Saves the reviewer's draft (autosave, and the last save when the page is left, sent
// with `keepalive`). JSON in, JSON out; a stale revision answers 409.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { failureFrom } from "@/lib/action-result.ts";
import { AppError, HTTP_STATUS } from "@/lib/errors.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { z } from "zod";

export async function POST(request: Request) {
  try {
    const input = await request.json().catch(() => null);
    const saved = await saveDeterminationDraft({ actor: await currentActor(), input });
    return Response.json({ ok: true, revision: saved.revision, savedAt: saved.savedAt }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const status = error instanceof AppError ? HTTP_STATUS[error.code] : error instanceof z.ZodError ? 422 : 500;
    return Response.json(failureFrom(error), { status, headers: { "Cache-Control": "no-store" } });
  }
}
