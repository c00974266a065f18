// Route handlers and server actions over HTTP against the production build. Every route
// found in the source refuses an anonymous caller (401/404, no data) unless it is registered
// as open. The two mutating routes get over 1,000 malformed inputs each and must answer
// every one with a clear 4xx (never a 5xx, the generic failure or internal text) and write
// nothing:
// - the document upload: 14 hand-written bodies (wrong content types, a broken multipart
//   body, oversize bodies...) and 1,000 seeded malformed uploads (tests/security/
//   malformed-uploads.ts: non-PDF content, missing fields, bad kinds, titles, dates and file
//   names, malformed, unknown and other records' ids as the case id), sent 4 at a time;
//   no Document row and no stored file appears;
// - the reviewer's draft autosave: 9 raw bodies and 1,000 seeded malformed drafts
//   (tests/security/malformed-inputs.ts), sent 4 at a time; the draft is unchanged.
// Every state-changing route refuses, with a signed-in user's cookie, a request from another
// origin, a null Origin or no Origin (403) and a JSON body sent as text/plain (415), and
// nothing changes. Requests of this file that stand for the site's own pages send its Origin
// (OWN_PAGE), as browsers do on every POST.
// Every server action of the build (its server-reference manifest: action ids and the pages
// that serve them) answers malformed requests (MALFORMED_ACTION_REQUESTS: plain text, JSON of
// the wrong shape, an empty body, 2 MB, a broken multipart form, a foreign, null or missing
// Origin) as an anonymous caller, intake and a reviewer with no 5xx and never the generic
// failure; no case, draft or batch run appears.
// And every page and route that reads its query string (found in the source: a page or
// route that mentions searchParams must be listed in QUERY_PAGES) answers each of its
// parameters set to NUL, lone surrogates, broken escapes and very long values
// (MALFORMED_QUERY_VALUES) as the signed-in user it serves, with no 5xx.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "playwright-core";
import { db } from "@/lib/db/client.ts";
import { GENERIC_FAILURE } from "@/lib/action-result.ts";
import { newContext, signInAs } from "../support/browser.ts";
import { chromiumForThisFile } from "../support/e2e-browser.ts";
import { E2E_BASE_URL } from "../support/e2e-server.ts";
import { discoverEntryPoints, type EntryPoint } from "../support/entry-points.ts";
import { ENTRY_POINTS } from "../security/entry-point-registry.ts";
import { E2E_PASSWORD, createE2eData, signInWith, useE2eDatabase, type E2eData } from "../security/e2e-data.ts";
import {
  MALFORMED_ACTION_REQUESTS,
  MALFORMED_QUERY_VALUES,
  malformedInputs,
  type MalformedActionRequest,
} from "../security/malformed-inputs.ts";
import { malformedUploads, type UploadPart } from "../security/malformed-uploads.ts";
import { unclearRefusal } from "../security/outcome-checks.ts";

const browser = chromiumForThisFile();
let data: E2eData;
/** What a page of this site sends with every POST (state-changing requests without it are refused). */
const OWN_PAGE = { origin: E2E_BASE_URL };

beforeAll(async () => {
  useE2eDatabase();
  data = await createE2eData();
}, 120_000);

/** A path for a route pattern, with this run's records where there are some. */
function pathFor(urlPath: string): string {
  const known: Record<string, string> = {
    documentId: data.documentId,
    caseId: data.caseId,
    determinationId: data.qaDeterminationId,
    nextauth: "session",
    report: "overview",
  };
  return urlPath.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => known[name] ?? crypto.randomUUID());
}

const ROUTES = discoverEntryPoints().filter((e) => e.kind === "route");

/** The body a state-changing route reads, as its first line says (refuseUnlessSameOrigin(request, "json" | "multipart" | "tus")); null for others. */
function bodyKindOf(route: EntryPoint): "json" | "multipart" | "tus" | null {
  const source = fs.readFileSync(path.join(process.cwd(), route.file), "utf8");
  const kind = /refuseUnlessSameOrigin\(request, "(json|multipart|tus)"\)/.exec(source)?.[1];
  return kind === "json" || kind === "multipart" || kind === "tus" ? kind : null;
}

/** A request body of the kind the route reads, from the site's own page: it gets past the origin and type checks to the caller's. */
function ownPageBody(route: EntryPoint): { headers: Record<string, string>; body?: BodyInit } {
  if (["GET", "HEAD"].includes(route.method!)) return { headers: {} };
  if (bodyKindOf(route) === "tus") {
    // a resumable upload's creation (no body) or part (its bytes)
    const tus = { ...OWN_PAGE, "tus-resumable": "1.0.0" };
    return route.method === "POST"
      ? { headers: { ...tus, "upload-length": "10" } }
      : {
          headers: { ...tus, "upload-offset": "0", "content-type": "application/offset+octet-stream" },
          body: new Uint8Array(10),
        };
  }
  if (bodyKindOf(route) === "multipart") {
    const form = new FormData();
    form.append("kind", "MEDICAL_REPORT");
    return { headers: OWN_PAGE, body: form };
  }
  return { headers: { ...OWN_PAGE, "content-type": "application/json" }, body: "{}" };
}

describe("anonymous callers get no data from any route", () => {
  test.each(ROUTES.map((r) => [r.key, r] as const))("%s", async (key, route) => {
    const { headers, body: sent } = ownPageBody(route);
    const response = await fetch(`${E2E_BASE_URL}${pathFor(route.urlPath!)}`, {
      method: route.method,
      redirect: "manual",
      headers,
      body: sent,
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBeLessThan(500);
    if (ENTRY_POINTS[key] && "open" in ENTRY_POINTS[key]) return;
    expect([401, 404]).toContain(response.status);
    expect(body.subarray(0, 5).toString("latin1")).not.toBe("%PDF-");
    expect(body.length).toBeLessThan(2000);
  });
});

/** The answer to a refused body: a 4xx with a clear message. */
async function expectClearRefusal(response: APIResponse, label: string): Promise<string | null> {
  if (response.status() < 400 || response.status() >= 500) return `${label}: status ${response.status()}`;
  const json = (await response.json().catch(() => null)) as {
    ok?: boolean;
    message?: string;
    fieldErrors?: Record<string, string[]>;
  } | null;
  if (!json || typeof json.message !== "string") return `${label}: no message`;
  if (json.message === GENERIC_FAILURE) return `${label}: the generic failure`;
  const problem = unclearRefusal({ ok: false, message: json.message, fieldErrors: json.fieldErrors });
  return problem ? `${label}: ${problem}` : null;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Sends `request` and returns why its answer is not a clear refusal, or null. */
async function refusalProblem(label: string, request: () => Promise<APIResponse>): Promise<string | null> {
  const response = await request().catch((error: Error) => error);
  if (response instanceof Error) return `${label}: ${response.message.slice(0, 200)}`;
  return expectClearRefusal(response, label);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form's fields in order, with duplicates, as Playwright sends it. */
function formOf(parts: readonly UploadPart[]): FormData {
  const form = new FormData();
  for (const part of parts) {
    if ("file" in part)
      form.append(
        part.name,
        new File([new Uint8Array(part.file.buffer)], part.file.name, { type: part.file.mimeType }),
      );
    else form.append(part.name, part.value);
  }
  return form;
}

describe("document upload refuses malformed bodies", () => {
  let intake: APIRequestContext;
  const url = () => `/api/cases/${data.caseId}/documents`;
  const storedFor = (caseId: string) => {
    const dir = path.join(
      process.env.DOCUMENT_STORAGE_DIR?.trim() || path.join(process.cwd(), "storage", "documents"),
      caseId,
    );
    return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
  };
  const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });
  beforeAll(async () => {
    intake = (await signInAs(browser(), "intake@demo.imr")).request;
  });

  test("wrong content types, non-PDF bytes named .pdf, missing fields, bad ids, an oversize body: clear 4xx, nothing stored", async () => {
    const [documentsBefore, filesBefore] = [
      await db().document.count({ where: { caseId: data.caseId } }),
      storedFor(data.caseId),
    ];
    const fields = { kind: "MEDICAL_REPORT", title: "Report" };
    const attempts: [string, () => Promise<APIResponse>][] = [
      [
        "JSON instead of a form",
        () => intake.post(url(), { headers: OWN_PAGE, data: { kind: "MEDICAL_REPORT", title: "x" } }),
      ],
      [
        "plain text",
        () => intake.post(url(), { headers: { ...OWN_PAGE, "content-type": "text/plain" }, data: "%PDF-1.4 hello" }),
      ],
      [
        "a broken multipart body",
        () =>
          intake.post(url(), {
            headers: { ...OWN_PAGE, "content-type": "multipart/form-data; boundary=abc" },
            data: "--xyz\r\ngarbage",
          }),
      ],
      ["no file", () => intake.post(url(), { headers: OWN_PAGE, multipart: fields })],
      [
        "a GIF named .pdf",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: { ...fields, file: file("scan.pdf", "application/pdf", Buffer.from("GIF89a\x01\x00")) },
          }),
      ],
      [
        "HTML named .pdf",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: {
              ...fields,
              file: file("x.pdf", "application/pdf", Buffer.from("<html><script>alert(1)</script>")),
            },
          }),
      ],
      [
        "an empty file",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: { ...fields, file: file("x.pdf", "application/pdf", Buffer.alloc(0)) },
          }),
      ],
      [
        "an unknown kind",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: {
              kind: "EXECUTABLE",
              title: "x",
              file: file("x.pdf", "application/pdf", Buffer.from("%PDF-1.4\n")),
            },
          }),
      ],
      [
        "a 1 MB title",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: {
              kind: "MEDICAL_REPORT",
              title: "T".repeat(1024 * 1024),
              file: file("x.pdf", "application/pdf", Buffer.from("%PDF-1.4\n")),
            },
          }),
      ],
      [
        "an impossible date",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: {
              ...fields,
              documentDate: "2024-02-30",
              file: file("x.pdf", "application/pdf", Buffer.from("%PDF-1.4\n")),
            },
          }),
      ],
      [
        "a malformed case id",
        () =>
          intake.post("/api/cases/not-a-uuid/documents", {
            headers: OWN_PAGE,
            multipart: { ...fields, file: file("x.pdf", "application/pdf", Buffer.from("%PDF-1.4\n")) },
          }),
      ],
      [
        "an unknown case",
        () =>
          intake.post(`/api/cases/${crypto.randomUUID()}/documents`, {
            headers: OWN_PAGE,
            multipart: { ...fields, file: file("x.pdf", "application/pdf", Buffer.from("%PDF-1.4\n")) },
          }),
      ],
      [
        "a declared length over the limit",
        () =>
          intake.post(url(), {
            headers: {
              ...OWN_PAGE,
              "content-type": "multipart/form-data; boundary=abc",
              "content-length": String(200 * 1024 * 1024),
            },
            data: "--abc--",
          }),
      ],
      [
        "a PDF over the 25 MB limit",
        () =>
          intake.post(url(), {
            headers: OWN_PAGE,
            multipart: {
              ...fields,
              file: file(
                "big.pdf",
                "application/pdf",
                Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(26 * 1024 * 1024)]),
              ),
            },
          }),
      ],
    ];
    const problems: string[] = [];
    for (const [label, send] of attempts) {
      const response = await send().catch((error: Error) => error);
      // an oversize body may be cut off before its answer arrives: refused all the same
      if (response instanceof Error) {
        if (!/larger|over the 25 MB|declared length/.test(label))
          problems.push(`${label}: ${response.message.slice(0, 200)}`);
        continue;
      }
      const problem = await expectClearRefusal(response, label);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
    expect(await db().document.count({ where: { caseId: data.caseId } })).toBe(documentsBefore);
    expect(storedFor(data.caseId)).toBe(filesBefore);
  }, 120_000);

  test("1,000 seeded malformed uploads (non-PDF content, bad fields, bad and foreign case ids): clear 4xx, nothing stored", async () => {
    const foreignIds = [
      { id: data.documentId, kind: "document" },
      { id: data.qaDeterminationId, kind: "determination" },
      { id: data.reviewerUserId, kind: "user" },
      { id: data.reviewerRecordId, kind: "reviewer" },
    ];
    const attempts = malformedUploads(data.caseId, { count: 1000, seed: 23, foreignIds });
    // the other case ids tried that name a directory of the storage (no path tricks)
    const otherCases = [...new Set(attempts.map((a) => a.caseId))].filter((id) => id !== data.caseId && UUID.test(id));
    const [documentsBefore, allDocumentsBefore, filesBefore] = [
      await db().document.count({ where: { caseId: data.caseId } }),
      await db().document.count(),
      storedFor(data.caseId),
    ];
    const problems: string[] = [];
    await eachLimited(attempts, 4, async ({ label, caseId, parts }) => {
      const problem = await refusalProblem(label, () =>
        intake.post(`/api/cases/${encodeURIComponent(caseId)}/documents`, {
          headers: OWN_PAGE,
          multipart: formOf(parts),
        }),
      );
      if (problem) problems.push(problem);
    });
    expect([...new Set(problems)].slice(0, 15)).toEqual([]);
    expect(await db().document.count({ where: { caseId: data.caseId } })).toBe(documentsBefore);
    expect(await db().document.count()).toBe(allDocumentsBefore);
    expect(storedFor(data.caseId)).toBe(filesBefore);
    expect(otherCases.filter((id) => storedFor(id) > 0)).toEqual([]);
  }, 300_000);

  test("a reviewer may not upload, even a valid PDF", async () => {
    const reviewer = (await signInWith(browser(), data.reviewerEmail, E2E_PASSWORD)).request;
    const response = await reviewer.post(url(), {
      headers: OWN_PAGE,
      multipart: {
        kind: "MEDICAL_REPORT",
        title: "Report",
        file: { name: "r.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") },
      },
    });
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, message: "You do not have permission to do that." });
  });
});

describe("the draft autosave refuses malformed JSON", () => {
  test("garbage bodies and 1,000 seeded malformed drafts: clear 4xx, the draft unchanged", async () => {
    const reviewer = (await signInWith(browser(), data.reviewerEmail, E2E_PASSWORD)).request;
    const draft = await db().determination.findFirstOrThrow({
      where: { caseId: data.caseId, status: "DRAFT" },
      include: { items: true },
    });
    const valid = {
      caseId: data.caseId,
      revision: draft.revision,
      clinicalSummary: "A summary of the records.",
      items: draft.items.map((i) => ({
        disputedItemId: i.disputedItemId,
        decision: null,
        claimsAdminGuideline: "",
        reviewerGuideline: "",
        guidelineId: null,
        rationale: "",
      })),
    };
    const send = (body: string, contentType = "application/json") =>
      reviewer.post("/api/reviewer/draft", { headers: { ...OWN_PAGE, "content-type": contentType }, data: body });
    const raw: [string, () => Promise<APIResponse>][] = [
      ["an empty body", () => send("")],
      ["not JSON", () => send("{caseId: '")],
      ["JSON null", () => send("null")],
      ["a JSON array", () => send("[1,2,3]")],
      ["a JSON string", () => send('"draft"')],
      ["form data", () => send("caseId=1&revision=0", "application/x-www-form-urlencoded")],
      ["a body over 256 KB", () => send(JSON.stringify({ ...valid, clinicalSummary: "x".repeat(300 * 1024) }))],
      ["NUL in the summary", () => send(JSON.stringify({ ...valid, clinicalSummary: "before\u0000after" }))],
      ["a stale revision", () => send(JSON.stringify({ ...valid, revision: draft.revision + 5 }))],
    ];
    const generated = malformedInputs(valid, {
      count: 1000,
      seed: 11,
      foreignIds: [
        { id: data.qaDeterminationId, kind: "determination" },
        { id: data.documentId, kind: "document" },
        { id: data.reviewerUserId, kind: "user" },
      ],
    }).map(({ label, input }): [string, () => Promise<APIResponse>] => [
      label,
      () => send(JSON.stringify(input) ?? ""),
    ]);
    const problems: string[] = [];
    await eachLimited([...raw, ...generated], 4, async ([label, request]) => {
      const problem = await refusalProblem(label, request);
      if (problem) problems.push(problem);
    });
    expect([...new Set(problems)].slice(0, 15)).toEqual([]);
    const after = await db().determination.findUniqueOrThrow({ where: { id: draft.id }, include: { items: true } });
    expect({ revision: after.revision, summary: after.clinicalSummary, items: after.items }).toEqual({
      revision: draft.revision,
      summary: draft.clinicalSummary,
      items: draft.items,
    });
  }, 300_000);
});

type Who = "public" | "admin" | "intake" | "reviewer";
/** Each page or route that reads its query string: who opens it and the parameters it reads. */
const QUERY_PAGES: { path: string; who: Who; params: string[] }[] = [
  {
    path: "/decisions",
    who: "public",
    params: [
      "q",
      "caseNumber",
      "outcome",
      "decision",
      "decidedFrom",
      "decidedTo",
      "injuryFrom",
      "injuryTo",
      "receivedFrom",
      "receivedTo",
      "specialty",
      "category",
      "subcategory",
      "page",
      "pageSize",
    ],
  },
  { path: "/access/lang", who: "public", params: ["to", "back"] },
  { path: "/signin", who: "public", params: ["next", "callbackUrl"] },
  { path: "/signin/unlock", who: "public", params: ["token"] },
  { path: "/intake", who: "intake", params: ["q", "status", "sort", "dir", "page", "pageSize"] },
  { path: "/intake/records", who: "intake", params: ["page"] },
  { path: "/intake/requests", who: "intake", params: ["page"] },
  { path: "/intake/filings", who: "intake", params: ["status", "sort", "dir", "page"] },
  { path: "/file", who: "public", params: ["lang", "resume"] },
  { path: "/file/receipt/[token]", who: "public", params: ["lang"] },
  { path: "/api/public/filings/papers", who: "public", params: ["lang"] },
  { path: "/intake/cases/new", who: "intake", params: ["after"] },
  { path: "/reviewer", who: "reviewer", params: ["q", "status", "sort", "dir", "page", "pageSize", "view"] },
  { path: "/admin", who: "admin", params: ["q", "status", "sort", "dir", "page", "pageSize"] },
  { path: "/admin/cases/[caseId]", who: "admin", params: ["reviewers"] },
  { path: "/admin/users", who: "admin", params: ["q", "role", "state", "sort", "dir", "page"] },
  {
    path: "/admin/reviewers",
    who: "admin",
    params: ["q", "specialty", "account", "credentials", "sort", "dir", "page"],
  },
  { path: "/admin/reviewers/expiring", who: "admin", params: ["window", "page"] },
  { path: "/admin/organizations", who: "admin", params: ["q", "kind", "page"] },
  { path: "/admin/audit", who: "admin", params: ["case", "actor", "action", "from", "to", "before", "after"] },
  { path: "/admin/publications", who: "admin", params: ["status", "caseNumber", "page"] },
  { path: "/admin/qa", who: "admin", params: ["page"] },
  { path: "/admin/reports", who: "admin", params: ["from", "to"] },
  { path: "/api/organizations", who: "admin", params: ["q", "kind"] },
  { path: "/api/audit/export", who: "admin", params: ["case", "actor", "action", "from", "to"] },
  { path: "/api/reports/[report]", who: "admin", params: ["from", "to"] },
  { path: "/api/cases/[caseId]/search", who: "intake", params: ["q", "limit", "offset"] },
];

/** The URL path of every page and route in app/ whose source mentions searchParams. */
function pagesReadingQueryStrings(): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /^(page\.tsx|route\.ts)$/.test(entry.name) && fs.readFileSync(full, "utf8").includes("searchParams")
        ? [full]
        : [];
    });
  return walk(path.join(process.cwd(), "app")).map((file) => {
    const segments = path
      .relative(path.join(process.cwd(), "app"), path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s));
    return `/${segments.join("/")}`;
  });
}

const signedIn = new Map<Exclude<Who, "public">, Promise<APIRequestContext>>();
/** One signed-in context per kind of user, shared by the pages below. */
function requestAs(who: Exclude<Who, "public">): Promise<APIRequestContext> {
  if (!signedIn.has(who)) {
    signedIn.set(
      who,
      (who === "reviewer"
        ? signInWith(browser(), data.reviewerEmail, E2E_PASSWORD)
        : signInAs(browser(), `${who}@demo.imr`)
      ).then((context) => context.request),
    );
  }
  return signedIn.get(who)!;
}

describe("pages and routes answer malformed query strings without a 5xx", () => {
  test("every page and route that reads its query string is tried below", () => {
    const listed = new Set(QUERY_PAGES.map((p) => p.path));
    expect(
      pagesReadingQueryStrings()
        .filter((p) => !listed.has(p))
        .sort(),
    ).toEqual([]);
  });

  test.each(QUERY_PAGES.map((p) => [p.path, p] as const))(
    "%s",
    async (_path, page) => {
      const request = page.who === "public" ? null : await requestAs(page.who);
      const base = pathFor(page.path);
      const urls: [string, string][] = [];
      for (const param of page.params) {
        for (const [label, value] of MALFORMED_QUERY_VALUES)
          urls.push([`${param} = ${label}`, `${base}?${param}=${value}`]);
      }
      for (const [label, value] of MALFORMED_QUERY_VALUES)
        urls.push([`every parameter = ${label}`, `${base}?${page.params.map((p) => `${p}=${value}`).join("&")}`]);
      urls.push(["a parameter named NUL", `${base}?%00=%00&q%00=1`]);
      const problems: string[] = [];
      await eachLimited(urls, 4, async ([label, url]) => {
        const status = await (
          request
            ? request.get(url, { maxRedirects: 0 }).then((r) => r.status())
            : fetch(`${E2E_BASE_URL}${url}`, { redirect: "manual" }).then((r) => r.status)
        ).catch((error: Error) => `failed: ${error.message.slice(0, 200)}`);
        if (typeof status !== "number" || status >= 500) problems.push(`${label}: ${status}`);
      });
      expect(problems).toEqual([]);
    },
    300_000,
  );
});

/** Origin headers of a request that does not come from this site's own pages. */
const FOREIGN_ORIGINS: [string, Record<string, string>][] = [
  [
    "another port",
    {
      origin: E2E_BASE_URL.replace(/:(\d+)$/, (_m, port: string) => `:${Number(port) + 1}`),
      "sec-fetch-site": "same-site",
    },
  ],
  ["another host name (a sibling of the same site)", { origin: E2E_BASE_URL.replace("127.0.0.1", "localhost") }],
  ["another site", { origin: "https://attacker.example", "sec-fetch-site": "cross-site" }],
  ["a null Origin", { origin: "null" }],
  ["no Origin (not a browser)", {}],
];

describe("state-changing routes refuse other origins and JSON sent as text", () => {
  const STATE_CHANGING = ROUTES.filter(
    (r) => !["GET", "HEAD"].includes(r.method!) && !r.urlPath!.startsWith("/api/auth/"),
  );

  test("each reads JSON or a form, as its first line says", () => {
    expect(STATE_CHANGING.map((r) => r.key)).toEqual(
      expect.arrayContaining(["route POST /api/cases/[caseId]/documents", "route POST /api/reviewer/draft"]),
    );
    expect(STATE_CHANGING.filter((r) => bodyKindOf(r) === null).map((r) => r.key)).toEqual([]);
  });

  test("with a signed-in user's cookie, from any other origin: 403 and nothing stored or changed", async () => {
    const [intake, reviewer] = [await requestAs("intake"), await requestAs("reviewer")];
    const draft = await db().determination.findFirstOrThrow({
      where: { caseId: data.caseId, status: "DRAFT" },
      include: { items: true },
    });
    const validDraft = JSON.stringify({
      caseId: data.caseId,
      revision: draft.revision,
      clinicalSummary: "Sent by a page on another origin: it must never be saved.",
      items: draft.items.map((i) => ({
        disputedItemId: i.disputedItemId,
        decision: null,
        claimsAdminGuideline: "",
        reviewerGuideline: "",
        guidelineId: null,
        rationale: "",
      })),
    });
    const upload = {
      kind: "MEDICAL_REPORT",
      title: "Report",
      file: { name: "r.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") },
    };
    const [documentsBefore, problems] = [await db().document.count(), [] as string[]];
    for (const [label, headers] of FOREIGN_ORIGINS) {
      const answers: [string, APIResponse][] = [
        [
          `upload from ${label}`,
          await intake.post(`/api/cases/${data.caseId}/documents`, { headers, multipart: upload }),
        ],
        [
          `draft from ${label}`,
          await reviewer.post("/api/reviewer/draft", {
            headers: { ...headers, "content-type": "application/json" },
            data: validDraft,
          }),
        ],
      ];
      for (const route of STATE_CHANGING.filter(
        (r) => !["route POST /api/cases/[caseId]/documents", "route POST /api/reviewer/draft"].includes(r.key),
      )) {
        const admin = await requestAs("admin");
        answers.push([
          `${route.key} from ${label}`,
          await admin.fetch(pathFor(route.urlPath!), {
            method: route.method,
            headers: { ...headers, "content-type": "application/json" },
            data: "{}",
          }),
        ]);
      }
      for (const [what, response] of answers) {
        const json = (await response.json().catch(() => null)) as { ok?: boolean; message?: string } | null;
        if (response.status() !== 403 || json?.ok !== false || !json.message)
          problems.push(`${what}: ${response.status()} ${JSON.stringify(json)?.slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await db().document.count()).toBe(documentsBefore);
    const after = await db().determination.findUniqueOrThrow({ where: { id: draft.id } });
    expect({ revision: after.revision, summary: after.clinicalSummary }).toEqual({
      revision: draft.revision,
      summary: draft.clinicalSummary,
    });
  }, 120_000);

  test("JSON sent as text/plain (a form on another page needs no preflight for it), even with the site's Origin: 415, the draft unchanged", async () => {
    const reviewer = await requestAs("reviewer");
    const draft = await db().determination.findFirstOrThrow({ where: { caseId: data.caseId, status: "DRAFT" } });
    const body = JSON.stringify({
      caseId: data.caseId,
      revision: draft.revision,
      clinicalSummary: "Sent as text.",
      items: [],
    });
    for (const contentType of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded"]) {
      const response = await reviewer.post("/api/reviewer/draft", {
        headers: { ...OWN_PAGE, "content-type": contentType },
        data: body,
      });
      expect([contentType, response.status()]).toEqual([contentType, 415]);
    }
    expect((await db().determination.findUniqueOrThrow({ where: { id: draft.id } })).revision).toBe(draft.revision);
  });
});

type ManifestAction = { workers?: Record<string, unknown>; exportedName?: string; filename?: string };
type ServerAction = { id: string; page: string; label: string };

/** "app/(admin)/admin/cases/[caseId]/page" -> "/admin/cases/[caseId]" */
function pageOfWorker(worker: string): string {
  const segments = worker.replace(/^\/+/, "").split("/");
  if (segments[0] === "app") segments.shift();
  segments.pop(); // "page"
  return `/${segments.filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@")).join("/")}`;
}

/** Every server action of the build, from its server-reference manifest: its id and a page that serves it (with this run's records). */
function serverActionsOfTheBuild(): ServerAction[] {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node?: Record<string, ManifestAction> };
  return Object.entries(manifest.node ?? {}).flatMap(([id, action]) => {
    const worker = Object.keys(action.workers ?? {}).find((name) => /(^|\/)page$/.test(name));
    if (!worker) return [];
    const page = pathFor(pageOfWorker(worker));
    return [{ id, page, label: `${action.filename ?? worker}#${action.exportedName ?? id.slice(0, 10)} at ${page}` }];
  });
}

describe("server actions answer malformed requests without a 5xx", () => {
  const ORIGIN_HEADERS: Record<MalformedActionRequest["origin"], Record<string, string>> = {
    own: OWN_PAGE,
    foreign: { origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
    null: { origin: "null" },
    none: {},
  };

  test("the build has its server actions in the manifest", () => {
    expect(serverActionsOfTheBuild().length).toBeGreaterThan(20);
  });

  test.each(["anonymous", "intake", "reviewer"] as const)(
    "as %s: every action, every malformed request",
    async (who) => {
      const request = who === "anonymous" ? (await newContext(browser())).request : await requestAs(who);
      const actions = serverActionsOfTheBuild();
      const counts = async () => ({
        cases: await db().case.count(),
        drafts: await db().applicationDraft.count(),
        batchRuns: await db().job.count({ where: { kind: "batch-assign" } }),
      });
      const before = await counts();
      // the 2 MB bodies are refused before any action is chosen: sent for one action only
      const attempts = actions.flatMap((action, index) =>
        MALFORMED_ACTION_REQUESTS.filter((m) => index === 0 || m.body.length < 100_000).map((malformed) => ({
          action,
          malformed,
        })),
      );
      const problems: string[] = [];
      await eachLimited(attempts, 4, async ({ action, malformed }) => {
        const label = `${action.label}, ${malformed.label}`;
        const headers = {
          ...ORIGIN_HEADERS[malformed.origin],
          "next-action": action.id,
          accept: "text/x-component",
          ...(malformed.contentType ? { "content-type": malformed.contentType } : {}),
        };
        const response = await request
          .post(action.page, { headers, data: malformed.body, maxRedirects: 0 })
          .catch((error: Error) => error);
        if (response instanceof Error) {
          problems.push(`${label}: ${response.message.slice(0, 200)}`);
          return;
        }
        const status = response.status();
        if (status >= 500) problems.push(`${label}: ${status}`);
        else if (malformed.status !== undefined && status !== malformed.status)
          problems.push(`${label}: ${status}, not ${malformed.status}`);
        else if ((await response.text()).includes(GENERIC_FAILURE)) problems.push(`${label}: the generic failure`);
      });
      expect([...new Set(problems)].slice(0, 20)).toEqual([]);
      expect(await counts()).toEqual(before);
    },
    600_000,
  );
});
