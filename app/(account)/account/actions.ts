"use server";
// Thin transport for the account pages. The actor is the signed-in account holder even
// while they still owe a step (lib/auth/current-actor.ts: currentAccountHolder).
import { currentAccountHolder } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import type { ResumeProof } from "@/lib/auth/session-resume.ts";
import { changeOwnPassword } from "@/lib/users/change-own-password.ts";
import { confirmTwoFactor } from "@/lib/users/two-factor-enrolment.ts";
import { resetOwnTwoFactor } from "@/lib/users/reset-own-two-factor.ts";

const accountHolder = async () => (await currentAccountHolder())?.actor ?? null;

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ resume: ResumeProof }>> {
  return runAction(async () => changeOwnPassword({ actor: await accountHolder(), input }), "Password changed.");
}

export async function confirmTwoFactorAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction(async () => confirmTwoFactor({ actor: await accountHolder(), input }), "Two-factor sign-in is on.");
}

export async function resetOwnTwoFactorAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction(async () => resetOwnTwoFactor({ actor: await accountHolder(), input }), "Two-factor sign-in is off.");
}
