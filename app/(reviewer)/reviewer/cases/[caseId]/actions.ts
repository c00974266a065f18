"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";

export const submitDeterminationAction = defineAction({
  run: async (input) => submitDetermination({ actor: await currentActor(), input }),
  message: "Sent to QA.",
  revalidate: [{ layout: "/reviewer" }],
});
