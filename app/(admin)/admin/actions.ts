"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { requestBatchAssignment } from "@/lib/cases/batch-assignment-runs.ts";

export const batchAssignAction = defineAction({
  run: async (input) => requestBatchAssignment({ actor: await currentActor(), input }),
  message: "Batch assignment started.",
  revalidate: [{ layout: "/admin" }],
});
