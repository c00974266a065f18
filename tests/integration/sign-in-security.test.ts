// Sign-in hardening on a real database, through next-auth's own authorize() and jwt
// callback: throttling that slows guessing down without locking the owner out (the e-mailed
// unlock link, two-factor past the wait, administrators alike, the earlier lock), two-factor
// sign-in (app codes and one-time recovery codes), password changes and role changes
// ending sessions, and administrator-only account management (a denial changes nothing).
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import { createHash } from "node:crypto";
import { authOptions } from "@/lib/auth/auth-options.ts";
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
import { ACCOUNT_RULE, nextAttemptAt, parseDelayedSignal } from "@/lib/auth/sign-in-throttle.ts";
import { SPENT_LINK_MESSAGE, newUnlockToken, takeUnlockLink, unlockLinkState } from "@/lib/auth/sign-in-unlock.ts";
import type { AppError } from "@/lib/errors.ts";
import { malformedInputs } from "../security/malformed-inputs.ts";
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
type Authorize = (
  credentials: Credentials,
  req: { headers: Record<string, string> },
) => Promise<{ id: string; sessionVersion: number } | null>;
const authorize = (credentials: Credentials) =>
  (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize(credentials, {
    headers: { "user-agent": "jest" },
  });
type Jwt = (params: Record<string, unknown>) => Promise<Record<string, unknown>>;
const jwt = authOptions.callbacks!.jwt as unknown as Jwt;

const emailOf = async (actor: StaffActor) => (await db().user.findUniqueOrThrow({ where: { id: actor.userId } })).email;
const userRow = (actor: StaffActor) => db().user.findUniqueOrThrow({ where: { id: actor.userId } });
const auditOf = (userId: string, action: string) =>
  db().auditEvent.findMany({ where: { entityId: userId, action }, orderBy: { id: "asc" } });

/** Two-factor set up through the enrolment use cases; returns the secret and the recovery codes. */
async function enrol(actor: StaffActor): Promise<{ secret: Buffer; recoveryCodes: string[] }> {
  const setup = await startTwoFactorEnrolment({ actor });
  const secret = base32Decode(setup.secret)!;
  const { recoveryCodes } = await confirmTwoFactor({
    actor,
    input: { enrolment: setup.enrolment, code: totpAt(secret, Date.now()) },
  });
  return { secret, recoveryCodes };
}

/** The app's next code: valid now (within the window of one step) and of a later step than the code shown now. */
const nextCode = (secret: Buffer) => hotp(secret, timeStep(Date.now()) + 1);

/** A code of the secret that is not valid now (three steps away). */
const staleCode = (secret: Buffer) => hotp(secret, timeStep(Date.now()) - 3);

const meta = (ip: string | null = null) => ({ ip, userAgent: "jest" });
type Attempted = Record<string, string>;
/** A sign-in as of `at` (the throttle's clock), from `ip`. */
const attempt = (credentials: Attempted, at: Date = new Date(), ip: string | null = null) =>
  signInWithPassword(credentials, meta(ip), at);
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
const failuresOf = (email: string) => db().signInFailure.count({ where: { email } });
const alertsTo = (email: string) =>
  db().outboxMessage.findMany({
    where: { toAddress: email, kind: "account.sign_in_alert" },
    orderBy: { createdAt: "asc" },
  });
const tokenIn = (body: string) => /\/signin\/unlock\?token=([A-Za-z0-9_-]{43})(?:\s|$)/.exec(body)?.[1];
const tokenFor = async (email: string) => tokenIn((await alertsTo(email))[0].body)!;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const REFUSED = { outcome: "refused" };

let addresses = 0;
/** Rotating addresses, one per guess. */
const nextAddress = () => `198.51.${100 + Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`;

/** Wrong passwords from rotating addresses, each as soon as the account's wait allows: the time of the last. */
async function guessAsAllowed(email: string, times: number, from: Date = new Date()): Promise<Date> {
  let at = from;
  for (let i = 0; i < times; i++) {
    const rows = await db().signInFailure.findMany({ where: { email }, select: { at: true } });
    at =
      nextAttemptAt(
        rows.map((r) => r.at),
        at,
        ACCOUNT_RULE,
      ) ?? at;
    expect(await attempt({ email, password: `wrong-${i}` }, at, nextAddress())).toEqual(REFUSED);
  }
  return at;
}

/** The authenticator's code one step after `at` (valid then, and later than a code accepted before). */
const codeAt = (secret: Buffer, at: Date) => hotp(secret, timeStep(at.getTime()) + 1);

describe("sign-in throttling: slowed down, never locked out", () => {
  it("ten wrong passwords from rotating addresses do not lock the account; the owner's password works once the wait is over", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    const last = await guessAsAllowed(email, 10);
    expect(await userRow(user)).toMatchObject({ lockedAt: null, failedSignIns: 10, lastFailedSignInAt: last });
    expect(await auditOf(user.userId, "user.locked")).toHaveLength(0);
    // the failures beyond the free ones are audited with the wait each set
    const failures = await auditOf(user.userId, "user.sign_in_failed");
    expect(failures.map((f) => (f.payload as { waitSeconds?: number }).waitSeconds ?? 0)).toEqual([
      0, 0, 0, 1, 2, 4, 8, 16, 32, 64,
    ]);
    expect(failures.at(-1)!.payload).toMatchObject({ email, reason: "password", waitSeconds: 64, waitBy: "account" });

    // during the wait the right password is not even checked, and nothing is counted
    expect(await attempt({ email, password: PASSWORD }, later(last, 30))).toEqual({
      outcome: "delayed",
      retryAfterSeconds: 34,
    });
    expect(await userRow(user)).toMatchObject({ failedSignIns: 10 });
    expect(await failuresOf(email)).toBe(10);
    // once it is over, the right password signs in and the count starts afresh
    expect(await attempt({ email, password: PASSWORD }, later(last, 64))).toMatchObject({
      outcome: "signed_in",
      user: { id: user.userId },
    });
    expect(await userRow(user)).toMatchObject({ failedSignIns: 0, lastFailedSignInAt: null, lockedAt: null });
    expect(await failuresOf(email)).toBe(0);
  });

  it("an attempt during the wait is refused unchecked, is not counted and is recorded once; next-auth passes the wait on", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    // nine failures two seconds ago: the next attempt waits 32 s from then
    await db().signInFailure.createMany({
      data: Array.from({ length: 9 }, () => ({ email, ip: null, at: new Date(Date.now() - 2000) })),
    });
    for (const password of [PASSWORD, "wrong", PASSWORD, "wrong-again"]) {
      const wait = await authorize({ email, password }).then(
        () => null,
        (error: Error) => parseDelayedSignal(error.message),
      );
      expect(wait).toBeGreaterThanOrEqual(20);
      expect(wait).toBeLessThanOrEqual(30);
    }
    expect(await failuresOf(email)).toBe(9);
    expect((await userRow(user)).failedSignIns).toBe(0);
    const recorded = await auditOf(user.userId, "user.sign_in_failed");
    expect(recorded).toHaveLength(1);
    expect(recorded[0].payload).toMatchObject({ email, throttled: true, waitBy: "account" });
    expect(await auditOf(user.userId, "user.signed_in")).toHaveLength(0);
  });

  it("an unknown e-mail, a disabled account and a real one get the same answers at the same times", async () => {
    const [real, disabled] = await Promise.all([createStaff("INTAKE"), createStaff("INTAKE")]);
    await db().user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
    const emails = [await emailOf(real), await emailOf(disabled), `${unique("nobody")}@test.imr`];
    const start = new Date();
    // seconds after the start, and the password: the right one only ever during a wait
    const script: [number, string][] = [
      [0, "a"],
      [0, "b"],
      [0, "c"],
      [0, "d"],
      [0.5, PASSWORD],
      [1, "e"],
      [2, PASSWORD],
      [3, "f"],
      [5, PASSWORD],
      [7, "g"],
      [8, "h"],
    ];
    const answers = [];
    for (const email of emails) {
      const outcomes = [];
      for (const [seconds, password] of script)
        outcomes.push(await attempt({ email, password }, later(start, seconds), nextAddress()));
      answers.push(outcomes);
    }
    const expected = [
      REFUSED,
      REFUSED,
      REFUSED,
      REFUSED,
      { outcome: "delayed", retryAfterSeconds: 1 },
      REFUSED,
      { outcome: "delayed", retryAfterSeconds: 1 },
      REFUSED,
      { outcome: "delayed", retryAfterSeconds: 2 },
      REFUSED,
      { outcome: "delayed", retryAfterSeconds: 7 },
    ];
    expect(answers).toEqual([expected, expected, expected]);
    expect(await Promise.all(emails.map(failuresOf))).toEqual([7, 7, 7]);
    expect(await Promise.all(emails.map(async (email) => (await alertsTo(email)).length))).toEqual([1, 0, 0]);
  });

  it("the owner is e-mailed once, with a one-time link: opening it changes nothing, taking it clears the wait, and it signs nobody in", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    const third = await guessAsAllowed(email, 3);
    expect(await alertsTo(email)).toHaveLength(0); // free failures tell nobody
    const fourth = await guessAsAllowed(email, 1, third);
    const [alert] = await alertsTo(email);
    expect(alert).toMatchObject({
      subject: "Failed sign-ins to your IMR Portal account",
      caseId: null,
      status: "PENDING",
    });
    expect(alert.body).toContain("There were 4 failed attempts");
    expect(alert.body).toContain("(California time), from 198.51.");
    expect(alert.body).toContain("Your account is not locked.");
    expect(alert.body).not.toMatch(/wrong-\d/);
    const token = tokenIn(alert.body)!;
    expect(token).toHaveLength(43);
    const link = await db().signInUnlock.findFirstOrThrow({ where: { userId: user.userId } });
    expect(link).toMatchObject({
      tokenHash: sha256(token),
      usedAt: null,
      createdAt: fourth,
      expiresAt: later(fourth, 3600),
    });
    expect((await auditOf(user.userId, "user.unlock_link_issued"))[0].payload).toEqual({
      userId: user.userId,
      unlockId: link.id,
      failures: 4,
      expiresAt: later(fourth, 3600).toISOString(),
    });

    // further failures within the hour send nothing more
    await guessAsAllowed(email, 3, fourth);
    expect(await alertsTo(email)).toHaveLength(1);

    // opening the link (a GET, a mail scanner) only reads
    expect(await unlockLinkState(token)).toEqual({ state: "open" });
    expect(await unlockLinkState(token)).toEqual({ state: "open" });
    expect((await db().signInUnlock.findUniqueOrThrow({ where: { id: link.id } })).usedAt).toBeNull();
    expect(await failuresOf(email)).toBe(7);

    // the button (a POST) takes it: the wait is cleared, nobody is signed in
    await takeUnlockLink({ input: { token }, meta: meta("203.0.113.50") });
    expect(await failuresOf(email)).toBe(0);
    expect(await userRow(user)).toMatchObject({ failedSignIns: 0, lastFailedSignInAt: null });
    expect((await auditOf(user.userId, "user.unlock_link_used"))[0].payload).toEqual({
      userId: user.userId,
      unlockId: link.id,
    });
    expect(await auditOf(user.userId, "user.signed_in")).toHaveLength(0);
    await expect(takeUnlockLink({ input: { token }, meta: meta() })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: SPENT_LINK_MESSAGE,
    });
    expect(await auditOf(user.userId, "user.unlock_link_used")).toHaveLength(1);
    // the owner signs in with the password
    expect(await authorize({ email, password: PASSWORD })).toMatchObject({ id: user.userId });
  });

  it("the link expires after an hour; an unknown or malformed one is refused alike and changes nothing", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    await guessAsAllowed(email, 4);
    const token = await tokenFor(email);
    const afterAnHour = later(new Date(), 61 * 60);
    expect(await unlockLinkState(token, afterAnHour)).toEqual({ state: "spent" });
    await expect(takeUnlockLink({ input: { token }, meta: meta(), now: afterAnHour })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: SPENT_LINK_MESSAGE,
    });

    const wrong: unknown[] = [
      { token: newUnlockToken() },
      { token: `${token}x` },
      { token: token.slice(1) },
      { token: "" },
      {},
      null,
      "token",
      { token: [token] },
      ...malformedInputs({ token }, { count: 100, seed: 41 }).map((m) => m.input),
    ];
    for (const input of wrong) {
      await expect(
        takeUnlockLink({ input, meta: meta() }).then(
          () => "taken",
          (error: AppError) => error.userMessage,
        ),
      ).resolves.toBe(SPENT_LINK_MESSAGE);
    }
    for (const query of [newUnlockToken(), "", "%00", undefined, ["a", "b"], "x".repeat(5000)])
      expect(await unlockLinkState(query)).toEqual({ state: "spent" });
    expect(await failuresOf(email)).toBe(4);
    expect(await db().signInUnlock.count({ where: { userId: user.userId, usedAt: { not: null } } })).toBe(0);
    expect(await auditOf(user.userId, "user.unlock_link_used")).toHaveLength(0);
    // within the hour it still works
    await takeUnlockLink({ input: { token }, meta: meta() });
    expect(await failuresOf(email)).toBe(0);
  });

  it("while failures go on, the taken link lets its owner in past the wait with the password: spent by a success, not for another account, not after three wrong passwords", async () => {
    const [user, other] = await Promise.all([createStaff("INTAKE"), createStaff("INTAKE")]);
    const [email, otherEmail] = [await emailOf(user), await emailOf(other)];
    await guessAsAllowed(email, 4);
    const token = await tokenFor(email);
    await takeUnlockLink({ input: { token }, meta: meta() });
    expect(await unlockLinkState(token)).toEqual({ state: "pass" }); // the page, reloaded, shows the sign-in form again

    // the guesser goes on: the account waits again
    let last = await guessAsAllowed(email, 6);
    expect(await attempt({ email, password: PASSWORD }, last)).toMatchObject({ outcome: "delayed" });
    // not for another account, even a waiting one
    const otherLast = await guessAsAllowed(otherEmail, 6);
    expect(await attempt({ email: otherEmail, password: PASSWORD, unlock: token }, otherLast)).toMatchObject({
      outcome: "delayed",
    });
    // the owner, with it
    expect(await attempt({ email, password: PASSWORD, unlock: token }, last)).toMatchObject({
      outcome: "signed_in",
      user: { id: user.userId },
    });
    // a success spends it
    last = await guessAsAllowed(email, 6);
    expect(await attempt({ email, password: PASSWORD, unlock: token }, last)).toMatchObject({ outcome: "delayed" });
    expect(await unlockLinkState(token, last)).toEqual({ state: "spent" });

    // another owner's link: three wrong passwords with it, then it no longer helps
    const third = await createStaff("INTAKE");
    const thirdEmail = await emailOf(third);
    await guessAsAllowed(thirdEmail, 4);
    const token2 = await tokenFor(thirdEmail);
    await takeUnlockLink({ input: { token: token2 }, meta: meta() });
    last = await guessAsAllowed(thirdEmail, 6);
    for (const password of ["typo-1", "typo-2", "typo-3"])
      expect(await attempt({ email: thirdEmail, password, unlock: token2 }, last)).toEqual(REFUSED);
    const withIt = (await auditOf(third.userId, "user.sign_in_failed")).filter(
      (f) => (f.payload as { unlockLink?: string }).unlockLink,
    );
    expect(withIt).toHaveLength(3);
    expect(await attempt({ email: thirdEmail, password: PASSWORD, unlock: token2 }, last)).toMatchObject({
      outcome: "delayed",
    });
  });

  it("an enrolled owner's password and a good code sign in during the wait; wrong codes there count, and after three the door closes", async () => {
    const reviewer = await createReviewer();
    const email = await emailOf(reviewer);
    const { secret } = await enrol(reviewer);
    let last = await guessAsAllowed(email, 8);
    const waiting = { outcome: "delayed", retryAfterSeconds: 16 };
    expect(await attempt({ email, password: PASSWORD }, last)).toEqual(waiting); // unchecked: no "code needed" either
    expect(await attempt({ email, password: "wrong", code: codeAt(secret, last) }, last)).toEqual(waiting);
    expect(await attempt({ email, password: PASSWORD, code: codeAt(secret, last) }, last)).toMatchObject({
      outcome: "signed_in",
      user: { id: reviewer.userId },
    });
    expect(await failuresOf(email)).toBe(0);

    last = await guessAsAllowed(email, 8, later(last, 120));
    for (let i = 0; i < 3; i++) {
      expect(
        await attempt({ email, password: PASSWORD, code: hotp(secret, timeStep(last.getTime()) - 3 - i) }, last),
      ).toMatchObject({ outcome: "delayed" });
    }
    const pastTheWait = (await auditOf(reviewer.userId, "user.sign_in_failed")).filter(
      (f) => (f.payload as { pastTheWait?: boolean }).pastTheWait,
    );
    expect(pastTheWait.map((f) => (f.payload as { reason: string }).reason)).toEqual(["totp", "totp", "totp"]);
    expect(await failuresOf(email)).toBe(11); // each wrong code counted
    expect(await attempt({ email, password: PASSWORD, code: codeAt(secret, last) }, last)).toMatchObject({
      outcome: "delayed",
    });
    expect(await auditOf(reviewer.userId, "user.signed_in")).toHaveLength(1);
    // once the wait is over, password and code as usual
    const over = later(last, 15 * 60);
    expect(await attempt({ email, password: PASSWORD }, over)).toEqual({ outcome: "second_factor_required" });
    expect(await attempt({ email, password: PASSWORD, code: codeAt(secret, over) }, over)).toMatchObject({
      outcome: "signed_in",
    });
  });

  it("administrators likewise: never locked, e-mailed, and let in by their code during the wait or by the wait's end", async () => {
    const admin = await createStaff("ADMIN");
    const email = await emailOf(admin);
    const { secret } = await enrol(admin);
    let last = await guessAsAllowed(email, 20);
    expect(await userRow(admin)).toMatchObject({ lockedAt: null, failedSignIns: 20 });
    expect(await attempt({ email, password: PASSWORD }, last)).toEqual({
      outcome: "delayed",
      retryAfterSeconds: 15 * 60,
    });
    expect((await alertsTo(email)).length).toBeGreaterThanOrEqual(1);
    expect(await attempt({ email, password: PASSWORD, code: codeAt(secret, last) }, last)).toMatchObject({
      outcome: "signed_in",
      user: { id: admin.userId },
    });

    last = await guessAsAllowed(email, 30, later(last, 60));
    const over = later(last, 15 * 60);
    expect(await attempt({ email, password: PASSWORD }, over)).toEqual({ outcome: "second_factor_required" });
    expect(await attempt({ email, password: PASSWORD, code: codeAt(secret, over) }, over)).toMatchObject({
      outcome: "signed_in",
    });
    expect(await userRow(admin)).toMatchObject({ lockedAt: null, failedSignIns: 0 });
  });

  it("a known address is slowed after its own free failures across e-mails; unknown addresses never share one", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    const at = new Date();
    const sprayed = Array.from({ length: 12 }, () => `${unique("spray")}@test.imr`);
    for (const guess of sprayed.slice(0, 11))
      expect(await attempt({ email: guess, password: "guess" }, at, "192.0.2.77")).toEqual(REFUSED);
    expect(await attempt({ email: sprayed[11], password: "guess" }, at, "192.0.2.77")).toEqual({
      outcome: "delayed",
      retryAfterSeconds: 1,
    });
    expect(await attempt({ email, password: PASSWORD }, at, "192.0.2.77")).toEqual({
      outcome: "delayed",
      retryAfterSeconds: 1,
    });
    // elsewhere, or from an unknown address, each is checked
    expect(await attempt({ email: sprayed[11], password: "guess" }, at, null)).toEqual(REFUSED);
    expect(await attempt({ email, password: PASSWORD }, at, "192.0.2.78")).toMatchObject({ outcome: "signed_in" });
  });

  it("failures older than the window no longer count, and go when the same e-mail fails again", async () => {
    const email = `${unique("nobody")}@test.imr`;
    const longAgo = new Date(Date.now() - (ACCOUNT_RULE.windowMinutes + 1) * 60_000);
    await db().signInFailure.createMany({
      data: Array.from({ length: 20 }, () => ({ email, ip: "192.0.2.90", at: longAgo })),
    });
    expect(await attempt({ email, password: "guess" }, new Date(), "192.0.2.90")).toEqual(REFUSED);
    expect(await failuresOf(email)).toBe(1);
  });

  it("parallel guesses share one count: only the free ones and the one that starts the wait are checked", async () => {
    const user = await createStaff("INTAKE");
    const email = await emailOf(user);
    const at = new Date();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt({ email, password: `wrong-${i}` }, at, nextAddress())),
    );
    expect(outcomes.filter((o) => o.outcome === "refused")).toHaveLength(4);
    expect(outcomes.filter((o) => o.outcome === "delayed")).toHaveLength(6);
    expect(await failuresOf(email)).toBe(4);
    expect(await alertsTo(email)).toHaveLength(1);
  });

  it("a success resets the count, and the right password with two-factor on is not a failure", async () => {
    const [user, enrolled] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
    const email = await emailOf(user);
    await guessAsAllowed(email, 3);
    expect((await userRow(user)).failedSignIns).toBe(3);
    expect(await authorize({ email, password: PASSWORD })).toMatchObject({ id: user.userId });
    expect((await userRow(user)).failedSignIns).toBe(0);
    expect(await failuresOf(email)).toBe(0);
    await enrol(enrolled);
    await expect(authorize({ email: await emailOf(enrolled), password: PASSWORD })).rejects.toThrow(
      SECOND_FACTOR_REQUIRED,
    );
    expect(await failuresOf(await emailOf(enrolled))).toBe(0);
  });

  it("an account locked before stays locked until an administrator unlocks it; unlocking also clears its wait", async () => {
    const [user, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
    const email = await emailOf(user);
    await db().user.update({ where: { id: user.userId }, data: { lockedAt: new Date(), failedSignIns: 10 } });
    expect(await authorize({ email, password: PASSWORD })).toBeNull();
    expect((await auditOf(user.userId, "user.sign_in_failed")).at(-1)!.payload).toMatchObject({ email, locked: true });
    await db().signInFailure.createMany({
      data: Array.from({ length: 8 }, () => ({ email, ip: null, at: new Date() })),
    });
    await unlockUser({ actor: admin, input: { userId: user.userId } });
    expect(await userRow(user)).toMatchObject({ failedSignIns: 0, lockedAt: null });
    expect(await failuresOf(email)).toBe(0);
    expect(await auditOf(user.userId, "user.unlocked")).toHaveLength(1);
    expect(await authorize({ email, password: PASSWORD })).toMatchObject({ id: user.userId });
    await expect(unlockUser({ actor: admin, input: { userId: user.userId } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await alertsTo(email)).toHaveLength(0); // a locked account is sent no link
  });

  it("refuses alike whatever the cause (no account enumeration), and counts only usable accounts' failures on the account", async () => {
    const [plain, disabled, locked] = await Promise.all([
      createStaff("INTAKE"),
      createStaff("INTAKE"),
      createStaff("INTAKE"),
    ]);
    await db().user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
    await db().user.update({ where: { id: locked.userId }, data: { lockedAt: new Date(), failedSignIns: 10 } });
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
    expect((await userRow(locked)).failedSignIns).toBe(10);
    expect((await userRow(plain)).failedSignIns).toBe(1);
  });
});

describe("two-factor sign-in", () => {
  it("is owed by admins and reviewers (where required) until set up; intake is not held", async () => {
    const [admin, reviewer, intake] = await Promise.all([
      createStaff("ADMIN"),
      createReviewer(),
      createStaff("INTAKE"),
    ]);
    for (const [actor, expected] of [
      [admin, "enrol_two_factor"],
      [reviewer, "enrol_two_factor"],
      [intake, null],
    ] as const) {
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
    const raced = await Promise.all(
      [0, 1].map(() => authorize({ email, password: PASSWORD, code: hotp(secret, enrolledAt! + 1 + 0) })),
    );
    expect(raced.filter(Boolean)).toHaveLength(0); // that step is spent already
    const later = new Date(Date.now() + 30_000); // the app's clock a step on
    const fresh = hotp(secret, timeStep(later.getTime()) + 1);
    const racedFresh = await Promise.all(
      [0, 1, 2].map(() =>
        signInWithPassword({ email, password: PASSWORD, code: fresh }, { ip: null, userAgent: "jest" }, later),
      ),
    );
    // one gets in; the others are refused (or, having counted as attempts meanwhile, told to wait)
    expect(racedFresh.filter((r) => r.outcome === "signed_in")).toHaveLength(1);
    expect(
      racedFresh
        .filter((r) => r.outcome !== "signed_in")
        .map((r) => r.outcome)
        .every((o) => o === "refused" || o === "delayed"),
    ).toBe(true);
  });

  it("accepts each recovery code once", async () => {
    const reviewer = await createReviewer();
    const email = await emailOf(reviewer);
    const { recoveryCodes } = await enrol(reviewer);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db().recoveryCode.findMany({ where: { userId: reviewer.userId } });
    expect(stored.map((c) => c.codeHash)).not.toContain(recoveryCodes[0]);

    expect(await authorize({ email, password: PASSWORD, code: recoveryCodes[0].toUpperCase() })).toMatchObject({
      id: reviewer.userId,
    });
    expect((await auditOf(reviewer.userId, "user.recovery_code_used"))[0].payload).toEqual({
      userId: reviewer.userId,
      remaining: 9,
    });
    expect(await authorize({ email, password: PASSWORD, code: recoveryCodes[0] })).toBeNull();
    expect(await authorize({ email, password: PASSWORD, code: recoveryCodes[1] })).toMatchObject({
      id: reviewer.userId,
    });
    expect(await db().recoveryCode.count({ where: { userId: reviewer.userId, usedAt: null } })).toBe(8);
  });

  it("refuses a set-up confirmed with a wrong code, or by another user", async () => {
    const [admin, other] = await Promise.all([createStaff("ADMIN"), createStaff("ADMIN")]);
    const setup = await startTwoFactorEnrolment({ actor: admin });
    await expect(
      confirmTwoFactor({
        actor: admin,
        input: { enrolment: setup.enrolment, code: staleCode(base32Decode(setup.secret)!) },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: [expect.stringContaining("does not match")] } });
    const code = totpAt(base32Decode(setup.secret)!, Date.now());
    await expect(confirmTwoFactor({ actor: other, input: { enrolment: setup.enrolment, code } })).rejects.toMatchObject(
      { code: "VALIDATION" },
    );
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
    expect((await auditOf(reviewer.userId, "user.totp_reset"))[0].payload).toEqual({
      userId: reviewer.userId,
      byAdmin: true,
    });
    expect(sessionStillValid({ uid: reviewer.userId, role: "REVIEWER", sv: before.sessionVersion }, after)).toBe(false);
    expect(await authorize({ email: after.email, password: PASSWORD })).toMatchObject({ id: reviewer.userId });
  });

  it("the user turns their own off only with their password", async () => {
    const admin = await createStaff("ADMIN");
    await enrol(admin);
    await expect(resetOwnTwoFactor({ actor: admin, input: { password: "wrong" } })).rejects.toMatchObject({
      fieldErrors: { password: expect.any(Array) },
    });
    expect((await userRow(admin)).totpEnabledAt).not.toBeNull();
    await resetOwnTwoFactor({ actor: admin, input: { password: PASSWORD } });
    expect((await userRow(admin)).totpEnabledAt).toBeNull();
    expect((await auditOf(admin.userId, "user.totp_reset"))[0].payload).toEqual({
      userId: admin.userId,
      byAdmin: false,
    });
  });
});

describe("password change", () => {
  it("ends the other sessions, keeps the one with the proof, and replaces the password", async () => {
    const user = await createStaff("INTAKE");
    const before = await userRow(user);
    const oldToken = { uid: user.userId, role: "INTAKE", sv: before.sessionVersion };
    const { resume } = await changeOwnPassword({
      actor: user,
      input: {
        currentPassword: PASSWORD,
        newPassword: "correct horse battery",
        confirmPassword: "correct horse battery",
      },
    });
    const after = await userRow(user);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordChangedAt).toBeInstanceOf(Date);
    expect(sessionStillValid(oldToken, after)).toBe(false);
    expect((await auditOf(user.userId, "user.password_changed"))[0].payload).toEqual({
      userId: user.userId,
      byAdmin: false,
      sessionVersion: after.sessionVersion,
    });

    // the browser that changed it moves its token on; a copy of the old token without the proof does not
    const kept = await jwt({ token: { ...oldToken }, trigger: "update", session: resume });
    expect(sessionStillValid(kept, after)).toBe(true);
    const copied = await jwt({ token: { ...oldToken }, trigger: "update", session: { sv: after.sessionVersion } });
    expect(sessionStillValid(copied, after)).toBe(false);

    expect(await authorize({ email: after.email, password: PASSWORD })).toBeNull();
    expect(await authorize({ email: after.email, password: "correct horse battery" })).toMatchObject({
      id: user.userId,
      sessionVersion: after.sessionVersion,
    });
  });

  const NEW = "correct horse battery";
  it.each([
    [
      "too short",
      () => ({ currentPassword: PASSWORD, newPassword: "short-pass", confirmPassword: "short-pass" }),
      "newPassword",
    ],
    [
      "not typed alike",
      () => ({ currentPassword: PASSWORD, newPassword: NEW, confirmPassword: `${NEW}!` }),
      "confirmPassword",
    ],
    [
      "the current one",
      () => ({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }),
      "newPassword",
    ],
    [
      "a wrong current password",
      () => ({ currentPassword: "not-my-password", newPassword: NEW, confirmPassword: NEW }),
      "currentPassword",
    ],
    [
      "the email address",
      (email: string) => ({
        currentPassword: PASSWORD,
        newPassword: email.toUpperCase(),
        confirmPassword: email.toUpperCase(),
      }),
      "newPassword",
    ],
  ])("refuses %s (on its field) and changes nothing", async (_label, input, field) => {
    const user = await createStaff("INTAKE");
    const before = await userRow(user);
    const error = await changeOwnPassword({ actor: user, input: input(before.email) }).then(
      () => null,
      (e: unknown) => e,
    );
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
      input: {
        email: `${unique("new-reviewer")}@test.imr`,
        name: "Dr. New Reviewer",
        yearsInPractice: 10,
        hoursPerWeek: 30,
        disciplinaryHistory: false,
        maxOpenCases: 5,
        maxCasesPerWeek: 5,
      },
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
    expect((await auditOf(user.userId, "user.role_changed"))[0].payload).toEqual({
      userId: user.userId,
      from: "INTAKE",
      to: "ADMIN",
      sessionVersion: promoted.sessionVersion,
    });
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
    expect((await auditOf(user.userId, "user.status_changed"))[0].payload).toEqual({
      userId: user.userId,
      disabled: true,
      sessionVersion: disabled.sessionVersion,
    });
    await setUserDisabled({ actor: admin, input: { userId: user.userId, disabled: false } });
    expect(await authorize({ email: disabled.email, password: PASSWORD })).toMatchObject({ id: user.userId });

    // a reviewer goes through the reviewer record's rule
    await setUserDisabled({ actor: admin, input: { userId: reviewer.userId, disabled: true } });
    expect((await userRow(reviewer)).disabledAt).toBeInstanceOf(Date);
    expect(
      await db().auditEvent.count({ where: { action: "reviewer.disabled", entityId: reviewer.reviewerId! } }),
    ).toBe(1);
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
    await db().user.update({ where: { id: target.userId }, data: { lockedAt: new Date(), failedSignIns: 10 } });
    const actor: Actor | null =
      who === "anonymous"
        ? null
        : who === "intake"
          ? await createStaff("INTAKE")
          : who === "reviewer"
            ? await createReviewer()
            : {
                kind: "party",
                partyId: "00000000-0000-4000-8000-000000000000",
                caseId: "00000000-0000-4000-8000-000000000000",
                meta: { ip: null, userAgent: null },
              };
    const before = await userRow(target);
    await expect(ACTIONS[action](actor, { target })).rejects.toMatchObject({
      code: who === "intake" || who === "reviewer" ? "FORBIDDEN" : "UNAUTHENTICATED",
    });
    expect(await userRow(target)).toEqual(before);
    expect(await db().recoveryCode.count({ where: { userId: target.userId, usedAt: null } })).toBe(10);
  });

  it("an administrator sees two-factor, lock and last sign-in in the list", async () => {
    const [admin, user] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE")]);
    const email = await emailOf(user);
    expect(await authorize({ email, password: PASSWORD })).not.toBeNull();
    const { rows: found } = await listUsers({ actor: admin, query: { q: email } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: user.userId,
      role: "INTAKE",
      totpEnabledAt: null,
      lockedAt: null,
      lastSignInAt: expect.any(Date),
    });
  });
});
