import { sessionStillValid } from "@/lib/auth/session-check.ts";

const user = { disabledAt: null, role: "ADMIN" as const, sessionVersion: 3 };
const claims = { uid: "u1", role: "ADMIN", sv: 3 };

describe("sessionStillValid", () => {
  it.each([
    ["the same user, role and version", claims, user, true],
    ["a deleted user", claims, null, false],
    ["a disabled user", claims, { ...user, disabledAt: new Date() }, false],
    ["a role changed since sign-in", claims, { ...user, role: "REVIEWER" as const }, false],
    ["a bumped session version (password change)", claims, { ...user, sessionVersion: 4 }, false],
    ["claims without a version", { uid: "u1", role: "ADMIN" }, user, false],
  ])("%s -> %s", (_label, c, u, expected) => {
    expect(sessionStillValid(c, u)).toBe(expected);
  });
});
