// Where sign-in sends a user back to: a `next` (or next-auth's `callbackUrl`) query parameter,
// accepted only as a path on this site, never as a way off it (an open redirect). Pure.
//
// Accepted: "/" followed by anything but a second "/" or "\" (which browsers read as "//",
// another host), with no control character or whitespace (browsers drop tabs and newlines,
// so "/\t/evil.example" would become "//evil.example"), no backslash anywhere, at most
// 2048 characters, and resolving on this site. The sign-in page itself and the API are
// refused too: one would loop, the other would land on JSON. Anything else: null, and the
// caller uses its default (the user's home).

export const NEXT_PATH_MAX_LENGTH = 2048;

const BASE = "http://next-path.invalid";

/** The path to return to, normalized ("/intake/cases/x?tab=1"), or null when `raw` is not a safe one. */
export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > NEXT_PATH_MAX_LENGTH) return null;
  if (raw[0] !== "/" || raw[1] === "/" || raw[1] === "\\") return null;
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  if (isRefusedTarget(url.pathname)) return null;
  return path;
}

function isRefusedTarget(pathname: string): boolean {
  const lower = pathname.toLowerCase();
  return lower === "/signin" || lower.startsWith("/signin/") || lower === "/api" || lower.startsWith("/api/");
}

/**
 * The first safe path among a query's `next` and `callbackUrl` values (Next.js hands over a
 * string, an array for a repeated parameter, or undefined); null when none is safe.
 */
export function nextPathFromQuery(query: Record<string, string | string[] | undefined>): string | null {
  for (const name of ["next", "callbackUrl"]) {
    const value = query[name];
    // a repeated parameter is ambiguous: refused rather than guessed
    if (typeof value === "string") {
      const path = safeNextPath(value);
      if (path) return path;
    }
  }
  return null;
}

/** Set by proxy.ts on every page request: the path and query asked for. */
export const REQUESTED_PATH_HEADER = "x-imr-requested-path";

/** The sign-in page's address that returns to `path` afterwards ("/signin" when `path` is not a safe one). */
export function signInHref(path: string | null | undefined): string {
  const next = safeNextPath(path);
  return next && next !== "/" ? `/signin?next=${encodeURIComponent(next)}` : "/signin";
}
