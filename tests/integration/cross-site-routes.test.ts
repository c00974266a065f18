// The state-changing route handlers refuse requests from other origins before anything else
// (lib/http/state-changing-route.ts): a document upload or a draft save from another port,
// another subdomain, a null Origin or a client that names no origin answers 403, a JSON body
// sent as text/plain 415, and the caller is not even looked up; nothing is stored or changed.
// The same requests from the site's own pages still work. Every POST/PUT/PATCH/DELETE route
// under app/api (next-auth's own routes aside) is found in the source and must make the check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { CROSS_SITE_MESSAGE } from "@/lib/http/same-origin.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";
import { discoverEntryPoints } from "../support/entry-points.ts";
import { assignAndAccept, createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

const state: { actor: StaffActor | null } = { actor: null };
const currentActor = jest.fn(async () => state.actor);
jest.unstable_mockModule("server-only", () => ({}));
jest.unstable_mockModule("@/lib/auth/current-actor.ts", () => ({
  currentActor,
  currentAccountHolder: async () => (state.actor ? { actor: state.actor, pending: null } : null),
  requestMeta: async () => ({ ip: null, userAgent: "jest" }),
  requireRole: async () => {
    throw new Error("not in a route");
  },
  signedInDestination: async () => null,
  homePathFor: () => "/",
}));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let upload: Handler;
let saveDraft: (request: Request) => Promise<Response>;

const HOST = "portal.example:3000";
const OWN = `http://${HOST}`;
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-cross-site-"));
const storedFiles = () =>
  fs.readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length;

let intake: StaffActor;
let reviewer: StaffActor;
let caseId: string;
let pdf: Buffer;

beforeAll(async () => {
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  ({ POST: upload } = (await import("@/app/api/cases/[caseId]/documents/route.ts")) as unknown as { POST: Handler });
  ({ POST: saveDraft } = await import("@/app/api/reviewer/draft/route.ts"));
  await ensureSpecialties();
  const admin = await createStaff("ADMIN");
  intake = await createStaff("INTAKE");
  reviewer = await createReviewer();
  ({ caseId } = await createTestCase(intake));
  await assignAndAccept(admin, reviewer, caseId);
  pdf = await renderNoticePdf({
    organizationName: "Org",
    title: "Progress report",
    caseNumber: "CM26-0000001",
    date: "July 3, 2026",
    recipients: [],
    paragraphs: ["Neck pain."],
    closing: [],
  });
}, 120_000);
afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));
beforeEach(() => currentActor.mockClear());

/** Headers of a browser on `origin` (undefined: none sent), or of a client that sends neither header. */
type From = { origin?: string; site?: string };
const FOREIGN: [string, From][] = [
  ["another port", { origin: "http://portal.example:3001", site: "same-site" }],
  ["another subdomain of the same site", { origin: "http://evil.portal.example:3000", site: "same-site" }],
  ["another site", { origin: "https://attacker.example", site: "cross-site" }],
  [
    "another subdomain, as an older browser sends it (no Sec-Fetch-Site)",
    { origin: "http://evil.portal.example:3000" },
  ],
  ["a null Origin (sandboxed frame)", { origin: "null", site: "cross-site" }],
  ["a null Origin, no Sec-Fetch-Site", { origin: "null" }],
  ["no Origin and no Sec-Fetch-Site (not a browser)", {}],
];
const headersFrom = ({ origin, site }: From, contentType?: string): Record<string, string> => ({
  host: HOST,
  ...(origin !== undefined ? { origin } : {}),
  ...(site !== undefined ? { "sec-fetch-site": site } : {}),
  ...(contentType ? { "content-type": contentType } : {}),
});

describe("document upload", () => {
  const form = () => {
    const data = new FormData();
    data.append("kind", "MEDICAL_REPORT");
    data.append("title", "Progress report");
    data.append("file", new File([new Uint8Array(pdf)], "report.pdf", { type: "application/pdf" }));
    return data;
  };
  /** A multipart request with the form's own content type (boundary) and the given origin headers. */
  const post = (from: From) => {
    const body = new Response(form());
    const contentType = body.headers.get("content-type")!;
    return body.arrayBuffer().then((bytes) =>
      upload(
        new Request(`${OWN}/api/cases/${caseId}/documents`, {
          method: "POST",
          headers: headersFrom(from, contentType),
          body: bytes,
        }),
        { params: Promise.resolve({ caseId }) },
      ),
    );
  };
  const documents = () => db().document.count({ where: { caseId } });

  test.each(FOREIGN)("from %s: 403, the caller not looked up, nothing stored", async (_label, from) => {
    state.actor = intake;
    const [before, filesBefore] = [await documents(), storedFiles()];
    const response = await post(from);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ ok: false, message: CROSS_SITE_MESSAGE });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(currentActor).not.toHaveBeenCalled();
    expect(await documents()).toBe(before);
    expect(storedFiles()).toBe(filesBefore);
  });

  test.each([
    ["JSON", "application/json", '{"kind":"MEDICAL_REPORT","title":"x"}'],
    ["plain text", "text/plain", "%PDF-1.4 hello"],
    ["no content type", undefined, "%PDF-1.4 hello"],
  ])("%s instead of a form, from the site's own page: 415, nothing stored", async (_label, contentType, body) => {
    state.actor = intake;
    const before = await documents();
    const response = await upload(
      new Request(`${OWN}/api/cases/${caseId}/documents`, {
        method: "POST",
        headers: headersFrom({ origin: OWN, site: "same-origin" }, contentType),
        body,
      }),
      { params: Promise.resolve({ caseId }) },
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ ok: false, message: expect.stringContaining("multipart/form-data") });
    expect(await documents()).toBe(before);
  });

  test.each<[string, From]>([
    ["the site's own page", { origin: OWN, site: "same-origin" }],
    ["the site's own page, a browser that leaves Origin out", { site: "same-origin" }],
  ])("from %s: stored (201)", async (_label, from) => {
    state.actor = intake;
    const before = await documents();
    const response = await post(from);
    expect(response.status).toBe(201);
    expect(await documents()).toBe(before + 1);
  });

  test("an anonymous caller from the site's own page is still refused by the permission check", async () => {
    state.actor = null;
    const response = await post({ origin: OWN, site: "same-origin" });
    expect(response.status).toBe(401);
  });
});

describe("reviewer's draft autosave", () => {
  const draft = () =>
    db().determination.findFirstOrThrow({ where: { caseId, status: "DRAFT" }, include: { items: true } });
  const body = async (summary: string) => {
    const current = await draft();
    return JSON.stringify({
      caseId,
      revision: current.revision,
      clinicalSummary: summary,
      items: current.items.map((i) => ({
        disputedItemId: i.disputedItemId,
        decision: null,
        claimsAdminGuideline: "",
        reviewerGuideline: "",
        guidelineId: null,
        rationale: "",
      })),
    });
  };
  const post = (from: From, json: string, contentType = "application/json") =>
    saveDraft(
      new Request(`${OWN}/api/reviewer/draft`, { method: "POST", headers: headersFrom(from, contentType), body: json }),
    );
  const snapshot = async () => {
    const { revision, clinicalSummary } = await draft();
    return { revision, clinicalSummary };
  };

  test.each(FOREIGN)("from %s: 403, the caller not looked up, the draft unchanged", async (_label, from) => {
    state.actor = reviewer;
    const before = await snapshot();
    const response = await post(from, await body("Written by a page on another origin, which must never be saved."));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ ok: false, message: CROSS_SITE_MESSAGE });
    expect(currentActor).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  test.each([
    ["text/plain (what a form on another page can send without a preflight)", "text/plain"],
    ["text/plain with a charset", "text/plain;charset=UTF-8"],
    ["a URL-encoded form", "application/x-www-form-urlencoded"],
    ["a multipart form", "multipart/form-data; boundary=x"],
  ])("JSON sent as %s, even from the site's own page: 415, the draft unchanged", async (_label, contentType) => {
    state.actor = reviewer;
    const before = await snapshot();
    const response = await post(
      { origin: OWN, site: "same-origin" },
      await body("Sent with the wrong content type, which must never be saved."),
      contentType,
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      ok: false,
      message: "Send the request as JSON (Content-Type: application/json).",
    });
    expect(await snapshot()).toEqual(before);
  });

  test("from the site's own page as application/json (with a charset): saved", async () => {
    state.actor = reviewer;
    const before = await snapshot();
    const response = await post(
      { origin: OWN, site: "same-origin" },
      await body("Saved from the workspace."),
      "application/json; charset=utf-8",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, revision: before.revision + 1 });
    expect(await snapshot()).toEqual({ revision: before.revision + 1, clinicalSummary: "Saved from the workspace." });
  });

  test("behind the configured public address (NEXTAUTH_URL) while the Host is the app's own", async () => {
    state.actor = reviewer;
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://imr.example.org";
    try {
      const before = await snapshot();
      const request = new Request("http://10.0.0.5:3000/api/reviewer/draft", {
        method: "POST",
        headers: { host: "10.0.0.5:3000", origin: "https://imr.example.org", "content-type": "application/json" },
        body: await body("Saved through the proxy."),
      });
      expect((await saveDraft(request)).status).toBe(200);
      expect((await snapshot()).revision).toBe(before.revision + 1);
    } finally {
      if (previous === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = previous;
    }
  });
});

describe("every state-changing route handler makes the check first", () => {
  const stateChanging = discoverEntryPoints().filter(
    (e) =>
      e.kind === "route" &&
      ["POST", "PUT", "PATCH", "DELETE"].includes(e.method!) &&
      !e.urlPath!.startsWith("/api/auth/"),
  );

  test("there are some (the upload and the draft autosave at least)", () => {
    expect(stateChanging.map((e) => e.key)).toEqual(
      expect.arrayContaining(["route POST /api/cases/[caseId]/documents", "route POST /api/reviewer/draft"]),
    );
  });

  test.each(stateChanging.map((e) => [e.key, e] as const))(
    "%s calls refuseUnlessSameOrigin before anything else",
    (_key, entry) => {
      expect(entry.references.has("refuseUnlessSameOrigin")).toBe(true);
      const source = fs.readFileSync(path.join(process.cwd(), entry.file), "utf8");
      const body = source.slice(source.indexOf(`export async function ${entry.method}`));
      const firstStatement = body.slice(body.indexOf("{\n") + 1).trim(); // the body's brace ends its line
      expect(firstStatement).toMatch(
        /^const refused = refuseUnlessSameOrigin\(request, "(json|multipart|tus)"\);\s*if \(refused\) return refused;/,
      );
    },
  );
});
