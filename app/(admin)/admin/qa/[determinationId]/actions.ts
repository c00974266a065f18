"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { approveDetermination, type ApprovedDetermination } from "@/lib/qa/approve-determination.ts";
import { returnDetermination } from "@/lib/qa/return-determination.ts";

export async function returnDeterminationAction(input: unknown): Promise<ActionResult<{ qaReviewId: string }>> {
  const result = await runAction(async () => returnDetermination({ actor: await currentActor(), input }), "Returned to the reviewer.");
  if (result.ok) revalidatePath("/admin/qa", "layout");
  return result;
}

export async function approveDeterminationAction(input: unknown): Promise<ActionResult<ApprovedDetermination>> {
  const result = await runAction(async () => approveDetermination({ actor: await currentActor(), input }), "Approved: the final determination letter is being issued.");
  if (result.ok) revalidatePath("/admin/qa", "layout");
  return result;
}
