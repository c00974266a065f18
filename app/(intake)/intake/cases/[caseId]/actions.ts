"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { confirmEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { markRecordsComplete } from "@/lib/records/mark-records-complete.ts";

export async function confirmEligibilityAction(input: unknown): Promise<ActionResult<unknown>> {
  const result = await runAction(async () => confirmEligibility({ actor: await currentActor(), input }), "Eligibility decided and notice sent.");
  if (result.ok) revalidatePath("/intake", "layout");
  return result;
}

export async function markRecordsCompleteAction(input: unknown): Promise<ActionResult<unknown>> {
  const result = await runAction(async () => markRecordsComplete({ actor: await currentActor(), input }), "Records complete.");
  if (result.ok) revalidatePath("/intake", "layout");
  return result;
}
