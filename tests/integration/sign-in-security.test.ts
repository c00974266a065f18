// Sign-in hardening on a real database, through next-auth's own authorize() and jwt
// callback: lockout after consecutive failures and the administrator's unlock, two-factor
// sign-in (app codes and one-time recovery codes), password changes and role changes
// ending sessions, and administrator-only account management (a denial changes nothing).
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import { authOptions, LOCKOUT_AFTER } from "@/lib/auth/auth-options.ts";
import { SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-signals.ts";
import { sessionStillValid } from "@/lib/auth/session-check.ts";
import { pendingAccountStep } from "@/lib/auth/account-gate.ts";
import { base32Decode, base32Encode, hotp, timeStep, totpAt } from "@/lib/auth/totp.ts";
import { failureFrom } from "@/lib/action-result.ts";
import { unlockUser } from "@/lib/users/unlock-user.ts";
import { resetTwoFactor } from "@/lib/users/reset-two-factor.ts";
import { changeRole } from "@/lib/users/change-role.ts";
import { setUserDisabled } from "@/lib/users/set-user-disabled.ts";
import { resetPassword } from "@/lib/users/reset-password.ts";
import { listUsers } from "@/lib/users/list-users.ts";
import { changeOwnPassword } from "@/lib/users/change-own-password.ts";
import { confirmTwoFactor, startTwoFactorEnrolment } from "@/lib/users/two-factor-enrolment.ts";
import { resetOwnTwoFactor } from "@/lib/users/reset-own-two-factor.ts";
import { createReviewer as createReviewerRecord } from "@/lib/reviewers/create-reviewer.ts";
import { hashPassword } from "@/lib/auth/passwords.ts";
import { signInWithPassword } from "@/lib/auth/sign-in.ts";
import type { Role } from "@/lib/db/generated/enums.ts";
import * as factories from "../factories/index.ts";

const { unique } = factories;
jest.setTimeout(60_000); // each sign-in runs an argon2id verification on purpose
const PASSWORD = "known-test-password";
let passwordHash = "";
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

/** The factories' accounts, with a password these tests know. */
async function withPassword(actor: StaffActor): Promise<StaffActor> {
  await db().user.update({ where: { id: actor.userId }, data: { passwordHash } });
  return actor;
}
const createStaff = async (role: Exclude<Role, "REVIEWER">) => withPassword(await factories.createStaff(role));
const createReviewer = async () => withPassword(await factories.createReviewer());
const PRODUCTION = { NODE_ENV: "production" };

type Credentials = { email: string; password: string; code?: string };
type Authorize = (credentials: Credentials, req: { headers: Record<string, string> }) => Promise<{ id: string; sessionVersion: number } | null>;
const authorize = (credentials: Credentials) =>
  ((authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize)(credentials, { headers: { "user-agent": "jest" } });
type Jwt = (params: Record<string, unknown>) => Promise<Record<string, unknown>>;
const jwt = authOptions.callbacks!.jwt as unknown as Jwt;

const emailOf = async (actor: StaffActor) => (await db().user.findUniqueOrThrow({ where: { id: actor.userId } })).email;
const userRow = (actor: StaffActor) => db().user.findUniqueOrThrow({ where: { id: actor.userId } });
const auditOf = (userId: string, action: string) => db().auditEvent.findMany({ where: { entityId: userId, action }, orderBy: { id: "asc" } });

async function failTimes(email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) expect(await authorize({ email, password: `wrong-${i}` })).toBeNull();
}

/** Two-factor set up through the enrolment use cases; returns the secret and the recovery codes. */
async function enrol(actor: StaffActor): Promise<{ secret: Buffer; recoveryCodes: string[] }> {
  const setup = await startTwoFactorEnrolment({ actor });
  const secret = base32Decode(setup.secret)!;
  const { recoveryCodes } = await confirmTwoFactor({ actor, input: { enrolment: setup.enrolment, code: totpAt(secret, Date.now()) } });
  return { secret, recoveryCodes };
}

/** The app's next code: valid now (within the window of one step) and of a later step than the code shown now. */
const nextCode = (secret: Buffer) => hotp(secret, timeStep(Date.now()) + 1);

/** A code of the secret that is not valid now (three steps away). */
const staleCode = (secret: Buffer) => hotp(secret, timeStep(Date.now()) - 3);

describe("lockout after consecutive failed passwords", () => {
  it(`locks the account at the ${LOCKOUT_AFTER}th failure in a row, and then refuses the right password`, async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    await failTimes(email, LOCKOUT_AFTER - 1);
    expect(await userRow(user)).toMatchObject({ failedSignIns: LOCKOUT_AFTER - 1, lockedAt: null });
    await failTimes(email, 1);
    const locked = await userRow(user);
    expect(locked.failedSignIns).toBe(LOCKOUT_AFTER);
    expect(locked.lockedAt).toBeInstanceOf(Date);
    expect(await auditOf(user.userId, "user.locked")).toHaveLength(1);

    expect(await authorize({ email, password: PASSWORD })).toBeNull();
    const failures = await auditOf(user.userId, "user.sign_in_failed");
    expect(failures.at(-1)!.payload).toMatchObject({ email, locked: true });
    expect(await auditOf(user.userId, "user.signed_in")).toHaveLength(0);
  });

  it("the administrator's unlock lets the right password in again, with the count and throttle started afresh", async () => {
    const [user, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
    const email = await emailOf(user);
    await failTimes(email, LOCKOUT_AFTER);
    await unlockUser({ actor: admin, input: { userId: user.userId } });
    expect(await userRow(user)).toMatchObject({ failedSignIns: 0, lockedAt: null });
    expect(await auditOf(user.userId, "user.unlocked")).toHaveLength(1);
    expect(await authorize({ email, password: PASSWORD })).toMatchObject({ id: user.userId });
    await expect(unlockUser({ actor: admin, input: { userId: user.userId } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a successful sign-in resets the count, so only failures in a row lock", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    await failTimes(email, 3);
    expect((await userRow(user)).failedSignIns).toBe(3);
    expect(await authorize({ email, password: PASSWORD })).toMatchObject({ id: user.userId });
    expect((await userRow(user)).failedSignIns).toBe(0);
    await failTimes(email, LOCKOUT_AFTER - 1);
    expect(await userRow(user)).toMatchObject({ failedSignIns: LOCKOUT_AFTER - 1, lockedAt: null });
  });

  it("refuses alike whatever the cause (no account enumeration), and counts only real accounts' failures", async () => {
    const [plain, disabled, locked] = await Promise.all([createStaff("INTAKE"), createStaff("INTAKE"), createStaff("INTAKE")]);
    await db().user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
    await db().user.update({ where: { id: locked.userId }, data: { lockedAt: new Date(), failedSignIns: LOCKOUT_AFTER } });
    const cases: [string, Credentials][] = [
      ["unknown account", { email: `${unique("nobody")}@test.imr`, password: PASSWORD }],
      ["wrong password", { email: await emailOf(plain), password: "not-the-password" }],
      ["disabled account, right password", { email: await emailOf(disabled), password: PASSWORD }],
      ["locked account, right password", { email: await emailOf(locked), password: PASSWORD }],
      ["malformed email", { email: "not an email", password: PASSWORD }],
    ];
    for (const [label, credentials] of cases) {
      await expect(authorize(credentials).then((r) => [label, r])).resolves.toEqual([label, null]);
    }
    expect((await userRow(disabled)).failedSignIns).toBe(0);
    expect((await userRow(locked)).failedSignIns).toBe(LOCKOUT_AFTER);
    expect((await userRow(plain)).failedSignIns).toBe(1);
  });
});

describe("two-factor sign-in", () => {
  it("is owed by admins and reviewers (where required) until set up; intake is not held", async () => {
    const [admin, reviewer, intake] = await Promise.all([createStaff("ADMIN"), createReviewer(), createStaff("INTAKE")]);
    for (const [actor, expected] of [[admin, "enrol_two_factor"], [reviewer, "enrol_two_factor"], [intake, null]] as const) {
      expect(pendingAccountStep(await userRow(actor), PRODUCTION)).toBe(expected);
    }
    await enrol(admin);
    expect(pendingAccountStep(await userRow(admin), PRODUCTION)).toBeNull();
  });

  it("once set up, asks for a code after the right password only, refuses a wrong code as a failure, and accepts the app's code", async () => {
    const admin = await createStaff("ADMIN");
    const email = await emailOf(admin);
    const { secret } = await enrol(admin);
    const row = await userRow(admin);
    expect(row.totpSecret).toMatch(/^v1\./); // sealed (AES-256-GCM), not the secret itself
    expect(row.totpSecret).not.toContain(base32Encode(secret));
    expect(await auditOf(admin.userId, "user.totp_enabled")).toHaveLength(1);

    await expect(authorize({ email, password: PASSWORD })).rejects.toThrow(SECOND_FACTOR_REQUIRED);
    expect(await authorize({ email, password: "wrong-password" })).toBeNull(); // no hint without the password

    expect(await authorize({ email, password: PASSWORD, code: staleCode(secret) })).toBeNull();
    const failures = await auditOf(admin.userId, "user.sign_in_failed");
    expect(failures.at(-1)!.payload).toMatchObject({ email, reason: "totp" });
    expect((await userRow(admin)).failedSignIns).toBe(2);

    // the code shown now was spent confirming the set-up: the app's next code (within the window) is taken
    expect(await authorize({ email, password: PASSWORD, code: nextCode(secret) })).toMatchObject({ id: admin.userId });
    expect((await userRow(admin)).failedSignIns).toBe(0);
  });

  it("accepts an authenticator code once: the same code again, or an earlier one still in the window, is a failure", async () => {
    const reviewer = await createReviewer();
    const email = await emailOf(reviewer);
    const { secret } = await enrol(reviewer);
    const enrolledAt = (await userRow(reviewer)).totpLastStep;
    expect(enrolledAt).toBe(timeStep(Date.now()));
    expect(await authorize({ email, password: PASSWORD, code: totpAt(secret, Date.now()) })).toBeNull(); // the set-up's own code

    const code = nextCode(secret);
    expect(await authorize({ email, password: PASSWORD, code })).toMatchObject({ id: reviewer.userId });
    expect((await userRow(reviewer)).totpLastStep).toBe(enrolledAt! + 1);
    expect(await authorize({ email, password: PASSWORD, code })).toBeNull();
    const failures = await auditOf(reviewer.userId, "user.sign_in_failed");
    expect(failures.map((f) => (f.payload as { reason: string }).reason)).toEqual(["totp_reused", "totp_reused"]);
    expect((await userRow(reviewer)).failedSignIns).toBe(1); // counted toward the lockout (the success between reset it)

    // two sign-ins racing with one fresh code: one gets in
    const raced = await Promise.all([0, 1].map(() => authorize({ email, password: PASSWORD, code: hotp(secret, enrolledAt! + 1 + 0) })));
    expect(raced.filter(Boolean)).toHaveLength(0); // that step is spent already
    const later = new Date(Date.now() + 30_000); // the app's clock a step on
    const fresh = hotp(secret, timeStep(later.getTime()) + 1);
    const racedFresh = await Promise.all([0, 1, 2].map(() => signInWithPassword({ email, password: PASSWORD, code: fresh }, { ip: null, userAgent: "jest" }, later)));
    expect(racedFresh.map((r) => r.outcome).sort()).toEqual(["refused", "refused", "signed_in"]);
  });

  it("accepts each recovery code once", async () => {
    const reviewer = await createReviewer();
    const email = await emailOf(reviewer);
    const { recoveryCodes } = await enrol(reviewer);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db().recoveryCode.findMany({ where: { userId: reviewer.userId } });
    expect(stored.map((c) => c.codeHash)).not.toContain(recoveryCodes[0]);

    expect(await authorize({ email, password: PASSWORD, code: recoveryCodes[0].toUpperCase() })).toMatchObject({ id: reviewer.userId });
    expect((await auditOf(reviewer.userId, "user.recovery_code_used"))[0].payload).toEqual({ userId: reviewer.userId, remaining: 9 });
    expect(await authorize({ email, password: PASSWORD, code: recoveryCodes[0] })).toBeNull();
    expect(await authorize({ email, password: PASSWORD, code: recoveryCodes[1] })).toMatchObject({ id: reviewer.userId });
    expect(await db().recoveryCode.count({ where: { userId: reviewer.userId, usedAt: null } })).toBe(8);
  });

  it("refuses a set-up confirmed with a wrong code, or by another user", async () => {
    const [admin, other] = await Promise.all([createStaff("ADMIN"), createStaff("ADMIN")]);
    const setup = await startTwoFactorEnrolment({ actor: admin });
    await expect(confirmTwoFactor({ actor: admin, input: { enrolment: setup.enrolment, code: staleCode(base32Decode(setup.secret)!) } }))
      .rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: [expect.stringContaining("does not match")] } });
    const code = totpAt(base32Decode(setup.secret)!, Date.now());
    await expect(confirmTwoFactor({ actor: other, input: { enrolment: setup.enrolment, code } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await userRow(admin)).toMatchObject({ totpEnabledAt: null, totpSecret: null });
    expect(await userRow(other)).toMatchObject({ totpEnabledAt: null, totpSecret: null });
  });

  it("an administrator's reset removes the secret and the codes and ends the user's sessions", async () => {
    const [admin, reviewer] = await Promise.all([createStaff("ADMIN"), createReviewer()]);
    await enrol(reviewer);
    const before = await userRow(reviewer);
    await resetTwoFactor({ actor: admin, input: { userId: reviewer.userId } });
    const after = await userRow(reviewer);
    expect(after).toMatchObject({ totpEnabledAt: null, totpSecret: null, sessionVersion: before.sessionVersion + 1 });
    expect(await db().recoveryCode.count({ where: { userId: reviewer.userId } })).toBe(0);
    expect((await auditOf(reviewer.userId, "user.totp_reset"))[0].payload).toEqual({ userId: reviewer.userId, byAdmin: true });
    expect(sessionStillValid({ uid: reviewer.userId, role: "REVIEWER", sv: before.sessionVersion }, after)).toBe(false);
    expect(await authorize({ email: after.email, password: PASSWORD })).toMatchObject({ id: reviewer.userId });
  });

  it("the user turns their own off only with their password", async () => {
    const admin = await createStaff("ADMIN");
    await enrol(admin);
    await expect(resetOwnTwoFactor({ actor: admin, input: { password: "wrong" } })).rejects.toMatchObject({ fieldErrors: { password: expect.any(Array) } });
    expect((await userRow(admin)).totpEnabledAt).not.toBeNull();
    await resetOwnTwoFactor({ actor: admin, input: { password: PASSWORD } });
    expect((await userRow(admin)).totpEnabledAt).toBeNull();
    expect((await auditOf(admin.userId, "user.totp_reset"))[0].payload).toEqual({ userId: admin.userId, byAdmin: false });
  });
});

describe("password change", () => {
  it("ends the other sessions, keeps the one with the proof, and replaces the password", async () => {
    const user = await createStaff("INTAKE");
    const before = await userRow(user);
    const oldToken = { uid: user.userId, role: "INTAKE", sv: before.sessionVersion };
    const { resume } = await changeOwnPassword({ actor: user, input: { currentPassword: PASSWORD, newPassword: "correct horse battery", confirmPassword: "correct horse battery" } });
    const after = await userRow(user);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordChangedAt).toBeInstanceOf(Date);
    expect(sessionStillValid(oldToken, after)).toBe(false);
    expect((await auditOf(user.userId, "user.password_changed"))[0].payload).toEqual({ userId: user.userId, byAdmin: false, sessionVersion: after.sessionVersion });

    // the browser that changed it moves its token on; a copy of the old token without the proof does not
    const kept = await jwt({ token: { ...oldToken }, trigger: "update", session: resume });
    expect(sessionStillValid(kept, after)).toBe(true);
    const copied = await jwt({ token: { ...oldToken }, trigger: "update", session: { sv: after.sessionVersion } });
    expect(sessionStillValid(copied, after)).toBe(false);

    expect(await authorize({ email: after.email, password: PASSWORD })).toBeNull();
    expect(await authorize({ email: after.email, password: "correct horse battery" })).toMatchObject({ id: user.userId, sessionVersion: after.sessionVersion });
  });

  const NEW = "correct horse battery";
  it.each([
    ["too short", () => ({ currentPassword: PASSWORD, newPassword: "short-pass", confirmPassword: "short-pass" }), "newPassword"],
    ["not typed alike", () => ({ currentPassword: PASSWORD, newPassword: NEW, confirmPassword: `${NEW}!` }), "confirmPassword"],
    ["the current one", () => ({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }), "newPassword"],
    ["a wrong current password", () => ({ currentPassword: "not-my-password", newPassword: NEW, confirmPassword: NEW }), "currentPassword"],
    ["the email address", (email: string) => ({ currentPassword: PASSWORD, newPassword: email.toUpperCase(), confirmPassword: email.toUpperCase() }), "newPassword"],
  ])("refuses %s (on its field) and changes nothing", async (_label, input, field) => {
    const user = await createStaff("INTAKE");
    const before = await userRow(user);
    const error = await changeOwnPassword({ actor: user, input: input(before.email) }).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(Object.keys(failureFrom(error).fieldErrors ?? {})).toEqual([field]);
    const after = await userRow(user);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(await auditOf(user.userId, "user.password_changed")).toHaveLength(0);
  });

  it("an account created with a generated password owes a new one first", async () => {
    const admin = await createStaff("ADMIN");
    const created = await createReviewerRecord({
      actor: admin,
      input: { email: `${unique("new-reviewer")}@test.imr`, name: "Dr. New Reviewer", yearsInPractice: 10, hoursPerWeek: 30, disciplinaryHistory: false, maxOpenCases: 5, maxCasesPerWeek: 5 },
    });
    const row = await db().user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(row.mustChangePassword).toBe(true);
    expect(pendingAccountStep(row, PRODUCTION)).toBe("change_password");
    expect(pendingAccountStep(row, { NODE_ENV: "development" })).toBe("change_password");
  });

  it("an administrator's new password works once issued, ends sessions and must be replaced", async () => {
    const [admin, user] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE")]);
    const before = await userRow(user);
    const { password } = await resetPassword({ actor: admin, input: { userId: user.userId } });
    const after = await userRow(user);
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: before.sessionVersion + 1 });
    expect(await authorize({ email: after.email, password: PASSWORD })).toBeNull();
    expect(await authorize({ email: after.email, password })).toMatchObject({ id: user.userId });
    expect(pendingAccountStep(after, PRODUCTION)).toBe("change_password");
  });
});

describe("role change and disabling end sessions", () => {
  it("changes INTAKE to ADMIN and back, ending the sessions each time", async () => {
    const [admin, user] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE")]);
    const before = await userRow(user);
    await changeRole({ actor: admin, input: { userId: user.userId, role: "ADMIN" } });
    const promoted = await userRow(user);
    expect(promoted).toMatchObject({ role: "ADMIN", sessionVersion: before.sessionVersion + 1 });
    expect(sessionStillValid({ uid: user.userId, role: "INTAKE", sv: before.sessionVersion }, promoted)).toBe(false);
    expect((await auditOf(user.userId, "user.role_changed"))[0].payload).toEqual({ userId: user.userId, from: "INTAKE", to: "ADMIN", sessionVersion: promoted.sessionVersion });
    await changeRole({ actor: admin, input: { userId: user.userId, role: "INTAKE" } });
    expect(await userRow(user)).toMatchObject({ role: "INTAKE", sessionVersion: before.sessionVersion + 2 });
  });

  it.each([
    ["into REVIEWER", "intake", "REVIEWER", "VALIDATION"],
    ["out of REVIEWER", "reviewer", "ADMIN", "VALIDATION"],
    ["to the same role", "intake", "INTAKE", "CONFLICT"],
    ["of one's own account", "self", "INTAKE", "CONFLICT"],
  ] as const)("refuses a change %s and changes nothing", async (_label, who, role, code) => {
    const admin = await createStaff("ADMIN");
    const target = who === "self" ? admin : who === "reviewer" ? await createReviewer() : await createStaff("INTAKE");
    const before = await userRow(target);
    await expect(changeRole({ actor: admin, input: { userId: target.userId, role } })).rejects.toMatchObject({ code });
    expect(await userRow(target)).toEqual(before);
  });

  it("disabling ends the sessions and refuses sign-in; enabling lets the user in again", async () => {
    const [admin, user, reviewer] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE"), createReviewer()]);
    const before = await userRow(user);
    await setUserDisabled({ actor: admin, input: { userId: user.userId, disabled: true } });
    const disabled = await userRow(user);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(sessionStillValid({ uid: user.userId, role: "INTAKE", sv: before.sessionVersion }, disabled)).toBe(false);
    expect(await authorize({ email: disabled.email, password: PASSWORD })).toBeNull();
    expect((await auditOf(user.userId, "user.status_changed"))[0].payload).toEqual({ userId: user.userId, disabled: true, sessionVersion: disabled.sessionVersion });
    await setUserDisabled({ actor: admin, input: { userId: user.userId, disabled: false } });
    expect(await authorize({ email: disabled.email, password: PASSWORD })).toMatchObject({ id: user.userId });

    // a reviewer goes through the reviewer record's rule
    await setUserDisabled({ actor: admin, input: { userId: reviewer.userId, disabled: true } });
    expect((await userRow(reviewer)).disabledAt).toBeInstanceOf(Date);
    expect(await db().auditEvent.count({ where: { action: "reviewer.disabled", entityId: reviewer.reviewerId! } })).toBe(1);
  });
});

describe("only administrators manage accounts", () => {
  type Target = { target: StaffActor };
  const ACTIONS: Record<string, (actor: Actor | null, t: Target) => Promise<unknown>> = {
    unlock: (actor, { target }) => unlockUser({ actor, input: { userId: target.userId } }),
    "reset two-factor": (actor, { target }) => resetTwoFactor({ actor, input: { userId: target.userId } }),
    "change role": (actor, { target }) => changeRole({ actor, input: { userId: target.userId, role: "ADMIN" } }),
    disable: (actor, { target }) => setUserDisabled({ actor, input: { userId: target.userId, disabled: true } }),
    "issue a new password": (actor, { target }) => resetPassword({ actor, input: { userId: target.userId } }),
    "list users": (actor) => listUsers({ actor, query: {} }),
  };
  const ACTORS = ["anonymous", "intake", "reviewer", "party"] as const;
  const rows = Object.keys(ACTIONS).flatMap((action) => ACTORS.map((who) => [action, who] as const));

  it.each(rows)("%s by %s: refused, the account unchanged", async (action, who) => {
    const target = await createStaff("INTAKE");
    await enrol(target);
    await db().user.update({ where: { id: target.userId }, data: { lockedAt: new Date(), failedSignIns: LOCKOUT_AFTER } });
    const actor: Actor | null =
      who === "anonymous" ? null
        : who === "intake" ? await createStaff("INTAKE")
          : who === "reviewer" ? await createReviewer()
            : { kind: "party", partyId: "00000000-0000-4000-8000-000000000000", caseId: "00000000-0000-4000-8000-000000000000", meta: { ip: null, userAgent: null } };
    const before = await userRow(target);
    await expect(ACTIONS[action](actor, { target })).rejects.toMatchObject({ code: who === "intake" || who === "reviewer" ? "FORBIDDEN" : "UNAUTHENTICATED" });
    expect(await userRow(target)).toEqual(before);
    expect(await db().recoveryCode.count({ where: { userId: target.userId, usedAt: null } })).toBe(10);
  });

  it("an administrator sees two-factor, lock and last sign-in in the list", async () => {
    const [admin, user] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE")]);
    const email = await emailOf(user);
    expect(await authorize({ email, password: PASSWORD })).not.toBeNull();
    const { rows: found } = await listUsers({ actor: admin, query: { q: email } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: user.userId, role: "INTAKE", totpEnabledAt: null, lockedAt: null, lastSignInAt: expect.any(Date) });
  });
});
