// The client's address for audit rows and rate limits. X-Forwarded-For is only as
// trustworthy as the proxies that append to it: with TRUSTED_PROXY_HOPS=n (default 1, one
// reverse proxy in front of the app), the address is the n-th entry from the right; entries
// further left were written by the client and are ignored. With 0 (no proxy), the header is
// ignored altogether and X-Real-IP (set by nothing but a proxy) is not trusted either.
export function clientAddress(get: (name: string) => string | null, env: Record<string, string | undefined> = process.env): string | null {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 1);
  if (!Number.isInteger(hops) || hops <= 0) return null;
  const chain = (get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : chain[0] ?? null;
}
