// The second factor of a sign-in: a code from the user's authenticator app (RFC 6238,
// ./totp.ts) checked against their secret, sealed at rest (./secret-box.ts), or one of
// their unused recovery codes (./recovery-codes.ts), which is then spent.
import type { Prisma } from "../db/generated/client.ts";
import { openSecret, sealSecret } from "./secret-box.ts";
import { base32Decode, matchTotp } from "./totp.ts";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes.ts";

const TOTP_PURPOSE = "totp-secret";

export function sealTotpSecret(secretBase32: string): string {
  return sealSecret(secretBase32, TOTP_PURPOSE);
}

/** The base32 secret, or null when there is none or it cannot be opened (server secret changed). */
export function openTotpSecret(sealed: string | null): string | null {
  return sealed ? openSecret(sealed, TOTP_PURPOSE) : null;
}

/** The time step of the code when it is one of the user's current codes, else null. */
export function totpCodeStep(sealed: string | null, code: string, atMs: number): number | null {
  const secret = base32Decode(openTotpSecret(sealed) ?? "");
  return secret !== null && secret.length > 0 ? matchTotp(secret, code, atMs) : null;
}

type RecoveryWriter = Pick<Prisma.TransactionClient, "recoveryCode">;

/** Spends a recovery code of the user: the number left afterwards, or null when the code is not an unused one of theirs. */
export async function spendRecoveryCode(
  tx: RecoveryWriter,
  userId: string,
  code: string,
  now: Date,
): Promise<number | null> {
  if (!looksLikeRecoveryCode(code)) return null;
  const spent = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  if (spent.count === 0) return null;
  return tx.recoveryCode.count({ where: { userId, usedAt: null } });
}
