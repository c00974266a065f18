"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { batchAssignWaitingCases, type BatchRunResult } from "@/lib/cases/batch-assign-waiting-cases.ts";

export async function batchAssignAction(input: unknown): Promise<ActionResult<BatchRunResult>> {
  const result = await runAction(async () => batchAssignWaitingCases({ actor: await currentActor(), input }));
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
