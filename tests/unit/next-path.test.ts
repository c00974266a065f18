// Where sign-in returns to (lib/http/next-path.ts): a path on this site, or nothing (the
// user's home). Every way off the site a browser would follow is refused.
import { NEXT_PATH_MAX_LENGTH, nextPathFromQuery, safeNextPath, signInHref } from "@/lib/http/next-path.ts";

describe("a path to return to after signing in", () => {
  test.each<[string, unknown, string | null]>([
    // [label, raw, expected: the path used, or null for the default]
    ["a case page", "/intake/cases/x", "/intake/cases/x"],
    [
      "a reviewer's workspace",
      "/reviewer/cases/6a1f0c1e-0000-4000-8000-000000000001",
      "/reviewer/cases/6a1f0c1e-0000-4000-8000-000000000001",
    ],
    ["with a query and a fragment", "/intake?q=rosa&page=2#results", "/intake?q=rosa&page=2#results"],
    ["percent-encoded text stays encoded", "/intake?q=Jos%C3%A9", "/intake?q=Jos%C3%A9"],
    ["the root", "/", "/"],
    ["dot segments resolved on this site", "/intake/../admin", "/admin"],
    ["an encoded slash is not a second slash", "/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["a scheme-relative URL", "//evil.com", null],
    ["a scheme-relative URL with a path", "//evil.com/intake", null],
    ["three slashes", "///evil.com", null],
    ["a backslash after the slash (browsers read it as //)", "/\\evil", null],
    ["two backslashes", "\\\\evil.com", null],
    ["a backslash later in the path", "/intake\\..\\..\\evil", null],
    ["dot segments that resolve to //", "/.//evil.com", null],
    ["dot-dot segments that resolve to //", "/x/..//evil.com", null],
    ["an absolute https URL", "https://evil", null],
    ["an absolute URL of this very site is still not a path", "http://localhost:3000/intake", null],
    ["a javascript: URL", "javascript:", null],
    ["a javascript: URL with code", "javascript:alert(document.cookie)", null],
    ["a data: URL", "data:text/html,<script>alert(1)</script>", null],
    ["a tab that browsers drop (/\\t/evil.com would be //evil.com)", "/\t/evil.com", null],
    ["a newline", "/\n/evil.com", null],
    ["a carriage return", "/intake\r\nSet-Cookie: x=1", null],
    ["a NUL", "/intake\u0000", null],
    ["a space", "/ /evil.com", null],
    ["a line separator", "/intake\u2028", null],
    ["a relative path without the slash", "intake/cases/x", null],
    ["a dot path", "./intake", null],
    ["the empty string", "", null],
    ["only spaces", "   ", null],
    ["a leading space before //", " //evil.com", null],
    ["the sign-in page itself (a loop)", "/signin", null],
    ["the sign-in page with a query", "/signin?next=/intake", null],
    ["the sign-in page, other case", "/SignIn", null],
    ["a page under sign-in", "/signin/unlock?token=x", null],
    ["the API (JSON, not a page)", "/api/auth/signout", null],
    ["the API root", "/api", null],
    ["a path starting with signin-like text is a page", "/signing-rules", "/signing-rules"],
    ["too long", `/${"a".repeat(NEXT_PATH_MAX_LENGTH)}`, null],
    ["not a string: undefined", undefined, null],
    ["not a string: null", null, null],
    ["not a string: an array", ["/intake"], null],
    ["not a string: a number", 42, null],
  ])("%s", (_label, raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  test("the longest path accepted", () => {
    const longest = `/${"a".repeat(NEXT_PATH_MAX_LENGTH - 1)}`;
    expect(safeNextPath(longest)).toBe(longest);
  });
});

describe("the sign-in page's query", () => {
  test.each<[string, Record<string, string | string[] | undefined>, string | null]>([
    ["next", { next: "/intake/cases/x" }, "/intake/cases/x"],
    ["next-auth's callbackUrl when a path", { callbackUrl: "/admin/qa" }, "/admin/qa"],
    ["next-auth's callbackUrl as a full URL: refused", { callbackUrl: "http://localhost:3000/admin/qa" }, null],
    ["next before callbackUrl", { next: "/intake", callbackUrl: "/admin" }, "/intake"],
    ["an unsafe next falls back to a safe callbackUrl", { next: "//evil.com", callbackUrl: "/admin" }, "/admin"],
    ["a repeated next is ambiguous: refused", { next: ["/intake", "//evil.com"] }, null],
    ["nothing", {}, null],
    ["an unsafe next alone", { next: "https://evil" }, null],
  ])("%s", (_label, query, expected) => {
    expect(nextPathFromQuery(query)).toBe(expected);
  });
});

describe("the link to sign in and come back", () => {
  test.each<[string, string | null | undefined, string]>([
    ["a case page", "/reviewer/cases/abc", "/signin?next=%2Freviewer%2Fcases%2Fabc"],
    ["a query string is encoded whole", "/intake?q=a&page=2", "/signin?next=%2Fintake%3Fq%3Da%26page%3D2"],
    ["the root needs no next", "/", "/signin"],
    ["no path", null, "/signin"],
    ["an unsafe path is left out", "//evil.com", "/signin"],
    ["the sign-in page is left out", "/signin", "/signin"],
  ])("%s", (_label, path, expected) => {
    expect(signInHref(path)).toBe(expected);
  });

  test("what the link carries comes back as the same path", () => {
    const path = "/intake?q=Jos%C3%A9&page=2";
    const next = new URL(signInHref(path), "http://x.invalid").searchParams.get("next");
    expect(nextPathFromQuery({ next: next ?? undefined })).toBe(path);
  });
});
