// Caching of the public pages and PDFs: the public pages' nonce (one per URL and minute), the
// Cache-Control and ETag of a published PDF with 304 on If-None-Match.
import {
  PUBLIC_NONCE_WINDOW_MS,
  isPublicDecisionPage,
  newNonceKey,
  publicPageNonce,
} from "@/lib/http/content-security-policy.ts";
import { PUBLIC_CACHE_CONTROL, etagOf, matchesIfNoneMatch, publicFileResponse } from "@/lib/http/public-cache.ts";

describe("the public pages' nonce", () => {
  const key = newNonceKey();
  const minute = 1_765_000_000_000 - (1_765_000_000_000 % PUBLIC_NONCE_WINDOW_MS);

  test("the same for one URL within a minute, 128 bits", async () => {
    const a = await publicPageNonce("/decisions?q=knee", minute, key);
    expect(await publicPageNonce("/decisions?q=knee", minute + PUBLIC_NONCE_WINDOW_MS - 1, key)).toBe(a);
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });

  test("another for another URL, another minute or another process's key", async () => {
    const a = await publicPageNonce("/decisions?q=knee", minute, key);
    expect(await publicPageNonce("/decisions?q=knees", minute, key)).not.toBe(a);
    expect(await publicPageNonce("/decisions?q=knee", minute + PUBLIC_NONCE_WINDOW_MS, key)).not.toBe(a);
    expect(await publicPageNonce("/decisions?q=knee", minute, newNonceKey())).not.toBe(a);
  });

  test.each([
    ["/decisions", true],
    ["/decisions/", true],
    ["/decisions/CM24-0012345", true],
    ["/decisions/CM24-0012345/x", false],
    ["/decisionsx", false],
    ["/admin/decisions", false],
    ["/access", false],
    ["/", false],
  ])("%s is a public decision page: %s", (path, expected) => {
    expect(isPublicDecisionPage(path)).toBe(expected);
  });
});

describe("a published PDF for caches", () => {
  const sha = "ab".repeat(32);
  const file = { fileName: "x.pdf", mimeType: "application/pdf", bytes: Buffer.from("%PDF-1.4"), sha256: sha };
  const full = () =>
    new Response("%PDF-1.4", { headers: { "Cache-Control": "no-store", "Content-Type": "application/pdf" } });
  const request = (ifNoneMatch?: string) =>
    new Request("http://app/api/public/decisions/x/pdf", {
      headers: ifNoneMatch ? { "if-none-match": ifNoneMatch } : {},
    });

  test("cacheable for a minute, with its sha256 as a strong ETag", async () => {
    const response = publicFileResponse(request(), file, full);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=60, stale-while-revalidate=\d+$/);
    expect(response.headers.get("etag")).toBe(`"${sha}"`);
    expect(await response.text()).toBe("%PDF-1.4");
  });

  test("304 without the file when the client has it", async () => {
    const response = publicFileResponse(request(`W/"x", "${sha}"`), file, full);
    expect([response.status, response.headers.get("etag"), await response.text()]).toEqual([304, `"${sha}"`, ""]);
  });

  test.each([
    [null, false],
    ['"other"', false],
    ["*", true],
    [`"${sha}"`, true],
    [`W/"${sha}"`, true],
    [`"a", "${sha}"`, true],
  ])("If-None-Match %s matches: %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, etagOf(sha))).toBe(expected);
  });
});
