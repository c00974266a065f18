// Encrypts small secrets at rest (the TOTP secret of each user) with AES-256-GCM. The key
// is derived from the server secret (lib/config/secret.ts) with HKDF-SHA-256, so the
// database alone does not reveal the secrets. Stored as "v1.<iv>.<tag>.<ciphertext>".
import crypto from "node:crypto";
import { getServerSecret } from "../config/secret.ts";

const VERSION = "v1";

function key(purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", getServerSecret(), "imr-secret-box", `imr:${purpose}`, 32));
}

export function sealSecret(plaintext: string, purpose: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

/** The plaintext, or null when the value was not sealed with this server secret and purpose. */
export function openSecret(sealed: string, purpose: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
