// The pages' Content Security Policy. Scripts run only from this origin and only when they
// carry the request's nonce (Next.js puts it on its own scripts; 'strict-dynamic' lets them
// load their chunks); no plugins, no framing by other sites, forms post only here. Styles
// allow inline attributes (React and the PDF viewer set element styles). The PDF viewer's
// pdf.js worker is served by the app itself (worker-src 'self'; blob: for pdf.js's fallback).
export const NONCE_HEADER = "x-nonce";

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // React needs eval only in development, for its error overlays
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // development: the hot-reload socket
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, new for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

// The public pages of published decisions (the search, a decision's page) are served to
// anyone and may be kept by a shared cache for a minute, so their nonce cannot be new on every
// response. Their inline scripts cannot be allowed by hashes instead: Next.js puts the page's
// RSC payload in inline scripts (self.__next_f.push([1, "..."])) whose text is the page's data,
// known only after the header is sent. So their nonce is a keyed hash (HMAC-SHA-256 with a key
// drawn at process start) of the URL and the minute: the same for every response of one URL
// within a minute (the responses a cache shares), different for any other URL or minute, and
// unknown to anyone before the page is rendered. What these pages show is fixed by their URL
// and the published copies (React-escaped text), so a script slipped into one would have to
// carry the nonce of a response that did not exist when it was written.
export const PUBLIC_NONCE_WINDOW_MS = 60_000;

/** /decisions and /decisions/<case number>: the pages a shared cache may keep. */
export function isPublicDecisionPage(pathname: string): boolean {
  return /^\/decisions(\/[^/]+)?\/?$/.test(pathname);
}

let nonceKey: Promise<CryptoKey> | null = null;

/** The nonce of a public page: HMAC of `pathAndQuery` and the minute of `now`, 128 bits, base64. */
export async function publicPageNonce(
  pathAndQuery: string,
  now = Date.now(),
  key: Promise<CryptoKey> = (nonceKey ??= newNonceKey()),
): Promise<string> {
  const window = Math.floor(now / PUBLIC_NONCE_WINDOW_MS);
  const mac = new Uint8Array(
    await crypto.subtle.sign("HMAC", await key, new TextEncoder().encode(`${window}\n${pathAndQuery}`)),
  );
  return btoa(String.fromCharCode(...mac.subarray(0, 16)));
}

export function newNonceKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    "raw",
    crypto.getRandomValues(new Uint8Array(32)),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
}
