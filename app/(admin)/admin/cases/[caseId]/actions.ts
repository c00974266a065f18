"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { decidePossibleConflict } from "@/lib/cases/decide-possible-conflict.ts";
import { withdrawOffer, type WithdrawnOffer } from "@/lib/cases/withdraw-offer.ts";

export async function assignReviewerAction(input: unknown): Promise<ActionResult<{ assignmentId: string; override: boolean }>> {
  const result = await runAction(async () => assignReviewer({ actor: await currentActor(), input }), "Case offered to the reviewer.");
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function autoAssignAction(input: unknown): Promise<ActionResult<{ assignmentId: string; reviewerId: string }>> {
  const result = await runAction(async () => autoAssignCase({ actor: await currentActor(), input }), "Case offered to the top-ranked reviewer.");
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function startAmendmentAction(input: unknown): Promise<ActionResult<{ determinationId: string; version: number }>> {
  const result = await runAction(async () => startAmendment({ actor: await currentActor(), input }));
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function decidePossibleConflictAction(input: unknown): Promise<ActionResult<{ decisionId: string }>> {
  const result = await runAction(
    async () => decidePossibleConflict({ actor: await currentActor(), input }),
    "Answer recorded. The candidate list is updated.",
  );
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function withdrawOfferAction(input: unknown): Promise<ActionResult<WithdrawnOffer>> {
  const result = await runAction(
    async () => withdrawOffer({ actor: await currentActor(), input }),
    "Offer withdrawn; the reviewer is told by e-mail. The case is back in the assignment queue.",
  );
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
