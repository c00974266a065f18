// How many reverse proxies in front of the app are trusted to append to X-Forwarded-For and
// X-Forwarded-Proto (TRUSTED_PROXY_HOPS, default 0), and which entry of such a header our own
// outermost proxy wrote. Used by ./client-address.ts and ./transport-security.ts; free of
// Node.js modules so proxy.ts can use it in any runtime.

/** The number of trusted reverse proxies: TRUSTED_PROXY_HOPS, 0 when unset or not a whole number. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw || !/^\d{1,2}$/.test(raw)) return 0;
  return Number(raw);
}

/** The entry our own outermost proxy wrote in a comma-separated forwarding header, or null. */
export function trustedEntry(header: string | null, hops: number): string | null {
  if (hops <= 0) return null;
  const chain = (header ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  // Fewer entries than proxies: the leftmost was still written by one of ours.
  return chain.length >= hops ? chain[chain.length - hops] : chain[0];
}
