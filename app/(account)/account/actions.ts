"use server";
// Thin transport for the account pages. The actor is the signed-in account holder even
// while they still owe a step (lib/auth/current-actor.ts: currentAccountHolder).
import { currentAccountHolder } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { changeOwnPassword } from "@/lib/users/change-own-password.ts";
import { confirmTwoFactor } from "@/lib/users/two-factor-enrolment.ts";
import { resetOwnTwoFactor } from "@/lib/users/reset-own-two-factor.ts";

const accountHolder = async () => (await currentAccountHolder())?.actor ?? null;

export const changePasswordAction = defineAction({
  run: async (input) => changeOwnPassword({ actor: await accountHolder(), input }),
  message: "Password changed.",
});

export const confirmTwoFactorAction = defineAction({
  run: async (input) => confirmTwoFactor({ actor: await accountHolder(), input }),
  message: "Two-factor sign-in is on.",
});

export const resetOwnTwoFactorAction = defineAction({
  run: async (input) => resetOwnTwoFactor({ actor: await accountHolder(), input }),
  message: "Two-factor sign-in is off.",
});
