"use server";
// Thin transport for staff account management: resolve the actor, hand the raw input to
// the use case, report the outcome, refresh the user pages.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { unlockUser } from "@/lib/users/unlock-user.ts";
import { resetTwoFactor } from "@/lib/users/reset-two-factor.ts";
import { changeRole } from "@/lib/users/change-role.ts";
import { setUserDisabled } from "@/lib/users/set-user-disabled.ts";
import { resetPassword } from "@/lib/users/reset-password.ts";

type UseCase<T> = (args: { actor: Actor | null; input: unknown }) => Promise<T>;

async function act<T>(useCase: UseCase<T>, input: unknown, message: string): Promise<ActionResult<T>> {
  const result = await runAction(async () => useCase({ actor: await currentActor(), input }), message);
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function unlockUserAction(input: unknown) {
  return act(unlockUser, input, "Account unlocked.");
}
export async function resetTwoFactorAction(input: unknown) {
  return act(resetTwoFactor, input, "Two-factor sign-in reset; the user's sessions have ended.");
}
export async function changeRoleAction(input: unknown) {
  return act(changeRole, input, "Role changed; the user's sessions have ended.");
}
export async function setUserDisabledAction(input: unknown) {
  return act(setUserDisabled, input, "Account updated.");
}
export async function resetPasswordAction(input: unknown) {
  return act(resetPassword, input, "New password issued.");
}
