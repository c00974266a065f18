"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";

export const respondToOfferAction = defineAction({
  run: async (input) => respondToOffer({ actor: await currentActor(), input }),
  revalidate: [{ layout: "/reviewer" }],
});
