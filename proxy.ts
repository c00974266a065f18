// Runs before every page: a fresh nonce and the Content Security Policy that requires it
// (lib/http/content-security-policy.ts; Next.js reads the nonce from the request's policy
// and puts it on its own scripts), and Strict-Transport-Security when the request came over
// TLS (lib/http/transport-security.ts). The other security headers are static
// (next.config.js). API routes are left out: they serve JSON and files, not pages, and a
// proxy would buffer their request bodies (uploads) in memory.
import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER, contentSecurityPolicy, newNonce } from "./lib/http/content-security-policy.ts";
import { HSTS_VALUE, cameOverTls } from "./lib/http/transport-security.ts";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (cameOverTls(request.url, (name) => request.headers.get(name))) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
