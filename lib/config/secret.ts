// The server secret that signs staff sessions and party access cookies. From the
// environment (NEXTAUTH_SECRET), or for a zero-configuration start, from data/auth-secret
// which `npm run setup` creates once.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const secretFile = () => path.join(process.cwd(), "data", "auth-secret");

export function getServerSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.IMR_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  try {
    return fs.readFileSync(secretFile(), "utf8").trim();
  } catch {
    throw new Error("No server secret: set NEXTAUTH_SECRET or run `npm run setup`.");
  }
}

export function ensureServerSecretFile(): void {
  if (process.env.NEXTAUTH_SECRET || fs.existsSync(secretFile())) return;
  fs.mkdirSync(path.dirname(secretFile()), { recursive: true });
  fs.writeFileSync(secretFile(), crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
}
