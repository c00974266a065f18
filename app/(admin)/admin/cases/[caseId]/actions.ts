"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";

export async function assignReviewerAction(input: { caseId: string; reviewerId: string }): Promise<ActionResult<{ assignmentId: string }>> {
  const result = await runAction(async () => assignReviewer({ actor: await currentActor(), input }), "Reviewer assigned.");
  if (result.ok) revalidatePath(`/admin/cases/${input.caseId}`);
  return result;
}
