// Strict-Transport-Security is sent only on responses that travelled over TLS. Behind a
// reverse proxy (TRUSTED_PROXY_HOPS=n, default 1, as for client addresses in
// client-address.ts) the proxy says so in X-Forwarded-Proto, and only the entry our own
// proxy wrote counts: the n-th from the right; entries further left came from the client.
// Without a proxy (0), the scheme the app itself was reached by decides. Browsers ignore
// HSTS received over plain http, so a forged header could gain nothing; the rule keeps the
// header honest all the same.
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export function cameOverTls(
  url: string,
  get: (name: string) => string | null,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 1);
  const chain = (get("x-forwarded-proto") ?? "").split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (!Number.isInteger(hops) || hops <= 0 || chain.length === 0) return url.startsWith("https:");
  return (chain.length >= hops ? chain[chain.length - hops] : chain[0]) === "https";
}
