"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";

export async function assignReviewerAction(input: { caseId: string; reviewerId: string }): Promise<ActionResult<{ assignmentId: string }>> {
  const result = await runAction(async () => assignReviewer({ actor: await currentActor(), input }), "Reviewer assigned.");
  if (result.ok) revalidatePath(`/admin/cases/${input.caseId}`);
  return result;
}

export async function startAmendmentAction(input: unknown): Promise<ActionResult<{ determinationId: string; version: number }>> {
  const result = await runAction(async () => startAmendment({ actor: await currentActor(), input }));
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
