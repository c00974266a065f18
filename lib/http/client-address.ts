// The client's address for audit rows and rate limits, or null when it cannot be known.
// X-Forwarded-For is only as trustworthy as the proxies that append to it, and any client
// can send one: Next.js passes a client's header on untouched (and fills it in from the
// socket only when it is absent, so the two cannot be told apart). Hence:
// - TRUSTED_PROXY_HOPS=0 (the default: no proxy in front): the header is ignored and the
//   address is unknown (null). Route handlers and server actions see no socket address.
// - TRUSTED_PROXY_HOPS=n (n reverse proxies in front, each appending the address it was
//   reached from): the n-th entry from the right, the one our outermost proxy wrote;
//   entries further left were written by the client and are ignored.
// Whatever is picked must be an IP address (a port our proxy added is dropped); anything
// else is treated as unknown, so no made-up text reaches the audit trail. Callers must not
// lump unknown addresses into one rate-limit bucket (lib/parties/open-party-access.ts,
// lib/auth/sign-in.ts limit per case and per account instead).
import { isIP } from "node:net";
import { trustedEntry, trustedProxyHops } from "./trusted-proxy.ts";

/** "203.0.113.9", "203.0.113.9:51234", "[2001:db8::1]:443" or "2001:db8::1" -> the address; anything else -> null. */
export function plainAddress(entry: string): string | null {
  const value = entry.trim();
  if (isIP(value)) return value;
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed && isIP(bracketed[1]) === 6) return bracketed[1];
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(value);
  if (withPort && isIP(withPort[1]) === 4) return withPort[1];
  return null;
}

export function clientAddress(
  get: (name: string) => string | null,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const entry = trustedEntry(get("x-forwarded-for"), trustedProxyHops(env));
  return entry === null ? null : plainAddress(entry);
}
