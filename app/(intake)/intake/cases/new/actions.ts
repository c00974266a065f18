"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { requirePermission } from "@/lib/auth/permissions.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { applicationFrom } from "@/lib/cases/application-form.ts";
import { formArgument } from "@/lib/form-input.ts";
import { submitApplication, type ApplicationOutcome } from "@/lib/intake/submit-application.ts";
import { clearApplicationDraft, discardApplicationDraft, saveApplicationDraft } from "@/lib/intake/application-draft.ts";

// The caller first, then the form: a caller without the permission is refused whatever was
// sent, and anything but a form is a validation error (lib/form-input.ts).
export async function createCaseAction(_previous: unknown, form: unknown): Promise<ActionResult<ApplicationOutcome>> {
  return runAction(async () => {
    const actor = requirePermission(await currentActor(), "cases.create");
    const outcome = await submitApplication({ actor, input: applicationFrom(formArgument(form)) });
    if (outcome.kind !== "duplicate") await clearApplicationDraft({ actor });
    return outcome;
  });
}

export async function saveApplicationDraftAction(data: Record<string, string | boolean | string[]>): Promise<ActionResult<{ savedAt: Date }>> {
  return runAction(async () => saveApplicationDraft({ actor: await currentActor(), input: data }));
}

/** Discards the caller's application draft, once confirmed; the form then starts blank. */
export async function discardApplicationDraftAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    await discardApplicationDraft({ actor: await currentActor(), input });
    return null;
  });
}
