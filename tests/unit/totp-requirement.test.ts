// When two-factor sign-in is required, and what a signed-in account owes before any other
// page (lib/auth/account-gate.ts).
import { pendingAccountStep, twoFactorRequired, twoFactorRequirementOn } from "@/lib/auth/account-gate.ts";

describe("twoFactorRequirementOn", () => {
  it.each([
    ["production", { NODE_ENV: "production" }, true],
    ["production demo", { NODE_ENV: "production", IMR_DEMO: "1" }, false],
    ["development", { NODE_ENV: "development" }, false],
    ["tests", { NODE_ENV: "test" }, false],
    ["no NODE_ENV", {}, false],
    ["turned off in production", { NODE_ENV: "production", IMR_REQUIRE_TOTP: "off" }, false],
    ["turned on in development", { NODE_ENV: "development", IMR_REQUIRE_TOTP: "on" }, true],
    ["turned on for the demo", { NODE_ENV: "production", IMR_DEMO: "1", IMR_REQUIRE_TOTP: "ON" }, true],
    ["an unknown setting keeps the default", { NODE_ENV: "production", IMR_REQUIRE_TOTP: "maybe" }, true],
  ])("%s -> %s", (_label, env, expected) => {
    expect(twoFactorRequirementOn(env)).toBe(expected);
  });
});

describe("twoFactorRequired by role (requirement on)", () => {
  const on = { NODE_ENV: "production" };
  it.each([
    ["ADMIN", true],
    ["REVIEWER", true],
    ["INTAKE", false],
  ] as const)("%s -> %s", (role, expected) => {
    expect(twoFactorRequired(role, on)).toBe(expected);
    expect(twoFactorRequired(role, { NODE_ENV: "production", IMR_REQUIRE_TOTP: "off" })).toBe(false);
  });
});

describe("pendingAccountStep", () => {
  const on = { NODE_ENV: "production" };
  const off = { NODE_ENV: "production", IMR_REQUIRE_TOTP: "off" };
  const enrolled = new Date("2026-01-05T10:00:00Z");
  it.each([
    [
      "admin without two-factor",
      { role: "ADMIN", mustChangePassword: false, totpEnabledAt: null },
      on,
      "enrol_two_factor",
    ],
    [
      "reviewer without two-factor",
      { role: "REVIEWER", mustChangePassword: false, totpEnabledAt: null },
      on,
      "enrol_two_factor",
    ],
    ["intake without two-factor", { role: "INTAKE", mustChangePassword: false, totpEnabledAt: null }, on, null],
    ["admin with two-factor", { role: "ADMIN", mustChangePassword: false, totpEnabledAt: enrolled }, on, null],
    [
      "admin without two-factor, requirement off",
      { role: "ADMIN", mustChangePassword: false, totpEnabledAt: null },
      off,
      null,
    ],
    [
      "new reviewer: password first",
      { role: "REVIEWER", mustChangePassword: true, totpEnabledAt: null },
      on,
      "change_password",
    ],
    [
      "password owed even where two-factor is off",
      { role: "INTAKE", mustChangePassword: true, totpEnabledAt: null },
      off,
      "change_password",
    ],
  ] as const)("%s -> %s", (_label, user, env, expected) => {
    expect(pendingAccountStep(user, env)).toBe(expected);
  });
});
