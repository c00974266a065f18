// The one-time link e-mailed to a staff account's owner after failed sign-ins (the design:
// ./sign-in-throttle.ts). Issued inside the transaction that records the failure; the token
// (32 random bytes, base64url) travels only in the e-mail, its SHA-256 is stored. Opening
// the link shows a button; pressing it (a POST) takes the link once: the account's failures
// are cleared and the link becomes a pass for UNLOCK_PASS_MINUTES, sent along by the sign-in
// form on that page, that lets the account past the waits. The password (and second factor
// when enrolled) are still checked: the link alone never signs anyone in.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { queueNotification } from "../notifications/outbox.ts";
import { portalLink, signInAlertText } from "../notifications/message-texts.ts";
import type { RequestMeta } from "./actor.ts";
import { ACCOUNT_RULE, UNLOCK_LINK_MINUTES, UNLOCK_PASS_FAILURES, UNLOCK_PASS_MINUTES } from "./sign-in-throttle.ts";

type Tx = Prisma.TransactionClient;

/** The failures listed in the e-mail, newest first. */
const LISTED_FAILURES = 10;

/** 32 bytes in base64url: 43 characters. */
export const unlockTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/);

export function newUnlockToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashUnlockToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function unlockPath(token: string): string {
  return `/signin/unlock?token=${token}`;
}

/**
 * After a failure that leaves an enabled, unlocked account waiting: a new link and the e-mail
 * to its owner, unless a link was issued in the last UNLOCK_LINK_MINUTES. Runs in the
 * failure's transaction, under the account's lock. True when a link was issued.
 */
export async function issueUnlockLinkIfDue(
  tx: Tx,
  user: { id: string; email: string },
  alert: { rightPasswordWrongCode: boolean },
  meta: RequestMeta,
  now: Date,
): Promise<boolean> {
  const recentLink = await tx.signInUnlock.findFirst({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - UNLOCK_LINK_MINUTES * 60_000) } },
    select: { id: true },
  });
  if (recentLink) return false;
  const since = new Date(now.getTime() - ACCOUNT_RULE.windowMinutes * 60_000);
  const [failures, recent] = await Promise.all([
    tx.signInFailure.count({ where: { email: user.email, at: { gt: since } } }),
    tx.signInFailure.findMany({
      where: { email: user.email, at: { gt: since } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: LISTED_FAILURES,
      select: { at: true, ip: true },
    }),
  ]);
  const token = newUnlockToken();
  const expiresAt = new Date(now.getTime() + UNLOCK_LINK_MINUTES * 60_000);
  const link = await tx.signInUnlock.create({
    data: { userId: user.id, tokenHash: hashUnlockToken(token), createdAt: now, expiresAt },
    select: { id: true },
  });
  const text = signInAlertText({
    failures,
    windowHours: ACCOUNT_RULE.windowMinutes / 60,
    maxWaitMinutes: ACCOUNT_RULE.maxDelaySeconds / 60,
    recent,
    link: portalLink(unlockPath(token)),
    expiresAt,
    rightPasswordWrongCode: alert.rightPasswordWrongCode,
  });
  await queueNotification(
    tx,
    { kind: "account.sign_in_alert", caseId: null, to: user.email, dedupeKey: `sign-in-unlock:${link.id}`, ...text },
    now,
  );
  await recordAudit(
    tx,
    { kind: "system", meta },
    {
      action: "user.unlock_link_issued",
      entityType: "User",
      entityId: user.id,
      payload: { userId: user.id, unlockId: link.id, failures, expiresAt: expiresAt.toISOString() },
    },
  );
  return true;
}

export type UnlockLinkState =
  /** not taken yet: the page offers the button */
  | { state: "open" }
  /** taken, and its pass still good: the page offers the sign-in form with it */
  | { state: "pass" }
  | { state: "spent" };

/** What the link's page shows (a GET: reads only, never takes the link). */
export async function unlockLinkState(token: unknown, now: Date = new Date()): Promise<UnlockLinkState> {
  const parsed = unlockTokenSchema.safeParse(token);
  if (!parsed.success) return { state: "spent" };
  const link = await db().signInUnlock.findUnique({
    where: { tokenHash: hashUnlockToken(parsed.data) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!link || link.expiresAt <= now) return { state: "spent" };
  return { state: link.usedAt ? "pass" : "open" };
}

export const SPENT_LINK_MESSAGE = `This link has expired or has been used already. Sign in on the sign-in page: the wait ends by itself within ${ACCOUNT_RULE.maxDelaySeconds / 60} minutes of the last failed attempt, and a new link is e-mailed if failed attempts go on.`;

/**
 * The POST behind the link's button: takes the link (once, before it expires), clears the
 * account's failures and opens the pass. Signs nobody in. Refused alike for a link that
 * never existed, was used or expired.
 */
export async function takeUnlockLink({
  input,
  meta,
  now = new Date(),
}: {
  input: unknown;
  meta: RequestMeta;
  now?: Date;
}): Promise<{ userId: string }> {
  const parsed = z.object({ token: unlockTokenSchema }).safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", SPENT_LINK_MESSAGE);
  const { token } = parsed.data;
  return db().$transaction(async (tx) => {
    const link = await tx.signInUnlock.findUnique({
      where: { tokenHash: hashUnlockToken(token) },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    if (!link) throw new AppError("CONFLICT", SPENT_LINK_MESSAGE);
    const taken = await tx.signInUnlock.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      // from now on expiresAt is the end of the pass
      data: { usedAt: now, expiresAt: new Date(now.getTime() + UNLOCK_PASS_MINUTES * 60_000) },
    });
    if (taken.count !== 1) throw new AppError("CONFLICT", SPENT_LINK_MESSAGE);
    await tx.signInFailure.deleteMany({ where: { email: link.user.email } });
    await tx.user.update({ where: { id: link.userId }, data: { failedSignIns: 0, lastFailedSignInAt: null } });
    await recordAudit(
      tx,
      { kind: "system", meta },
      {
        action: "user.unlock_link_used",
        entityType: "User",
        entityId: link.userId,
        payload: { userId: link.userId, unlockId: link.id },
      },
    );
    return { userId: link.userId };
  });
}

/**
 * The pass a sign-in attempt brings along (the token), when it is good for this account:
 * taken, not past its end, and fewer than UNLOCK_PASS_FAILURES wrong passwords made with it.
 */
export async function unlockPassFor(token: string, userId: string | null, now: Date): Promise<{ id: string } | null> {
  const parsed = unlockTokenSchema.safeParse(token);
  if (!parsed.success || userId === null) return null;
  const link = await db().signInUnlock.findUnique({
    where: { tokenHash: hashUnlockToken(parsed.data) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true },
  });
  if (!link || link.userId !== userId || link.usedAt === null || link.expiresAt <= now) return null;
  const failedWithIt = await db().auditEvent.count({
    where: {
      action: "user.sign_in_failed",
      at: { gte: link.usedAt },
      entityId: userId,
      payload: { path: ["unlockLink"], equals: link.id },
    },
  });
  return failedWithIt < UNLOCK_PASS_FAILURES ? { id: link.id } : null;
}

/** A success spends the pass it came with. */
export async function spendUnlockPass(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.signInUnlock.updateMany({ where: { id, expiresAt: { gt: now } }, data: { expiresAt: now } });
}
