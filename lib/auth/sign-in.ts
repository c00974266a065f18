// Staff sign-in with email, password and, once two-factor is set up, a code. Refusals
// look alike to the caller whatever the cause (unknown account, wrong password, disabled,
// locked), and an argon2id verification runs either way so timing does not tell them apart.
// Guarding against guessing:
// - throttling, never lockout (the rules and their reasons: ./sign-in-throttle.ts): after a
//   few free failures per account (and per address when known) each further failure makes
//   the next attempt wait longer, 15 minutes at most; an attempt during the wait is refused
//   ("delayed", with the seconds left) without its password being checked. The account's
//   owner is e-mailed a one-time unlock link (./sign-in-unlock.ts) whose pass lets them past
//   the wait, and an enrolled account's password with a good code signs in during the wait.
//   Failed sign-ins no longer lock an account; one locked earlier stays locked until an
//   administrator unlocks it (lib/users/unlock-user.ts);
// - replay: an authenticator code is accepted once; the step of the last one accepted is
//   kept (User.totpLastStep) and a code of that step or an earlier one is refused (RFC 6238
//   section 5.2), so a code seen over a shoulder or in a log cannot be used again.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit, type AuditPayloads } from "../audit/record-audit.ts";
import type { Role } from "../db/generated/enums.ts";
import type { RequestMeta } from "./actor.ts";
import { verifyPassword } from "./passwords.ts";
import { spendRecoveryCode, totpCodeStep } from "./second-factor.ts";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  FAILURES_READ,
  SECOND_FACTOR_FREE,
  nextAttemptAt,
  throttleVerdict,
  windowStart,
  type ThrottleVerdict,
} from "./sign-in-throttle.ts";
import { issueUnlockLinkIfDue, spendUnlockPass, unlockPassFor } from "./sign-in-unlock.ts";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(64).optional(),
  /** the token of an unlock link already taken (its pass), sent by the form on the link's page */
  unlock: z.string().trim().max(100).optional(),
});

// Verified when the account does not exist, is disabled or locked, so that timing does not tell.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$xvAeaXVH3H+Pid4pCXYoNg$QHevvBgEFGfZDY0hyHPqH3zHUAf5r4kD5uIhqd+ltbU";

export type SignedInUser = { id: string; name: string; email: string; role: Role; sessionVersion: number };
export type SignInResult =
  | { outcome: "signed_in"; user: SignedInUser }
  | { outcome: "second_factor_required" }
  /** refused unchecked: the account or address must wait this long (the same for every e-mail) */
  | { outcome: "delayed"; retryAfterSeconds: number }
  | { outcome: "refused" };

const REFUSED: SignInResult = { outcome: "refused" };
type FailurePayload = AuditPayloads["user.sign_in_failed"];
type Waiting = Extract<ThrottleVerdict, { waiting: true }>;
type Tx = Prisma.TransactionClient;

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  passwordHash: true,
  sessionVersion: true,
  disabledAt: true,
  lockedAt: true,
  totpSecret: true,
  totpEnabledAt: true,
  totpLastStep: true,
} as const;
type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

/** One attempt as it is being decided. attemptId: its failure row, written before the password was checked. */
type Attempt = {
  email: string;
  user: UserRow | null;
  meta: RequestMeta;
  now: Date;
  attemptId: bigint | null;
  pass: string | null;
};

const usable = (user: UserRow | null): user is UserRow =>
  user !== null && user.disabledAt === null && user.lockedAt === null;

export async function signInWithPassword(
  raw: unknown,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return REFUSED;
  const { email, password } = parsed.data;
  const code = parsed.data.code || null;
  const user = await db().user.findUnique({ where: { email }, select: userSelect });
  const pass = parsed.data.unlock ? await unlockPassFor(parsed.data.unlock, user?.id ?? null, now) : null;

  const admitted = await admitAttempt(email, meta.ip, now, pass !== null);
  if (admitted.waiting) {
    return code
      ? signInPastTheWait(email, user, password, code, meta, now, admitted.verdict)
      : refuseDuringWait(email, user, meta, admitted.verdict);
  }
  const attempt: Attempt = { email, user, meta, now, attemptId: admitted.attemptId, pass: pass?.id ?? null };
  const passwordOk = await verifyPassword(usable(user) ? user.passwordHash : DUMMY_HASH, password);
  if (!usable(user) || !passwordOk) {
    await recordFailure(attempt, { reason: "password", ...(user?.lockedAt ? { locked: true } : {}) });
    return REFUSED;
  }
  if (user.totpEnabledAt !== null) {
    if (!code) {
      // the right password is not a failure: the attempt's row goes
      await db().signInFailure.deleteMany({ where: { id: admitted.attemptId } });
      return { outcome: "second_factor_required" };
    }
    const result = await signInWithSecondFactor(attempt, user, code, null);
    return result.outcome === "delayed" ? REFUSED : result;
  }
  const signedIn = await db()
    .$transaction((tx) => finishSignIn(tx, user, meta, now, {}, attempt.pass))
    .catch(unlessRaced);
  return signedIn ? signedInResult(user) : REFUSED;
}

/**
 * Under the account's lock: whether the attempt must wait (unless it brings a good pass),
 * and if not, its failure row, written before the password is checked so that parallel
 * attempts count each other.
 */
async function admitAttempt(
  email: string,
  ip: string | null,
  now: Date,
  hasPass: boolean,
): Promise<{ waiting: true; verdict: Waiting } | { waiting: false; attemptId: bigint }> {
  return db().$transaction(async (tx) => {
    await lockAccount(tx, email);
    const verdict = throttleVerdict(await recentFailures(tx, email, ip, now), now);
    if (verdict.waiting && !hasPass) return { waiting: true as const, verdict };
    const row = await tx.signInFailure.create({ data: { email, ip, at: now }, select: { id: true } });
    return { waiting: false as const, attemptId: row.id };
  });
}

/** Failed sign-ins for one e-mail are decided one at a time (a transaction-scoped advisory lock). */
async function lockAccount(tx: Tx, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`;
}

async function recentFailures(tx: Tx, email: string, ip: string | null, now: Date) {
  const newest = { orderBy: { at: "desc" as const }, take: FAILURES_READ, select: { at: true } };
  const account = await tx.signInFailure.findMany({
    where: { email, at: { gt: windowStart(now, ACCOUNT_RULE) } },
    ...newest,
  });
  // an unknown address gets no rule of its own (never one bucket for everyone unknown)
  const address = ip
    ? await tx.signInFailure.findMany({ where: { ip, at: { gt: windowStart(now, ADDRESS_RULE) } }, ...newest })
    : null;
  return { account: account.map((f) => f.at), address: address?.map((f) => f.at) ?? null };
}

/** Refused during a wait, the password unchecked; recorded once per wait (hammering writes nothing more). */
async function refuseDuringWait(
  email: string,
  user: UserRow | null,
  meta: RequestMeta,
  verdict: Waiting,
): Promise<SignInResult> {
  const same = verdict.by === "account" ? { payload: { path: ["email"], equals: email } } : { ip: meta.ip };
  const recorded = await db().auditEvent.findFirst({
    where: {
      action: "user.sign_in_failed",
      at: { gte: verdict.since },
      AND: [same, { payload: { path: ["throttled"], equals: true } }],
    },
    select: { id: true },
  });
  if (!recorded) {
    await recordAudit(
      db(),
      { kind: "system", meta },
      {
        action: "user.sign_in_failed",
        entityType: "User",
        entityId: user?.id ?? "unknown",
        payload: { email, throttled: true, waitSeconds: verdict.retryAfterSeconds, waitBy: verdict.by },
      },
    );
  }
  return { outcome: "delayed", retryAfterSeconds: verdict.retryAfterSeconds };
}

/**
 * During a wait, an attempt with a code: the second factor proves the owner, so an enrolled
 * account's right password and good code sign in. Anything else gets the same answer as any
 * attempt during the wait. Open only while the account has fewer than SECOND_FACTOR_FREE
 * wrong codes in the window, so that a guesser holding the password cannot try codes at will.
 */
async function signInPastTheWait(
  email: string,
  user: UserRow | null,
  password: string,
  code: string,
  meta: RequestMeta,
  now: Date,
  verdict: Waiting,
): Promise<SignInResult> {
  const enrolled = usable(user) && user.totpEnabledAt !== null;
  const passwordOk = await verifyPassword(enrolled ? user!.passwordHash : DUMMY_HASH, password);
  if (!enrolled || !passwordOk) return refuseDuringWait(email, user, meta, verdict);
  const result = await signInWithSecondFactor(
    { email, user, meta, now, attemptId: null, pass: null },
    user!,
    code,
    verdict,
  );
  if (result.outcome === "refused") return { outcome: "delayed", retryAfterSeconds: verdict.retryAfterSeconds };
  if (result.outcome === "delayed") return refuseDuringWait(email, user, meta, verdict);
  return result;
}

/**
 * The code after the right password: an authenticator code of a later step than the last
 * one accepted, or an unused recovery code (spent with the sign-in). Checked under the
 * account's lock, with the failure written in the same transaction. `pastTheWait`: the
 * attempt came during a wait (refused as "delayed" when the code budget is spent).
 */
async function signInWithSecondFactor(
  a: Attempt,
  user: UserRow,
  code: string,
  pastTheWait: Waiting | null,
): Promise<SignInResult> {
  const failedAs = (reason: "totp" | "totp_reused") => ({ reason, ...(pastTheWait ? { pastTheWait: true } : {}) });
  const outcome = await db()
    .$transaction(async (tx): Promise<"signed_in" | "failed" | "over_budget"> => {
      await lockAccount(tx, a.email);
      if (pastTheWait && (await wrongCodes(tx, user.id, a.now)) >= SECOND_FACTOR_FREE) return "over_budget";
      const step = totpCodeStep(user.totpSecret, code, a.now.getTime());
      if (step === null) {
        // not a current authenticator code: a recovery code, or a failure
        const remaining = await spendRecoveryCode(tx, user.id, code, a.now);
        if (remaining === null) {
          await writeFailure(tx, a, failedAs("totp"));
          return "failed";
        }
        await finishSignIn(tx, user, a.meta, a.now, { recoveryCodesLeft: remaining }, a.pass);
        return "signed_in";
      }
      if (user.totpLastStep !== null && step <= user.totpLastStep) {
        await writeFailure(tx, a, failedAs("totp_reused"));
        return "failed";
      }
      await finishSignIn(tx, user, a.meta, a.now, { totpStep: step }, a.pass);
      return "signed_in";
    })
    .catch(async (error: unknown) => {
      // a code of that step accepted meanwhile, or the account locked or disabled: a failure
      if (!(error instanceof SignInRaced)) throw error;
      await recordFailure(a, failedAs("totp_reused"));
      return "failed" as const;
    });
  if (outcome === "signed_in") return signedInResult(user);
  return outcome === "over_budget"
    ? { outcome: "delayed", retryAfterSeconds: pastTheWait!.retryAfterSeconds }
    : REFUSED;
}

/** Wrong codes for the account in the window since its last sign-in. */
async function wrongCodes(tx: Tx, userId: string, now: Date): Promise<number> {
  const lastIn = await tx.auditEvent.findFirst({
    where: { actorId: userId, action: "user.signed_in" },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const start = windowStart(now, ACCOUNT_RULE);
  return tx.auditEvent.count({
    where: {
      action: "user.sign_in_failed",
      entityId: userId,
      at: { gt: lastIn && lastIn.at > start ? lastIn.at : start },
      OR: [{ payload: { path: ["reason"], equals: "totp" } }, { payload: { path: ["reason"], equals: "totp_reused" } }],
    },
  });
}

type SecondFactor = { recoveryCodesLeft?: number; totpStep?: number };

/**
 * Resets the account's failures (its rows and count), records the authenticator code's step
 * (refused when a code of that step was accepted meanwhile), spends the unlock pass it came
 * with, and records the sign-in. Throws SignInRaced when the account was locked, disabled or
 * its code step taken since it was read (rolling back a spent recovery code with it).
 */
async function finishSignIn(
  tx: Tx,
  user: UserRow,
  meta: RequestMeta,
  now: Date,
  { recoveryCodesLeft, totpStep }: SecondFactor,
  pass: string | null,
): Promise<true> {
  const actor = { kind: "user" as const, userId: user.id, role: user.role, name: user.name, reviewerId: null, meta };
  if (recoveryCodesLeft !== undefined) {
    await recordAudit(tx, actor, {
      action: "user.recovery_code_used",
      entityType: "User",
      entityId: user.id,
      payload: { userId: user.id, remaining: recoveryCodesLeft },
    });
  }
  const fresh = totpStep === undefined ? {} : { OR: [{ totpLastStep: null }, { totpLastStep: { lt: totpStep } }] };
  const reset = await tx.user.updateMany({
    where: { id: user.id, lockedAt: null, disabledAt: null, ...fresh },
    data: { failedSignIns: 0, lastFailedSignInAt: null, ...(totpStep === undefined ? {} : { totpLastStep: totpStep }) },
  });
  if (reset.count !== 1) throw new SignInRaced();
  await tx.signInFailure.deleteMany({ where: { email: user.email } });
  if (pass) await spendUnlockPass(tx, pass, now);
  await recordAudit(tx, actor, {
    action: "user.signed_in",
    entityType: "User",
    entityId: user.id,
    payload: { email: user.email },
  });
  return true;
}

class SignInRaced extends Error {}

function unlessRaced(error: unknown): false {
  if (error instanceof SignInRaced) return false;
  throw error;
}

function signedInResult({ id, name, email, role, sessionVersion }: UserRow): SignInResult {
  return { outcome: "signed_in", user: { id, name, email, role, sessionVersion } };
}

type FailureDetails = Pick<FailurePayload, "reason" | "locked" | "pastTheWait">;

async function recordFailure(a: Attempt, details: FailureDetails): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockAccount(tx, a.email);
    await writeFailure(tx, a, details);
  });
}

/**
 * A failed attempt: its row (unless written on admission; the e-mail's rows out of every
 * window go), the account's count, the audit event with the wait it set, and, when it
 * leaves a real, enabled account waiting, the e-mail to the owner with an unlock link (at
 * most one an hour). Under the account's lock.
 */
async function writeFailure(tx: Tx, a: Attempt, details: FailureDetails): Promise<void> {
  if (a.attemptId === null) await tx.signInFailure.create({ data: { email: a.email, ip: a.meta.ip, at: a.now } });
  // what neither rule counts any longer
  const forgotten = new Date(
    a.now.getTime() - Math.max(ACCOUNT_RULE.windowMinutes, ADDRESS_RULE.windowMinutes) * 60_000,
  );
  await tx.signInFailure.deleteMany({ where: { email: a.email, at: { lte: forgotten } } });
  if (usable(a.user))
    await tx.user.updateMany({
      where: { id: a.user.id },
      data: { failedSignIns: { increment: 1 }, lastFailedSignInAt: a.now },
    });
  const failures = await recentFailures(tx, a.email, a.meta.ip, a.now);
  const verdict = throttleVerdict(failures, a.now);
  const payload: FailurePayload = { email: a.email, ...details };
  if (verdict.waiting) Object.assign(payload, { waitSeconds: verdict.retryAfterSeconds, waitBy: verdict.by });
  if (a.pass) payload.unlockLink = a.pass;
  await recordAudit(
    tx,
    { kind: "system", meta: a.meta },
    { action: "user.sign_in_failed", entityType: "User", entityId: a.user?.id ?? "unknown", payload },
  );
  if (usable(a.user) && nextAttemptAt(failures.account, a.now, ACCOUNT_RULE) !== null) {
    await issueUnlockLinkIfDue(tx, a.user, { rightPasswordWrongCode: details.reason !== "password" }, a.meta, a.now);
  }
}
