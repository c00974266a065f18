"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { editRedaction } from "@/lib/publication/redaction-review/edit-redaction.ts";

export async function editRedactionAction(input: unknown): Promise<ActionResult<{ edits: number }>> {
  const result = await runAction(async () => editRedaction({ actor: await currentActor(), input }), "Saved. The copy below shows the redaction with your change.");
  if (result.ok) revalidatePath("/admin/publications", "layout");
  return result;
}
