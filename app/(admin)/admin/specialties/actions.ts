"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction } from "@/lib/action-result.ts";
import { addSimilarSpecialty } from "@/lib/specialties/add-similar-specialty.ts";
import { removeSimilarSpecialty } from "@/lib/specialties/remove-similar-specialty.ts";

export async function addSimilarAction(input: unknown) {
  const result = await runAction(async () => addSimilarSpecialty({ actor: await currentActor(), input }), "Pair added.");
  if (result.ok) revalidatePath("/admin/specialties");
  return result;
}

export async function removeSimilarAction(input: unknown) {
  const result = await runAction(async () => removeSimilarSpecialty({ actor: await currentActor(), input }), "Pair removed.");
  if (result.ok) revalidatePath("/admin/specialties");
  return result;
}
