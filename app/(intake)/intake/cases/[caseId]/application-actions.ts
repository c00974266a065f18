"use server";
// Intake corrects the application of a case (lib/cases/edit-application.ts).
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { editApplication, type EditedApplication } from "@/lib/cases/edit-application.ts";

export async function editApplicationAction(input: unknown): Promise<ActionResult<EditedApplication>> {
  const result = await runAction(async () => editApplication({ actor: await currentActor(), input }));
  if (!result.ok) return result;
  revalidatePath("/intake", "layout");
  revalidatePath("/admin", "layout");
  return { ...result, message: `Application corrected: ${result.data.changes.map((c) => c.label).join("; ")}.` };
}
