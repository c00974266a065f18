"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";

export async function submitDeterminationAction(input: unknown): Promise<ActionResult<{ determinationId: string }>> {
  const result = await runAction(async () => submitDetermination({ actor: await currentActor(), input }), "Sent to QA.");
  if (result.ok) revalidatePath("/reviewer", "layout");
  return result;
}
