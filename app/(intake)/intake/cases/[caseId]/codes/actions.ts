"use server";
// Intake marks a party's access code sent; its sealed copy is erased.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { markCodeSent } from "@/lib/parties/mark-code-sent.ts";

export const markCodeSentAction = defineAction({
  run: async (input) => {
    const marked = await markCodeSent({ actor: await currentActor(), input });
    return { partyId: marked.partyId };
  },
  message: "Marked sent. The code is no longer kept.",
  revalidate: [{ layout: "/intake/cases" }],
});
