"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { confirmEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { markRecordsComplete } from "@/lib/records/mark-records-complete.ts";

export const confirmEligibilityAction = defineAction({
  run: async (input) => confirmEligibility({ actor: await currentActor(), input }),
  message: "Eligibility decided and notice sent.",
  revalidate: [{ layout: "/intake" }],
});

export const markRecordsCompleteAction = defineAction({
  run: async (input) => markRecordsComplete({ actor: await currentActor(), input }),
  message: "Records complete.",
  revalidate: [{ layout: "/intake" }],
});
