// Strict-Transport-Security is sent only on responses that travelled over TLS, and only a
// trusted reverse proxy can say so. The Node.js server of Next.js speaks plain HTTP, and the
// scheme of the URL Next.js hands to proxy.ts is itself taken from X-Forwarded-Proto, which
// any client can send. So:
// - TRUSTED_PROXY_HOPS=0 (the default, no proxy): never; a client claiming https gains nothing.
// - TRUSTED_PROXY_HOPS=n: the entry our outermost proxy wrote in X-Forwarded-Proto (the n-th
//   from the right, ./trusted-proxy.ts, as for client addresses) decides; entries further
//   left came from the client. A proxy that writes no X-Forwarded-Proto leaves the scheme of
//   the request the app itself received.
import { trustedEntry, trustedProxyHops } from "./trusted-proxy.ts";

export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export function cameOverTls(
  url: string,
  get: (name: string) => string | null,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const hops = trustedProxyHops(env);
  if (hops === 0) return false;
  const entry = trustedEntry(get("x-forwarded-proto"), hops);
  return entry === null ? url.startsWith("https:") : entry.toLowerCase() === "https";
}
