"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { createOrganization } from "@/lib/organizations/create-organization.ts";
import { updateOrganization } from "@/lib/organizations/update-organization.ts";

export const createOrganizationAction = defineAction({
  run: async (input) => createOrganization({ actor: await currentActor(), input }),
  message: "Organization added to the directory.",
  revalidate: ["/admin/organizations"],
});

export const updateOrganizationAction = defineAction({
  run: async (input) => updateOrganization({ actor: await currentActor(), input }),
  message: "Organization saved.",
  revalidate: [{ layout: "/admin/organizations" }],
});
