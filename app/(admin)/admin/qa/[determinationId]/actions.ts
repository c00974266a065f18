"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { returnDetermination } from "@/lib/qa/return-determination.ts";

export const returnDeterminationAction = defineAction({
  run: async (input) => returnDetermination({ actor: await currentActor(), input }),
  message: "Returned to the reviewer.",
  revalidate: [{ layout: "/admin/qa" }],
});

export const approveDeterminationAction = defineAction({
  run: async (input) => approveDetermination({ actor: await currentActor(), input }),
  message: "Approved: the final determination letter is being issued.",
  revalidate: [{ layout: "/admin/qa" }],
});
