"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { requestBatchAssignment, type BatchRunRequest } from "@/lib/cases/batch-assignment-runs.ts";

export async function batchAssignAction(input: unknown): Promise<ActionResult<BatchRunRequest>> {
  const result = await runAction(async () => requestBatchAssignment({ actor: await currentActor(), input }), "Batch assignment started.");
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
