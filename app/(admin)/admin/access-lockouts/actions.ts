"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { liftLockout } from "@/lib/parties/lift-lockout.ts";

export const liftLockoutAction = defineAction({
  run: async (input) => liftLockout({ actor: await currentActor(), input }),
  message: "Lockout lifted.",
  revalidate: ["/admin/access-lockouts"],
});
