// Security headers against the production build. Every page of the app (found in the
// source), opened in Chromium as the role it is for, runs under the Content Security Policy
// with no violation (securitypolicyviolation events and console CSP errors are collected),
// hydrates (its nonced scripts ran), passes axe-core's WCAG 2.1 A/AA rules (no violation of
// any impact), and the PDF viewers render their documents (pdf.js and its worker). Then the headers themselves: a nonce new on every response and on every
// nonced script, frame-ancestors 'none', HSTS only over TLS, the API's own policy. The public
// pages of published decisions (the search, a decision's page) are the exception a shared
// cache may keep: public Cache-Control, and a nonce that is the same for one URL within a
// minute (lib/http/content-security-policy.ts, publicPageNonce); their PDF has an ETag and
// answers 304 to If-None-Match.
import type { BrowserContext, Page } from "playwright-core";
import { seriousAxeViolations } from "../support/axe.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { E2E_BASE_URL } from "../support/e2e-server.ts";
import { discoverPages, type PageRoute } from "../support/entry-points.ts";
import {
  E2E_PASSWORD,
  createE2eData,
  partyContext,
  signInWith,
  useE2eDatabase,
  type E2eData,
} from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
let data: E2eData;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  useE2eDatabase();
  data = await createE2eData();
}, 120_000);
afterAll(async () => {
  await Promise.all([...contexts.values()].map((c) => c.close()));
});

/** Who opens each route group's pages. */
async function contextFor(route: PageRoute): Promise<BrowserContext> {
  // the party pages of a letter: the party of the case with an issued letter
  const who = route.urlPath.startsWith("/access/case/letters/")
    ? "letterParty"
    : route.urlPath === "/access/case" || route.urlPath.startsWith("/access/case/requests/")
      ? "party"
      : route.group === "admin" || route.group === "account" || route.group === "staff"
        ? "admin"
        : (route.group ?? "public");
  if (!contexts.has(who)) {
    contexts.set(
      who,
      await (who === "admin"
        ? signInAs(browser(), "admin@demo.imr")
        : who === "intake"
          ? signInAs(browser(), "intake@demo.imr")
          : who === "reviewer"
            ? signInWith(browser(), data.reviewerEmail, E2E_PASSWORD)
            : who === "party"
              ? partyContext(browser(), data.partyCaseNumber, data.partyCode)
              : who === "letterParty"
                ? partyContext(browser(), data.letter.caseNumber, data.letter.partyCode)
                : browser().newContext({ baseURL: E2E_BASE_URL })),
    );
  }
  return contexts.get(who)!;
}

/** The record each dynamic page is opened with; null: nothing to open in this run (with why). */
function idsFor(urlPath: string): Record<string, string> | string {
  const ids: Record<string, Record<string, string> | string> = {
    "/admin/cases/[caseId]": { caseId: data.caseId },
    "/admin/qa/[determinationId]": { determinationId: data.qaDeterminationId },
    "/admin/reviewers/[reviewerId]": { reviewerId: data.reviewerRecordId },
    "/admin/users/[userId]": { userId: data.reviewerUserId },
    "/intake/cases/[caseId]": { caseId: data.caseId },
    "/reviewer/cases/[caseId]": { caseId: data.caseId },
    "/admin/publications/[publicationId]/review": { publicationId: data.review.publicationId },
    "/admin/organizations/[organizationId]": { organizationId: data.organizationId },
    "/decisions/[caseNumber]": data.publishedCaseNumber
      ? { caseNumber: data.publishedCaseNumber }
      : "no decision is published yet in this run",
    "/letters/[documentId]": { documentId: data.letter.letterId },
    "/access/case/letters/[documentId]": { documentId: data.letter.letterId },
    "/access/case/requests/[requestId]": { requestId: data.partyRequestId },
    "/intake/cases/[caseId]/codes": { caseId: data.caseId },
    "/intake/filings/[filingId]": { filingId: data.filing.filingId },
    "/file/receipt/[token]": { token: data.filing.receiptToken },
  };
  return ids[urlPath] ?? `no record for ${urlPath}: add one to idsFor() in tests/e2e/security-headers.test.ts`;
}

const PAGES = discoverPages();
/** Pages kept as screenshots (test-results/screenshots) for a person to look at. */
const LOOK_AT = new Set([
  "/admin/organizations",
  "/admin/organizations/new",
  "/admin/organizations/[organizationId]",
  "/intake/cases/new",
  "/file",
  "/file/receipt/[token]",
  "/intake/filings",
  "/intake/filings/[filingId]",
  "/admin/publications",
  "/admin/reviewers/[reviewerId]",
]);

async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(m.text()))
      problems.push(`console: ${m.text().slice(0, 300)}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message.slice(0, 300)}`));
  return problems;
}

describe("every page runs under the policy without a violation", () => {
  test.each(PAGES.map((p) => [p.urlPath, p] as const))(
    "%s",
    async (_path, route) => {
      const ids = route.urlPath.includes("[") ? idsFor(route.urlPath) : {};
      if (typeof ids === "string") {
        if (ids.startsWith("no record for")) throw new Error(ids);
        console.warn(`${route.urlPath} not visited: ${ids}`);
        return;
      }
      const url = route.urlPath.replace(/\[(\w+)\]/g, (_m, name: string) => encodeURIComponent(ids[name]));
      const page = await (await contextFor(route)).newPage();
      const problems = await watchCsp(page);
      try {
        const response = await page.goto(url, { waitUntil: "networkidle" });
        expect(response?.status()).toBe(200);
        expect(response?.headers()["content-security-policy"]).toMatch(
          /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/,
        );
        // the framework's scripts carried the nonce and ran: the page hydrated
        await page.waitForFunction(
          () => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string",
          undefined,
          { timeout: 15_000 },
        );
        const viewButton = page.getByRole("button", { name: /^View / }).first();
        if (route.urlPath === "/admin/qa/[determinationId]" || (await viewButton.count()) > 0) {
          if (route.urlPath !== "/admin/qa/[determinationId]") await viewButton.click();
          await page.locator(".react-pdf__Page canvas").first().waitFor({ timeout: 45_000 });
          await page.waitForLoadState("networkidle");
          await shot(page, `csp${route.urlPath.replace(/[^a-z0-9]+/gi, "-")}`);
        }
        if (LOOK_AT.has(route.urlPath)) await shot(page, `page${route.urlPath.replace(/[^a-z0-9]+/gi, "-")}`);
        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        expect([...violations, ...problems]).toEqual([]);
        // and it is accessible: no WCAG 2.1 A/AA violation of any impact (axe-core)
        expect(await seriousAxeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
    90_000,
  );

  test("a document opened in a tab of its own is shown under the API's policy", async () => {
    const context = await signInAs(browser(), "intake@demo.imr");
    const tab = await context.newPage();
    const problems = await watchCsp(tab);
    const direct = await context.request.get(`/api/documents/${data.documentId}`);
    expect([direct.headers()["content-type"], direct.headers()["content-security-policy"]]).toEqual([
      "application/pdf",
      expect.stringContaining("default-src 'none'"),
    ]);
    // the browser's own PDF viewer shows it; nothing is refused
    const response = await tab.goto(`/api/documents/${data.documentId}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await tab.waitForTimeout(1500);
    await shot(tab, "csp-document-tab");
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test("the pages with a PDF viewer were among them", () => {
    const urls = PAGES.map((p) => p.urlPath);
    expect(urls).toEqual(
      expect.arrayContaining(["/admin/qa/[determinationId]", "/reviewer/cases/[caseId]", "/intake/cases/[caseId]"]),
    );
  });
});

describe("headers", () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${E2E_BASE_URL}${path}`, { headers, redirect: "manual" });
  const nonceOf = (r: Response) => r.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
  const expectEveryScriptNonced = (html: string, nonce: string) => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  };

  test("each page response has its own nonce, on every script the page carries", async () => {
    const [first, second] = [await get("/access"), await get("/access")];
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expectEveryScriptNonced(await first.text(), nonceOf(first));
    // and is never kept by a cache
    expect(first.headers.get("cache-control")).toMatch(/no-store/);
  });

  test("the public decision pages may be kept by a shared cache: public Cache-Control, one nonce per URL within a minute", async () => {
    const paths = [
      "/decisions",
      "/decisions?q=knee",
      ...(data.publishedCaseNumber ? [`/decisions/${encodeURIComponent(data.publishedCaseNumber)}`] : []),
    ];
    for (const path of paths) {
      let [first, second] = [await get(path), await get(path)];
      // a minute may have turned between the two: then two more within the next one
      if (nonceOf(first) !== nonceOf(second)) [first, second] = [await get(path), await get(path)];
      expect([path, first.status]).toEqual([path, 200]);
      expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=60");
      expect(first.headers.get("set-cookie")).toBeNull();
      expect(first.headers.get("content-security-policy")).toMatch(
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/,
      );
      expect(nonceOf(second)).toBe(nonceOf(first));
      expectEveryScriptNonced(await first.text(), nonceOf(first));
      await second.arrayBuffer();
    }
    // another URL, another nonce
    expect(nonceOf(await get("/decisions?q=knee"))).not.toBe(nonceOf(await get("/decisions?q=hip")));
  });

  test("a published decision's PDF: cacheable, its sha256 as ETag, 304 on If-None-Match", async () => {
    if (!data.publishedCaseNumber) return console.warn("no decision is published in this run");
    const page = await (await get(`/decisions/${encodeURIComponent(data.publishedCaseNumber)}`)).text();
    const pdfPath = page.match(/\/api\/public\/decisions\/[0-9a-f-]{36}\/pdf/)![0];
    const pdf = await get(pdfPath);
    expect([pdf.status, pdf.headers.get("content-type"), pdf.headers.get("cache-control")]).toEqual([
      200,
      "application/pdf",
      "public, max-age=60, stale-while-revalidate=60",
    ]);
    const etag = pdf.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(etag).toBe(`"${pdf.headers.get("x-content-sha256")}"`);
    await pdf.arrayBuffer();
    const again = await get(pdfPath, { "if-none-match": etag });
    expect([again.status, again.headers.get("etag"), (await again.arrayBuffer()).byteLength]).toEqual([304, etag, 0]);
  });

  test("the pages' policy: nothing frames them, no plugins, no inline scripts without the nonce", async () => {
    const policy = (await get("/signin")).headers.get("content-security-policy")!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  test.each([
    ["plain http", {}, null],
    ["http, a client claiming https before our proxy's http", { "x-forwarded-proto": "https, http" }, null],
    // the e2e server trusts no proxy (TRUSTED_PROXY_HOPS unset, 0): a client's claim is ignored
    ["http, a client claiming https with no trusted proxy", { "x-forwarded-proto": "https" }, null],
  ])("HSTS over %s", async (_label, headers, expected) => {
    expect((await get("/signin", headers)).headers.get("strict-transport-security")).toBe(expected);
  });

  test("every response carries the static headers; the API's policy allows nothing", async () => {
    for (const path of ["/signin", "/api/health"]) {
      const response = await get(path);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
    expect((await get("/api/health")).headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  test("health and readiness answer, uncached", async () => {
    for (const [path, body] of [
      ["/api/health", { status: "ok" }],
      ["/api/ready", { status: "ready" }],
    ] as const) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual(body);
    }
  });
});
