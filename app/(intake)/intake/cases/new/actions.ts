"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { requirePermission } from "@/lib/auth/permissions.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { applicationFrom } from "@/lib/cases/application-form.ts";
import { submitApplication } from "@/lib/intake/submit-application.ts";
import {
  clearApplicationDraft,
  discardApplicationDraft,
  saveApplicationDraft,
} from "@/lib/intake/application-draft.ts";

// The caller first, then the form: a caller without the permission is refused whatever was
// sent, and anything but a form is a validation error (lib/form-input.ts).
export const createCaseAction = defineAction({
  input: "form",
  run: async (form) => {
    const actor = requirePermission(await currentActor(), "cases.create");
    const outcome = await submitApplication({ actor, input: applicationFrom(form()) });
    if (outcome.kind !== "duplicate") await clearApplicationDraft({ actor });
    return outcome;
  },
});

export const saveApplicationDraftAction = defineAction({
  run: async (input) => saveApplicationDraft({ actor: await currentActor(), input }),
});

/** Discards the caller's application draft, once confirmed; the form then starts blank. */
export const discardApplicationDraftAction = defineAction({
  run: async (input) => {
    await discardApplicationDraft({ actor: await currentActor(), input });
    return null;
  },
});
