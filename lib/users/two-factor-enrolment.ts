// Setting up two-factor sign-in for one's own account (RFC 6238 TOTP, lib/auth/totp.ts).
// The page shows a fresh secret as a QR code and as text, with a sealed enrolment token
// that carries it (nothing is stored until the user proves their app works); confirming
// with a current code stores the secret, encrypted, and returns ten recovery codes, shown
// once and kept only as hashes.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { openSecret, sealSecret } from "../auth/secret-box.ts";
import { generateTotpSecret, groupSecret, matchTotp, otpauthUri, base32Decode } from "../auth/totp.ts";
import { qrCodeDataUrl } from "../auth/totp-qr.ts";
import { sealTotpSecret } from "../auth/second-factor.ts";
import { generateRecoveryCodes, hashRecoveryCode } from "../auth/recovery-codes.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { userEntity } from "./user-fields.ts";

const ENROLMENT_PURPOSE = "totp-enrolment";
const ENROLMENT_TTL_MS = 30 * 60_000;

export type TwoFactorSetup = { secret: string; uri: string; qrCode: string; enrolment: string };

export async function startTwoFactorEnrolment({
  actor,
  now = new Date(),
}: {
  actor: Actor | null;
  now?: Date;
}): Promise<TwoFactorSetup> {
  const me = requirePermission(actor, "account.manage_own");
  const user = await db().user.findUnique({ where: { id: me.userId }, select: { email: true, totpEnabledAt: true } });
  if (!user) throw notFound("Account");
  if (user.totpEnabledAt) throw conflict("Two-factor sign-in is already on for your account.");
  const secret = generateTotpSecret();
  const uri = otpauthUri(secret, user.email);
  const enrolment = sealSecret(
    JSON.stringify({ userId: me.userId, secret, issuedAt: now.getTime() }),
    ENROLMENT_PURPOSE,
  );
  return { secret: groupSecret(secret), uri, qrCode: await qrCodeDataUrl(uri), enrolment };
}

export const confirmTwoFactorInput = z.object({
  enrolment: z.string().min(1).max(2000),
  code: z
    .string("Enter the 6-digit code from your app.")
    .trim()
    .regex(/^\d{6}$/, "Enter the 6-digit code from your app."),
});

const codeError = (message: string) =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", { code: [message] });

export async function confirmTwoFactor({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const me = requirePermission(actor, "account.manage_own");
  const { enrolment, code } = confirmTwoFactorInput.parse(input);
  const opened = parseEnrolment(openSecret(enrolment, ENROLMENT_PURPOSE));
  if (!opened || opened.userId !== me.userId || now.getTime() - opened.issuedAt > ENROLMENT_TTL_MS) {
    throw new AppError("VALIDATION", "This set-up has expired. Reload the page and scan the new code.");
  }
  const secret = base32Decode(opened.secret);
  const step = secret ? matchTotp(secret, code, now.getTime()) : null;
  if (step === null) {
    throw codeError("This code does not match. Check that your phone's time is right and enter the code shown now.");
  }
  const recoveryCodes = generateRecoveryCodes();
  return db().$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: me.userId, totpEnabledAt: null },
      data: { totpSecret: sealTotpSecret(opened.secret), totpEnabledAt: now, totpLastStep: step },
    });
    if (enabled.count !== 1) throw conflict("Two-factor sign-in is already on for your account.");
    await tx.recoveryCode.deleteMany({ where: { userId: me.userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((value) => ({ userId: me.userId, codeHash: hashRecoveryCode(value) })),
    });
    await recordAudit(tx, me, {
      action: "user.totp_enabled",
      ...userEntity(me.userId),
      payload: { userId: me.userId },
    });
    return { recoveryCodes };
  });
}

function parseEnrolment(text: string | null): { userId: string; secret: string; issuedAt: number } | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { userId?: unknown; secret?: unknown; issuedAt?: unknown };
    return typeof value.userId === "string" && typeof value.secret === "string" && typeof value.issuedAt === "number"
      ? { userId: value.userId, secret: value.secret, issuedAt: value.issuedAt }
      : null;
  } catch {
    return null;
  }
}
