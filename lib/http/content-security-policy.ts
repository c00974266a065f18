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
