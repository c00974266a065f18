// The pages' Content Security Policy and when Strict-Transport-Security is sent.
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy.ts";
import { cameOverTls } from "@/lib/http/transport-security.ts";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("content security policy", () => {
  test("scripts need the nonce; nothing may frame the pages; no plugins", () => {
    const policy = directives(contentSecurityPolicy("abc123=="));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  test("eval and the hot-reload socket only in development", () => {
    expect(contentSecurityPolicy("n")).not.toMatch(/unsafe-eval|ws:/);
    expect(directives(contentSecurityPolicy("n", { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  test("a nonce is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("HSTS only over TLS", () => {
  const headers = (proto?: string) => (name: string) => (name === "x-forwarded-proto" ? (proto ?? null) : null);
  test.each([
    ["plain http, no proxy header", "http://app/x", undefined, "1", false],
    ["https reached directly", "https://app/x", undefined, "1", true],
    ["our proxy says https", "http://app/x", "https", "1", true],
    ["our proxy says http", "http://app/x", "http", "1", false],
    ["the client wrote https, our proxy wrote http", "http://app/x", "https, http", "1", false],
    ["two proxies, the outer one terminated TLS", "http://app/x", "https, http", "2", true],
    ["two trusted hops but only one entry", "http://app/x", "https", "2", true],
    ["no trusted proxy: the header is ignored", "http://app/x", "https", "0", false],
    // Next.js builds the URL's scheme from X-Forwarded-Proto itself: without a trusted proxy it proves nothing
    ["no trusted proxy, a URL claiming https", "https://app/x", "https", "0", false],
    ["no trusted proxy, a URL claiming https, no header", "https://app/x", undefined, "0", false],
    ["a nonsense hop count ignores the header", "http://app/x", "https", "many", false],
    ["upper case", "http://app/x", "HTTPS", "1", true],
  ])("%s", (_label, url, proto, hops, expected) => {
    expect(cameOverTls(url, headers(proto), { TRUSTED_PROXY_HOPS: hops })).toBe(expected);
  });

  test("by default no proxy is trusted: a client adding X-Forwarded-Proto: https gets no HSTS", () => {
    expect(cameOverTls("https://app/x", headers("https"), {})).toBe(false);
  });
});
