"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { submitDetermination, type IssuedDetermination } from "@/lib/determinations/issue-determination.ts";

export async function saveDraftAction(input: unknown): Promise<ActionResult<{ savedAt: Date }>> {
  return runAction(async () => saveDeterminationDraft({ actor: await currentActor(), input }), "Draft saved.");
}

export async function submitDeterminationAction(input: unknown): Promise<ActionResult<IssuedDetermination>> {
  const result = await runAction(async () => submitDetermination({ actor: await currentActor(), input }), "Final determination issued.");
  if (result.ok) revalidatePath("/reviewer", "layout");
  return result;
}
