"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction } from "@/lib/action-result.ts";
import { createOrganization } from "@/lib/organizations/create-organization.ts";
import { updateOrganization } from "@/lib/organizations/update-organization.ts";

export async function createOrganizationAction(input: unknown) {
  const result = await runAction(async () => createOrganization({ actor: await currentActor(), input }), "Organization added to the directory.");
  if (result.ok) revalidatePath("/admin/organizations");
  return result;
}

export async function updateOrganizationAction(input: unknown) {
  const result = await runAction(async () => updateOrganization({ actor: await currentActor(), input }), "Organization saved.");
  if (result.ok) revalidatePath("/admin/organizations", "layout");
  return result;
}
