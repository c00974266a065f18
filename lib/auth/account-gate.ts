// What a signed-in staff user must do before any other page: choose their own password
// (accounts created with a generated one), then set up two-factor sign-in where it is
// required. Pure, so the rule is tested without a request.
//
// Two-factor is required for ADMIN and REVIEWER accounts. IMR_REQUIRE_TOTP=off exempts
// everyone and IMR_REQUIRE_TOTP=on requires it everywhere; unset, it is on in production
// and off for the demo (IMR_DEMO=1) and in development and tests (NODE_ENV not
// "production"), so the demo accounts sign in with their password alone.
import type { Role } from "../db/generated/enums.ts";

export type AccountStep = "change_password" | "enrol_two_factor";

export const ACCOUNT_STEP_PATH: Record<AccountStep, string> = {
  change_password: "/account/password",
  enrol_two_factor: "/account/security",
};

const ROLES_NEEDING_TWO_FACTOR: readonly Role[] = ["ADMIN", "REVIEWER"];

type Env = Record<string, string | undefined>;

export function twoFactorRequirementOn(env: Env = process.env): boolean {
  const setting = env.IMR_REQUIRE_TOTP?.trim().toLowerCase();
  if (setting === "off") return false;
  if (setting === "on") return true;
  return env.IMR_DEMO !== "1" && env.NODE_ENV === "production";
}

export function twoFactorRequired(role: Role, env: Env = process.env): boolean {
  return ROLES_NEEDING_TWO_FACTOR.includes(role) && twoFactorRequirementOn(env);
}

export type GateUser = { role: Role; mustChangePassword: boolean; totpEnabledAt: Date | null };

export function pendingAccountStep(user: GateUser, env: Env = process.env): AccountStep | null {
  if (user.mustChangePassword) return "change_password";
  if (user.totpEnabledAt === null && twoFactorRequired(user.role, env)) return "enrol_two_factor";
  return null;
}
