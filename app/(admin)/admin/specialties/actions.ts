"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { addSimilarSpecialty } from "@/lib/specialties/add-similar-specialty.ts";
import { removeSimilarSpecialty } from "@/lib/specialties/remove-similar-specialty.ts";

export const addSimilarAction = defineAction({
  run: async (input) => addSimilarSpecialty({ actor: await currentActor(), input }),
  message: "Pair added.",
  revalidate: ["/admin/specialties"],
});

export const removeSimilarAction = defineAction({
  run: async (input) => removeSimilarSpecialty({ actor: await currentActor(), input }),
  message: "Pair removed.",
  revalidate: ["/admin/specialties"],
});
