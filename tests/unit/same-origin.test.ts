// When a state-changing request counts as coming from this site's own pages
// (lib/http/same-origin.ts): the route handlers and the proxy both ask it.
import { parseOrigin, requestOrigin, sameOriginVerdict, siteOrigins } from "@/lib/http/same-origin.ts";

type Headers = Record<string, string>;
const getter = (headers: Headers) => (name: string) => headers[name.toLowerCase()] ?? null;
const HOST = { host: "portal.example:3000" };
const NO_CONFIG = {};

describe("a state-changing request from this site's own pages", () => {
  test.each<[string, string, Headers, Record<string, string>, boolean | string]>([
    // [label, method, headers, env, expected: true or the refusal's reason]
    [
      "same origin (the Host it was sent to)",
      "POST",
      { ...HOST, origin: "http://portal.example:3000" },
      NO_CONFIG,
      true,
    ],
    ["same origin, upper-case host", "POST", { ...HOST, origin: "http://PORTAL.example:3000" }, NO_CONFIG, true],
    [
      "same origin and Sec-Fetch-Site same-origin",
      "POST",
      { ...HOST, origin: "http://portal.example:3000", "sec-fetch-site": "same-origin" },
      NO_CONFIG,
      true,
    ],
    [
      "the configured public address (NEXTAUTH_URL) though the Host is the app's own",
      "POST",
      { host: "app:3000", origin: "https://imr.example.org" },
      { NEXTAUTH_URL: "https://imr.example.org/" },
      true,
    ],
    [
      "the configured public address (IMR_PUBLIC_URL)",
      "POST",
      { host: "app:3000", origin: "https://imr.example.org" },
      { IMR_PUBLIC_URL: "https://imr.example.org/portal" },
      true,
    ],
    ["another port", "POST", { ...HOST, origin: "http://portal.example:3001" }, NO_CONFIG, "foreign-origin"],
    [
      "another subdomain of the same site",
      "POST",
      { ...HOST, origin: "http://evil.portal.example:3000" },
      NO_CONFIG,
      "foreign-origin",
    ],
    ["another site", "POST", { ...HOST, origin: "https://attacker.example" }, NO_CONFIG, "foreign-origin"],
    [
      "another scheme (https page, http server, no proxy trusted)",
      "POST",
      { ...HOST, origin: "https://portal.example:3000" },
      NO_CONFIG,
      "foreign-origin",
    ],
    [
      "null Origin (sandboxed frame, redirect across origins)",
      "POST",
      { ...HOST, origin: "null" },
      NO_CONFIG,
      "null-origin",
    ],
    [
      "null Origin even with Sec-Fetch-Site same-origin",
      "POST",
      { ...HOST, origin: "null", "sec-fetch-site": "same-origin" },
      NO_CONFIG,
      "null-origin",
    ],
    ["an Origin that is not one", "POST", { ...HOST, origin: "portal.example:3000" }, NO_CONFIG, "foreign-origin"],
    ["an Origin with a path", "POST", { ...HOST, origin: "http://portal.example:3000/x" }, NO_CONFIG, "foreign-origin"],
    [
      "an Origin with credentials",
      "POST",
      { ...HOST, origin: "http://u@portal.example:3000" },
      NO_CONFIG,
      "foreign-origin",
    ],
    ["an empty Origin", "POST", { ...HOST, origin: "" }, NO_CONFIG, "foreign-origin"],
    [
      "missing Origin, Sec-Fetch-Site same-origin (a browser that left Origin out)",
      "POST",
      { ...HOST, "sec-fetch-site": "same-origin" },
      NO_CONFIG,
      true,
    ],
    ["missing Origin, Sec-Fetch-Site none", "POST", { ...HOST, "sec-fetch-site": "none" }, NO_CONFIG, "no-origin"],
    ["missing both (a client that is no browser)", "POST", { ...HOST }, NO_CONFIG, "no-origin"],
    ["missing both, PUT", "PUT", { ...HOST }, NO_CONFIG, "no-origin"],
    ["missing both, DELETE", "DELETE", { ...HOST }, NO_CONFIG, "no-origin"],
    ["missing both, PATCH", "PATCH", { ...HOST }, NO_CONFIG, "no-origin"],
    [
      "Sec-Fetch-Site cross-site, whatever Origin claims",
      "POST",
      { ...HOST, origin: "http://portal.example:3000", "sec-fetch-site": "cross-site" },
      NO_CONFIG,
      "cross-site",
    ],
    [
      "Sec-Fetch-Site same-site (another subdomain), no Origin",
      "POST",
      { ...HOST, "sec-fetch-site": "same-site" },
      NO_CONFIG,
      "cross-site",
    ],
    [
      "matching Origin and Sec-Fetch-Site none",
      "POST",
      { ...HOST, origin: "http://portal.example:3000", "sec-fetch-site": "none" },
      NO_CONFIG,
      true,
    ],
    ["GET without either header (links, non-browser clients)", "GET", { ...HOST }, NO_CONFIG, true],
    ["HEAD without either header", "HEAD", { ...HOST }, NO_CONFIG, true],
    [
      "GET from another site changes nothing and is not refused here",
      "GET",
      { ...HOST, origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
      NO_CONFIG,
      true,
    ],
    ["OPTIONS is not taken for safe", "OPTIONS", { ...HOST }, NO_CONFIG, "no-origin"],
    ["lower-case method", "post", { ...HOST, origin: "https://attacker.example" }, NO_CONFIG, "foreign-origin"],
    [
      "no Host at all and nothing configured",
      "POST",
      { origin: "http://portal.example:3000" },
      NO_CONFIG,
      "foreign-origin",
    ],
  ])("%s", (_label, method, headers, env, expected) => {
    const verdict = sameOriginVerdict(method, getter(headers), env);
    expect(verdict).toEqual(expected === true ? { ok: true } : { ok: false, reason: expected });
  });
});

describe("behind a reverse proxy the public origin is what counts", () => {
  const proxied = { host: "10.0.0.5:3000", "x-forwarded-host": "imr.example.org", "x-forwarded-proto": "https" };
  test.each<[string, Headers, Record<string, string>, boolean]>([
    [
      "a trusted proxy's host and scheme",
      { ...proxied, origin: "https://imr.example.org" },
      { TRUSTED_PROXY_HOPS: "1" },
      true,
    ],
    [
      "a trusted proxy's host and scheme: http on that host is another origin",
      { ...proxied, origin: "http://imr.example.org" },
      { TRUSTED_PROXY_HOPS: "1" },
      false,
    ],
    [
      "without a trusted proxy the forwarded headers are ignored",
      { ...proxied, origin: "https://imr.example.org" },
      NO_CONFIG,
      false,
    ],
    [
      "without a trusted proxy the configured address still counts",
      { ...proxied, origin: "https://imr.example.org" },
      { NEXTAUTH_URL: "https://imr.example.org" },
      true,
    ],
    [
      "the entry our proxy wrote, not the client's",
      { ...proxied, "x-forwarded-host": "attacker.example, imr.example.org", origin: "https://attacker.example" },
      { TRUSTED_PROXY_HOPS: "1" },
      false,
    ],
    [
      "a trusted proxy that sends no X-Forwarded-Host: the Host it passed on",
      { host: "imr.example.org", "x-forwarded-proto": "https", origin: "https://imr.example.org" },
      { TRUSTED_PROXY_HOPS: "1" },
      true,
    ],
  ])("%s", (_label, headers, env, ok) => {
    expect(sameOriginVerdict("POST", getter(headers), env).ok).toBe(ok);
  });
});

describe("origins", () => {
  test.each([
    ["http://Example.org", "http://example.org"],
    ["https://example.org:443", "https://example.org"],
    ["http://example.org:80", "http://example.org"],
    ["http://[::1]:3000", "http://[::1]:3000"],
    ["http://127.0.0.1:3311", "http://127.0.0.1:3311"],
    ["ftp://example.org", null],
    ["http://example.org/", null],
    ["http://example.org?x", null],
    ["http://exa mple.org", null],
    ["http://example.org:99999", null],
    ["null", null],
    ["file:///etc/passwd", null],
  ])("%s -> %s", (value, expected) => {
    expect(parseOrigin(value)).toBe(expected);
  });

  test("the request's own origin: the Host over plain http, a Host that is no host name is none", () => {
    expect(requestOrigin(getter({ host: "127.0.0.1:3311" }), {})).toBe("http://127.0.0.1:3311");
    expect(requestOrigin(getter({ host: "evil.example/path" }), {})).toBeNull();
    expect(requestOrigin(getter({}), {})).toBeNull();
  });

  test("configured addresses that are not http(s) URLs are ignored; duplicates appear once", () => {
    const env = { NEXTAUTH_URL: "http://127.0.0.1:3311", IMR_PUBLIC_URL: "not a url" };
    expect(siteOrigins(getter({ host: "127.0.0.1:3311" }), env)).toEqual(["http://127.0.0.1:3311"]);
    expect(siteOrigins(getter({}), { NEXTAUTH_URL: "javascript:alert(1)" })).toEqual([]);
  });
});
