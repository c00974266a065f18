"use server";
// Thin transport for staff account management: resolve the actor, hand the raw input to
// the use case, report the outcome, refresh the user pages.
import { currentActor } from "@/lib/auth/current-actor.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { unlockUser } from "@/lib/users/unlock-user.ts";
import { resetTwoFactor } from "@/lib/users/reset-two-factor.ts";
import { changeRole } from "@/lib/users/change-role.ts";
import { setUserDisabled } from "@/lib/users/set-user-disabled.ts";
import { resetPassword } from "@/lib/users/reset-password.ts";

type Command<T> = (args: { actor: Actor | null; input: unknown }) => Promise<T>;

const act = <T>(command: Command<T>, message: string) =>
  defineAction({
    run: async (input) => command({ actor: await currentActor(), input }),
    message,
    revalidate: [{ layout: "/admin/users" }],
  });

export const unlockUserAction = act(unlockUser, "Account unlocked.");
export const resetTwoFactorAction = act(resetTwoFactor, "Two-factor sign-in reset; the user's sessions have ended.");
export const changeRoleAction = act(changeRole, "Role changed; the user's sessions have ended.");
export const setUserDisabledAction = act(setUserDisabled, "Account updated.");
export const resetPasswordAction = act(resetPassword, "New password issued.");
