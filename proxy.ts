// Runs before every page. First it answers what Next.js must not see (lib/http/page-request-
// guard.ts): a state-changing request from another origin (403), a body over the server-action
// limit (413), a server action's body that cannot be decoded (400); Next.js would turn each
// into a 500, and would let a missing Origin through. Then a fresh nonce and the Content
// Security Policy that requires it (lib/http/content-security-policy.ts; Next.js reads the
// nonce from the request's policy and puts it on its own scripts), and Strict-Transport-
// Security when the request came over TLS (lib/http/transport-security.ts). The public pages
// of published decisions (/decisions, /decisions/<case number>) get instead a nonce that is the
// same for one URL within a minute and a Cache-Control that lets shared caches keep them
// (publicPageNonce, lib/http/public-cache.ts); every other page a nonce new on every
// response and Next.js's own no-store. The other security
// headers are static (next.config.js). API routes are left out: they serve JSON and files, not
// pages, check their own origin (lib/http/state-changing-route.ts), and a proxy would buffer
// their request bodies (uploads) in memory.
import { NextResponse, type NextRequest } from "next/server";
import {
  NONCE_HEADER,
  contentSecurityPolicy,
  isPublicDecisionPage,
  newNonce,
  publicPageNonce,
} from "./lib/http/content-security-policy.ts";
import { PUBLIC_CACHE_CONTROL } from "./lib/http/public-cache.ts";
import { REQUESTED_PATH_HEADER } from "./lib/http/next-path.ts";
import {
  SERVER_ACTION_BODY_LIMIT,
  pageBodyRefusal,
  pageRequestVerdict,
  readBodyUpTo,
  type PageRefusal,
} from "./lib/http/page-request-guard.ts";
import { HSTS_VALUE, cameOverTls } from "./lib/http/transport-security.ts";

async function refusal(request: NextRequest): Promise<PageRefusal | null> {
  const get = (name: string) => request.headers.get(name);
  const verdict = pageRequestVerdict(request.method, get);
  if ("refusal" in verdict) return verdict.refusal;
  if (verdict.body === "none") return null;
  // Next.js keeps its own copy of the body for the page (it buffers it for the proxy)
  const bytes = await readBodyUpTo(request.body, SERVER_ACTION_BODY_LIMIT).catch(() => new Uint8Array(0));
  return pageBodyRefusal(verdict.body, get("content-type"), bytes);
}

export async function proxy(request: NextRequest) {
  const refused = await refusal(request);
  if (refused) {
    return new NextResponse(refused.message, {
      status: refused.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // (the RSC payload of a client navigation has a URL of its own, ?_rsc=..., and Vary: rsc)
  const publicPage =
    (request.method === "GET" || request.method === "HEAD") && isPublicDecisionPage(request.nextUrl.pathname);
  const nonce = publicPage ? await publicPageNonce(`${request.nextUrl.pathname}${request.nextUrl.search}`) : newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // The page asked for, so a sign-in it leads to can come back to it (lib/auth/current-actor.ts).
  requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (publicPage) response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  if (cameOverTls(request.url, (name) => request.headers.get(name)))
    response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  matcher: [
    // prefetches need no nonce and are left out...
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // ...but a server action is never let past the checks by a prefetch header added to it
    // (the matcher must be literal: Next.js reads it at build time)
    { source: "/((?!api/|_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
