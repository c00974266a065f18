// Is a state-changing request from this site's own pages? The staff cookie is SameSite=Lax,
// which keeps it off cross-site POSTs but not off requests from another origin of the same
// site (another port, another subdomain), so every state-changing route handler
// (./state-changing-route.ts) and every server action POST (proxy.ts, ./page-request-guard.ts)
// asks this first. Pure: it sees only the method, the headers and the environment.
//
// The rules, for any method other than GET and HEAD:
// - Sec-Fetch-Site "cross-site" or "same-site" (sent by every current browser): refused,
//   whatever Origin says.
// - Origin present: it must be one of this site's origins (below). "null" (a sandboxed frame,
//   a redirect across origins, a file: page), anything that is not an origin, another port,
//   another scheme or another host are refused.
// - Origin absent: allowed only when Sec-Fetch-Site says "same-origin" (a browser that left
//   Origin out). With neither header the caller is not a browser we can vouch for, and a
//   state-changing request is refused; a non-browser client that means well sends Origin.
// GET and HEAD change nothing and are always allowed, with or without either header.
//
// This site's origins: the configured public address (IMR_PUBLIC_URL and NEXTAUTH_URL, which
// behind a proxy is the address browsers see) and the address the request itself was sent
// to: the Host header and plain http (the Node.js server speaks HTTP), or, with
// TRUSTED_PROXY_HOPS=n, the X-Forwarded-Host and X-Forwarded-Proto entries our own outermost
// proxy wrote (./trusted-proxy.ts, as for client addresses and HSTS). A browser on another
// page can set neither Host nor a forwarded header on a cross-origin request, so comparing
// Origin with them cannot be turned against a signed-in user.
import { trustedEntry, trustedProxyHops } from "./trusted-proxy.ts";

export type HeaderGetter = (name: string) => string | null;
export type Env = Record<string, string | undefined>;

export type OriginVerdict =
  { ok: true } | { ok: false; reason: "cross-site" | "null-origin" | "foreign-origin" | "no-origin" };

const SAFE_METHODS = new Set(["GET", "HEAD"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** "https://Portal.Example:443" -> "https://portal.example"; null for anything that is not an http(s) origin. */
export function parseOrigin(value: string): string | null {
  const text = value.trim();
  // scheme://host[:port] and nothing more: no path, query, credentials or fragment
  if (!/^https?:\/\/[^/?#@\s\\]+$/i.test(text)) return null;
  try {
    const origin = new URL(text).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** The origin of a configured address such as "https://imr.example.org/portal", or null. */
function configuredOrigin(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origin the request was addressed to, as far as this server or our own proxy can say. */
export function requestOrigin(get: HeaderGetter, env: Env = process.env): string | null {
  const hops = trustedProxyHops(env);
  const forwardedHost = trustedEntry(get("x-forwarded-host"), hops);
  const forwardedProto = trustedEntry(get("x-forwarded-proto"), hops)?.toLowerCase();
  const host = (forwardedHost ?? get("host"))?.trim();
  const scheme = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  if (!host || !/^[a-z0-9.\-:[\]]+$/i.test(host)) return null;
  return parseOrigin(`${scheme}://${host}`);
}

/** Every origin this site answers at for this request: the configured public ones and the request's own. */
export function siteOrigins(get: HeaderGetter, env: Env = process.env): string[] {
  const origins = [configuredOrigin(env.IMR_PUBLIC_URL), configuredOrigin(env.NEXTAUTH_URL), requestOrigin(get, env)];
  return [...new Set(origins.filter((origin): origin is string => origin !== null))];
}

/** Whether a request with this method and these headers may change anything (see the rules above). */
export function sameOriginVerdict(method: string, get: HeaderGetter, env: Env = process.env): OriginVerdict {
  if (!isStateChanging(method)) return { ok: true };
  const site = get("sec-fetch-site")?.trim().toLowerCase() ?? null;
  if (site === "cross-site" || site === "same-site") return { ok: false, reason: "cross-site" };
  const origin = get("origin");
  if (origin === null) return site === "same-origin" ? { ok: true } : { ok: false, reason: "no-origin" };
  if (origin.trim().toLowerCase() === "null") return { ok: false, reason: "null-origin" };
  const parsed = parseOrigin(origin);
  return parsed !== null && siteOrigins(get, env).includes(parsed)
    ? { ok: true }
    : { ok: false, reason: "foreign-origin" };
}

/** What a refused caller is told (the same for every reason: the reason is for logs and tests). */
export const CROSS_SITE_MESSAGE =
  "This request did not come from this site's own pages, so nothing was changed. Reload the page and try again.";
