"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { liftLockout } from "@/lib/parties/lift-lockout.ts";

export async function liftLockoutAction(input: unknown): Promise<ActionResult<{ lifted: number }>> {
  const result = await runAction(async () => liftLockout({ actor: await currentActor(), input }), "Lockout lifted.");
  if (result.ok) revalidatePath("/admin/access-lockouts");
  return result;
}
