// Staff sign-in with email, password and, once two-factor is set up, a code. Refusals
// look alike to the caller whatever the cause (unknown account, wrong password, disabled,
// locked, throttled), and an argon2id verification runs either way so timing does not
// tell them apart. Guarding against guessing:
// - throttling: failures in the last 15 minutes per account (since its last unlock) and
//   per address, counted from the audit trail;
// - lockout: LOCKOUT_AFTER consecutive wrong passwords or codes lock the account until an
//   administrator unlocks it (lib/users/unlock-user.ts); a success resets the count;
// - replay: an authenticator code is accepted once; the step of the last one accepted is
//   kept (User.totpLastStep) and a code of that step or an earlier one is refused (RFC 6238
//   section 5.2), so a code seen over a shoulder or in a log cannot be used again.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit, type AuditPayloads } from "../audit/record-audit.ts";
import type { Role } from "../db/generated/enums.ts";
import type { RequestMeta } from "./actor.ts";
import { verifyPassword } from "./passwords.ts";
import { spendRecoveryCode, totpCodeStep } from "./second-factor.ts";

/** Failed sign-ins tolerated per account and per address in the window, before refusing. */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 20 };
/** Consecutive failed passwords (or codes) that lock an account. */
export const LOCKOUT_AFTER = 10;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(64).optional(),
});

// Verified when the account does not exist, is disabled or locked, so that timing does not tell.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$xvAeaXVH3H+Pid4pCXYoNg$QHevvBgEFGfZDY0hyHPqH3zHUAf5r4kD5uIhqd+ltbU";

export type SignedInUser = { id: string; name: string; email: string; role: Role; sessionVersion: number };
export type SignInResult =
  | { outcome: "signed_in"; user: SignedInUser }
  | { outcome: "second_factor_required" }
  | { outcome: "refused" };

const REFUSED: SignInResult = { outcome: "refused" };
type FailurePayload = AuditPayloads["user.sign_in_failed"];

const userSelect = {
  id: true, name: true, email: true, role: true, passwordHash: true, sessionVersion: true,
  disabledAt: true, lockedAt: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true,
} as const;

export async function signInWithPassword(raw: unknown, meta: RequestMeta, now: Date = new Date()): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return REFUSED;
  const { email, password } = parsed.data;
  const code = parsed.data.code || null;
  const user = await db().user.findUnique({ where: { email }, select: userSelect });
  const usable = user !== null && user.disabledAt === null && user.lockedAt === null;
  const passwordOk = await verifyPassword(usable ? user.passwordHash : DUMMY_HASH, password);
  const throttled = await tooManyFailures(email, meta.ip, user?.id ?? null, now);

  if (!usable || !passwordOk || throttled) {
    const payload: FailurePayload = { email, reason: "password" };
    if (user?.lockedAt) payload.locked = true;
    if (throttled) payload.throttled = true;
    await recordFailure(email, user?.id ?? null, meta, payload, usable && !passwordOk, now);
    return REFUSED;
  }
  if (user.totpEnabledAt !== null) {
    if (!code) return { outcome: "second_factor_required" };
    const step = totpCodeStep(user.totpSecret, code, now.getTime());
    if (step === null) {
      // not a current TOTP code: a recovery code, spent with the sign-in below, or a failure
      const signedIn = await completeSignIn(user, meta, now, { recoveryCode: code });
      if (signedIn) return signedIn;
      await recordFailure(email, user.id, meta, { email, reason: "totp" }, true, now);
      return REFUSED;
    }
    const signedIn = user.totpLastStep !== null && step <= user.totpLastStep ? null : await completeSignIn(user, meta, now, { totpStep: step });
    if (signedIn) return signedIn;
    await recordFailure(email, user.id, meta, { email, reason: "totp_reused" }, true, now);
    return REFUSED;
  }
  return (await completeSignIn(user, meta, now, {})) ?? REFUSED;
}

type SignInUserRow = Pick<SignedInUser, "id" | "name" | "email" | "role" | "sessionVersion">;

type SecondFactor = { recoveryCode?: string; totpStep?: number };

/** Resets the failure count and records the sign-in; spends a recovery code, or records the
 *  authenticator code's step (refused when a code of that step was accepted meanwhile).
 *  Null when refused after all. */
async function completeSignIn(user: SignInUserRow, meta: RequestMeta, now: Date, { recoveryCode, totpStep }: SecondFactor): Promise<SignInResult | null> {
  const actor = { kind: "user" as const, userId: user.id, role: user.role, name: user.name, reviewerId: null, meta };
  const done = await db().$transaction(async (tx) => {
    if (recoveryCode !== undefined) {
      const remaining = await spendRecoveryCode(tx, user.id, recoveryCode, now);
      if (remaining === null) return false;
      await recordAudit(tx, actor, { action: "user.recovery_code_used", entityType: "User", entityId: user.id, payload: { userId: user.id, remaining } });
    }
    // locked or disabled since the password was checked: refused (rolls the spent code back)
    const fresh = totpStep === undefined ? {} : { OR: [{ totpLastStep: null }, { totpLastStep: { lt: totpStep } }] };
    const reset = await tx.user.updateMany({
      where: { id: user.id, lockedAt: null, disabledAt: null, ...fresh },
      data: totpStep === undefined ? { failedSignIns: 0 } : { failedSignIns: 0, totpLastStep: totpStep },
    });
    if (reset.count !== 1) throw new SignInRaced();
    await recordAudit(tx, actor, { action: "user.signed_in", entityType: "User", entityId: user.id, payload: { email: user.email } });
    return true;
  }).catch((error: unknown) => {
    if (error instanceof SignInRaced) return false;
    throw error;
  });
  if (!done) return null;
  const { id, name, email, role, sessionVersion } = user;
  return { outcome: "signed_in", user: { id, name, email, role, sessionVersion } };
}

class SignInRaced extends Error {}

/** Records a failed attempt; a wrong password or code of a usable account counts toward its lockout. */
async function recordFailure(email: string, userId: string | null, meta: RequestMeta, payload: FailurePayload, counts: boolean, now: Date): Promise<void> {
  const system = { kind: "system" as const, meta };
  await db().$transaction(async (tx) => {
    let lockedNow = false;
    if (counts) {
      const open = { email, lockedAt: null, disabledAt: null };
      await tx.user.updateMany({ where: open, data: { failedSignIns: { increment: 1 } } });
      lockedNow = (await tx.user.updateMany({ where: { ...open, failedSignIns: { gte: LOCKOUT_AFTER } }, data: { lockedAt: now } })).count === 1;
    }
    await recordAudit(tx, system, { action: "user.sign_in_failed", entityType: "User", entityId: userId ?? "unknown", payload: lockedNow ? { ...payload, locked: true } : payload });
    if (lockedNow && userId) {
      const { failedSignIns } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { failedSignIns: true } });
      await recordAudit(tx, system, { action: "user.locked", entityType: "User", entityId: userId, payload: { failedSignIns } });
    }
  });
}

async function tooManyFailures(email: string, ip: string | null, userId: string | null, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  // an administrator's unlock starts the account's count afresh (run for unknown accounts too: same timing)
  const unlock = await db().auditEvent.findFirst({
    where: { action: "user.unlocked", entityType: "User", entityId: userId ?? "unknown", at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const failed = { action: "user.sign_in_failed" };
  const [byAccount, byAddress] = await Promise.all([
    db().auditEvent.count({ where: { ...failed, at: { gte: unlock?.at ?? windowStart }, payload: { path: ["email"], equals: email } } }),
    ip ? db().auditEvent.count({ where: { ...failed, at: { gte: windowStart }, ip } }) : Promise.resolve(0),
  ]);
  return byAccount >= SIGN_IN_LIMITS.perAccount || byAddress >= SIGN_IN_LIMITS.perAddress;
}
