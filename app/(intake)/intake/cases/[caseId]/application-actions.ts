"use server";
// Intake corrects the application of a case (lib/cases/edit-application.ts).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { editApplication } from "@/lib/cases/edit-application.ts";

export const editApplicationAction = defineAction({
  run: async (input) => editApplication({ actor: await currentActor(), input }),
  message: (edited) => `Application corrected: ${edited.changes.map((c) => c.label).join("; ")}.`,
  revalidate: [{ layout: "/intake" }, { layout: "/admin" }],
});
