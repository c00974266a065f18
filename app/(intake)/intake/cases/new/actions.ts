"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { createCase, type CreatedCase } from "@/lib/cases/create-case.ts";

export async function createCaseAction(_previous: ActionResult<CreatedCase> | null, form: FormData): Promise<ActionResult<CreatedCase>> {
  const input = {
    ...Object.fromEntries([...form.entries()].filter(([key]) => key !== "items")),
    items: form.getAll("items").map(String),
  };
  return runAction(async () => createCase({ actor: await currentActor(), input }));
}
