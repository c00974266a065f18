// Records sent by the parties, on the real database, through the real tus route
// (app/api/party/uploads) and the party's session cookie (only next/headers' cookie jar and
// the request address are stand-ins): an upload is bound to the session that started it
// (another party, another session or another case's code reaches nothing, and the metadata
// cannot choose the case); an interrupted upload resumes from the offset the server gives;
// each PATCH is bounded; the finished file is checked (0-byte, corrupt, encrypted refused
// with nothing stored), stored with its receipt, refused as a duplicate, marked late after
// the due date; labels, the declaration, what each party sees, the rate limits, the audit
// rows (actor PARTY) and the sweep of unfinished uploads.
import { jest } from "@jest/globals";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db, closeDb } from "@/lib/db/client.ts";
import type { PartyActor, StaffActor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { throughIntake } from "@/tools/demo/through-intake.ts";
import { markRecordsComplete } from "@/lib/records/mark-records-complete.ts";
import { openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { PARTY_COOKIE, encodePartySessionCookie } from "@/lib/parties/party-session.ts";
import { partySubmissionsView } from "@/lib/records/submission/party-submissions-view.ts";
import { labelPartyDocument } from "@/lib/records/submission/label-party-document.ts";
import { declareRecordsComplete } from "@/lib/records/submission/declare-records-complete.ts";
import { intakeSubmissionsView } from "@/lib/records/submission/intake-submissions-view.ts";
import { sweepPartyUploads } from "@/lib/records/submission/sweep-party-uploads.ts";
import { applicationInput, createStaff, ensureSpecialties, unique } from "../factories/index.ts";
import { encryptedPdf, png, smallPdf, truncatedPdf } from "../support/sample-records.ts";

const jar = new Map<string, string>();
const META = { ip: "203.0.113.77", userAgent: "jest" };
jest.unstable_mockModule("server-only", () => ({}));
jest.unstable_mockModule("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers({ "user-agent": META.userAgent }),
}));
jest.unstable_mockModule("@/lib/auth/current-actor.ts", () => ({ requestMeta: async () => META }));

jest.setTimeout(60_000);

type Handler = (request: Request, context?: { params: Promise<{ tus?: string[] }> }) => Promise<Response>;
let route: { POST: Handler; PATCH: Handler; HEAD: Handler };
let currentParty: () => Promise<PartyActor | null>;
let intake: StaffActor;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-tus-"));
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-docs-"));

type Kase = { caseId: string; caseNumber: string; accessCodes: { role: string; code: string }[] };

async function awaitingRecordsCase(): Promise<Kase> {
  const created = await createCase({ actor: intake, input: applicationInput({ claimNumber: unique("PR") }) });
  await throughIntake(intake, created.caseId, { recordsComplete: false });
  return created;
}

/** A fresh browser's cookie for this party (a new session each time). */
async function cookieFor(kase: Kase, role = "CLAIMS_ADMINISTRATOR"): Promise<string> {
  const code = kase.accessCodes.find((c) => c.role === role)!.code;
  const granted = await openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: code }, meta: META });
  return encodePartySessionCookie(granted.sessionId);
}

async function as(cookie: string | null): Promise<PartyActor> {
  jar.clear();
  if (cookie) jar.set(PARTY_COOKIE, cookie);
  return (await currentParty())!;
}

const b64 = (text: string) => Buffer.from(text).toString("base64");
const ORIGIN = { origin: "http://localhost", host: "localhost", "tus-resumable": "1.0.0" };

async function create(cookie: string | null, size: number, metadata: Record<string, string> = {}) {
  jar.clear();
  if (cookie) jar.set(PARTY_COOKIE, cookie);
  const meta = Object.entries({ filename: "report.pdf", ...metadata })
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(",");
  return route.POST(
    new Request("http://localhost/api/party/uploads", {
      method: "POST",
      headers: { ...ORIGIN, "upload-length": String(size), "upload-metadata": meta },
    }),
  );
}

async function patch(cookie: string | null, location: string, offset: number, body: Buffer, headers = {}) {
  jar.clear();
  if (cookie) jar.set(PARTY_COOKIE, cookie);
  return route.PATCH(
    new Request(`http://localhost${location}`, {
      method: "PATCH",
      headers: {
        ...ORIGIN,
        "upload-offset": String(offset),
        "content-type": "application/offset+octet-stream",
        "content-length": String(body.length),
        ...headers,
      },
      body: new Uint8Array(body),
    }),
  );
}

async function head(cookie: string | null, location: string) {
  jar.clear();
  if (cookie) jar.set(PARTY_COOKIE, cookie);
  return route.HEAD(new Request(`http://localhost${location}`, { method: "HEAD", headers: ORIGIN }));
}

/** The whole file in one creation and one PATCH; the final response. */
async function send(cookie: string, bytes: Buffer, metadata: Record<string, string> = {}) {
  const created = await create(cookie, bytes.length, metadata);
  expect(created.status).toBe(201);
  return patch(cookie, created.headers.get("location")!, 0, bytes);
}

const storedFiles = () =>
  fs
    .readdirSync(storageDir, { recursive: true })
    .filter((f) => !fs.statSync(path.join(storageDir, String(f))).isDirectory());
const uploadFiles = () => fs.readdirSync(uploadDir);

let kase: Kase;
beforeAll(async () => {
  process.env.PARTY_UPLOAD_DIR = uploadDir;
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  route = (await import("@/app/api/party/uploads/[[...tus]]/route.ts")) as unknown as typeof route;
  ({ currentParty } = await import("@/lib/parties/current-party.ts"));
  await ensureSpecialties();
  intake = await createStaff("INTAKE");
  kase = await awaitingRecordsCase();
}, 120_000);
afterAll(async () => {
  await closeDb();
  fs.rmSync(uploadDir, { recursive: true, force: true });
  fs.rmSync(storageDir, { recursive: true, force: true });
});

test("a file sent whole becomes a document of the session's case, with its receipt and audit rows by the party", async () => {
  const other = await awaitingRecordsCase();
  const cookie = await cookieFor(kase);
  const bytes = await smallPdf();
  // the metadata names another case: it is ignored; the session decides
  const response = await send(cookie, bytes, { caseId: other.caseId, kind: "MEDICAL_REPORT", author: "Dr. Ana Ruiz" });
  expect(response.status).toBe(200);
  const receipt = (await response.json()).data;
  expect(receipt).toMatchObject({ fileName: "report.pdf", pageCount: 2, late: false });
  expect(receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
  const doc = await db().document.findUniqueOrThrow({ where: { id: receipt.documentId } });
  // its text is read for the reviewer's search, like every uploaded document
  expect(await db().job.count({ where: { dedupeKey: `extract-text:${doc.id}:1` } })).toBe(1);
  const party = await as(cookie);
  expect(doc).toMatchObject({
    caseId: kase.caseId,
    submittedByPartyId: party.partyId,
    kind: "MEDICAL_REPORT",
    author: "Dr. Ana Ruiz",
    mimeType: "application/pdf",
    byteSize: bytes.length,
    submittedLate: false,
  });
  expect(doc.storageKey).toMatch(/^disk:/);
  expect(uploadFiles()).toEqual([]);
  const audit = await db().auditEvent.findMany({
    where: { caseId: kase.caseId, action: { in: ["records.upload_started", "records.submitted"] } },
  });
  expect(audit.map((a) => [a.action, a.actorType, a.actorRole, a.actorId])).toEqual(
    expect.arrayContaining([
      ["records.upload_started", "PARTY", "PARTY", party.partyId],
      ["records.submitted", "PARTY", "PARTY", party.partyId],
    ]),
  );
  expect(await db().document.count({ where: { caseId: other.caseId, submittedByPartyId: { not: null } } })).toBe(0);
});

test("an interrupted upload resumes from the offset the server gives (raw tus: POST, PATCH, HEAD, PATCH)", async () => {
  const cookie = await cookieFor(kase);
  const bytes = await smallPdf("interrupted");
  const created = await create(cookie, bytes.length);
  const location = created.headers.get("location")!;
  expect(location).toMatch(/^\/api\/party\/uploads\/[0-9a-f-]{36}$/);
  const first = await patch(cookie, location, 0, bytes.subarray(0, 1000));
  expect(first.status).toBe(204);
  expect(first.headers.get("upload-offset")).toBe("1000");
  // the connection drops mid-request: the body stream breaks after some bytes
  jar.set(PARTY_COOKIE, cookie);
  const broken = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes.subarray(1000, 1500)));
      controller.error(new Error("connection reset"));
    },
  });
  await route
    .PATCH(
      new Request(`http://localhost${location}`, {
        method: "PATCH",
        headers: {
          ...ORIGIN,
          "upload-offset": "1000",
          "content-type": "application/offset+octet-stream",
          "content-length": String(bytes.length - 1000),
        },
        body: broken,
        duplex: "half",
      } as RequestInit),
    )
    .catch(() => null);
  const asked = await head(cookie, location);
  expect(asked.status).toBe(200);
  const offset = Number(asked.headers.get("upload-offset"));
  expect(offset).toBeGreaterThanOrEqual(1000);
  expect(offset).toBeLessThan(bytes.length);
  // a PATCH at a stale offset is refused without change
  expect((await patch(cookie, location, 0, bytes.subarray(0, 10))).status).toBe(409);
  const rest = await patch(cookie, location, offset, bytes.subarray(offset));
  expect(rest.status).toBe(200);
  const doc = await db().document.findUniqueOrThrow({ where: { id: (await rest.json()).data.documentId } });
  expect(doc.byteSize).toBe(bytes.length);
  const { storage, key } = (await import("@/lib/documents/storage/storage.ts")).storageFor(doc.storageKey);
  expect((await storage.get(key)).equals(bytes)).toBe(true);
});

test("an upload is reached only by the session that started it: not another session, party or case", async () => {
  const cookie = await cookieFor(kase);
  const created = await create(cookie, 5000);
  const location = created.headers.get("location")!;
  const sameParty = await cookieFor(kase);
  const employee = await cookieFor(kase, "EMPLOYEE");
  const otherCase = await cookieFor(await awaitingRecordsCase());
  for (const stranger of [sameParty, employee, otherCase]) {
    expect((await head(stranger, location)).status).toBe(404);
    expect((await patch(stranger, location, 0, Buffer.alloc(10))).status).toBe(404);
  }
  expect((await head(null, location)).status).toBe(401);
  expect((await create(null, 100)).status).toBe(401);
  expect((await head(cookie, location)).status).toBe(200);
});

test("a request from another site is refused before anything", async () => {
  const cookie = await cookieFor(kase);
  jar.set(PARTY_COOKIE, cookie);
  const before = await db().partyUpload.count();
  const response = await route.POST(
    new Request("http://localhost/api/party/uploads", {
      method: "POST",
      headers: { origin: "https://evil.example", host: "localhost", "tus-resumable": "1.0.0", "upload-length": "10" },
    }),
  );
  expect(response.status).toBe(403);
  expect(await db().partyUpload.count()).toBe(before);
});

test("parties that send no records, and cases no longer waiting for records, cannot start an upload", async () => {
  const representative = await cookieFor(kase, "REPRESENTATIVE").catch(() => null);
  if (representative) expect((await create(representative, 100)).status).toBe(404);
  const closed = await awaitingRecordsCase();
  const cookie = await cookieFor(closed);
  await markRecordsComplete({ actor: intake, input: { caseId: closed.caseId } });
  const response = await create(cookie, 100);
  expect(response.status).toBe(409);
  expect((await response.json()).message).toMatch(/no longer takes records/);
});

test("size: a 0-byte file, one over the limit and a PATCH over the chunk bound are refused", async () => {
  const cookie = await cookieFor(kase);
  const before = await db().partyUpload.count();
  const empty = await create(cookie, 0);
  expect(empty.status).toBe(422);
  expect((await empty.json()).message).toMatch(/empty/);
  process.env.IMR_PARTY_UPLOAD_MAX_MB = "1";
  try {
    expect((await create(cookie, 1024 * 1024 + 1)).status).toBe(413);
  } finally {
    delete process.env.IMR_PARTY_UPLOAD_MAX_MB;
  }
  expect(await db().partyUpload.count()).toBe(before);
  const created = await create(cookie, 40 * 1024 * 1024);
  const location = created.headers.get("location")!;
  const tooBig = await patch(cookie, location, 0, Buffer.alloc(10), { "content-length": String(17 * 1024 * 1024) });
  expect(tooBig.status).toBe(422);
  expect((await tooBig.json()).message).toMatch(/parts of at most 16 MB/);
  expect(Number((await head(cookie, location)).headers.get("upload-offset"))).toBe(0);
});

test.each([
  ["corrupt (truncated) PDF", truncatedPdf, /damaged or incomplete/],
  ["encrypted PDF", encryptedPdf, /password or encrypted/],
  ["text file named .pdf", async () => Buffer.from("just some text, not a PDF"), /Only PDF files and images/],
])("a %s is refused at the end, with nothing stored and the refusal kept", async (_name, make, message) => {
  const cookie = await cookieFor(kase);
  const files = storedFiles().length;
  const inProgress = uploadFiles();
  const documents = await db().document.count({ where: { caseId: kase.caseId } });
  const response = await send(cookie, await make());
  expect(response.status).toBe(422);
  expect((await response.json()).message).toMatch(message);
  expect(storedFiles().length).toBe(files);
  expect(uploadFiles()).toEqual(inProgress);
  expect(await db().document.count({ where: { caseId: kase.caseId } })).toBe(documents);
  const refused = await db().partyUpload.findFirstOrThrow({
    where: { caseId: kase.caseId, status: "REFUSED" },
    orderBy: { finishedAt: "desc" },
  });
  expect(refused.refusal).toMatch(message);
  expect(await db().auditEvent.count({ where: { entityId: refused.id, action: "records.upload_refused" } })).toBe(1);
});

test("the same file twice in a case is refused with a clear message; an image is accepted", async () => {
  const cookie = await cookieFor(kase);
  const bytes = await smallPdf();
  expect((await send(cookie, bytes)).status).toBe(200);
  const files = storedFiles().length;
  const again = await send(await cookieFor(kase, "EMPLOYEE"), bytes);
  expect(again.status).toBe(409);
  expect((await again.json()).message).toBe(
    "This exact file is already in the case file (the same content was received before).",
  );
  expect(storedFiles().length).toBe(files);
  const image = await send(cookie, png(), { filename: "scan.png" });
  expect(image.status).toBe(200);
  expect((await image.json()).data).toMatchObject({ fileName: "scan.png", pageCount: 1 });
});

test("a file received after the due date (California calendar) is late", async () => {
  const late = await awaitingRecordsCase();
  await db().recordsRequest.updateMany({
    where: { caseId: late.caseId },
    data: { dueAt: new Date(Date.now() - 2 * 86_400_000) },
  });
  const cookie = await cookieFor(late);
  const response = await send(cookie, await smallPdf());
  expect((await response.json()).data.late).toBe(true);
  const view = await partySubmissionsView(await as(cookie));
  expect(view!.request!.daysLeft).toBeLessThan(0);
  expect(view!.receipts[0].late).toBe(true);
});

test("each party sees only its own receipts, labels only its own documents, and the declaration is the claims administrator's", async () => {
  const own = await awaitingRecordsCase();
  const admin = await cookieFor(own);
  const physician = await cookieFor(own, "REQUESTING_PHYSICIAN");
  const fromAdmin = (await (await send(admin, await smallPdf(), { filename: "ur-file.pdf" })).json()).data;
  const fromPhysician = (await (await send(physician, await smallPdf(), { filename: "notes.pdf" })).json()).data;

  const adminView = await partySubmissionsView(await as(admin));
  const physicianView = await partySubmissionsView(await as(physician));
  expect(adminView!.receipts.map((r) => r.fileName)).toEqual(["ur-file.pdf"]);
  expect(physicianView!.receipts.map((r) => r.fileName)).toEqual(["notes.pdf"]);
  expect(adminView!.canDeclare).toBe(true);
  expect(physicianView!.canDeclare).toBe(false);
  expect(await partySubmissionsView(await as(await cookieFor(own, "REPRESENTATIVE").catch(() => null)))).toBeNull();

  // labels: own document only
  await expect(
    labelPartyDocument({ actor: await as(physician), input: { documentId: fromAdmin.documentId, kind: "OTHER" } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  const labelled = await labelPartyDocument({
    actor: await as(admin),
    input: { documentId: fromAdmin.documentId, kind: "UR_DECISION", documentDate: "2026-01-05", author: "Acme UR" },
  });
  expect(labelled.changed).toBe(3);
  await expect(
    labelPartyDocument({
      actor: await as(admin),
      input: { documentId: fromAdmin.documentId, documentDate: "2999-01-01" },
    }),
  ).rejects.toThrow();

  // the declaration: confirmation required, the claims administrator only, once
  await expect(declareRecordsComplete({ actor: await as(admin), input: {} })).rejects.toThrow();
  await expect(
    declareRecordsComplete({ actor: await as(physician), input: { confirmed: true } }),
  ).rejects.toMatchObject({ code: "FORBIDDEN" });
  const declared = await declareRecordsComplete({ actor: await as(admin), input: { confirmed: true } });
  expect(declared).toMatchObject({ documents: 1, late: false });
  await expect(declareRecordsComplete({ actor: await as(admin), input: { confirmed: true } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  const request = await db().recordsRequest.findFirstOrThrow({ where: { caseId: own.caseId } });
  expect(request).toMatchObject({ declaredDocumentCount: 1, declaredCompleteByPartyId: (await as(admin)).partyId });
  await expect(
    labelPartyDocument({ actor: await as(admin), input: { documentId: fromAdmin.documentId, kind: "OTHER" } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  expect((await partySubmissionsView(await as(admin)))!.canUpload).toBe(false);
  expect(
    await db().auditEvent.count({
      where: {
        caseId: own.caseId,
        action: { in: ["records.labelled", "records.declared_complete"] },
        actorType: "PARTY",
      },
    }),
  ).toBe(2);

  // intake sees both, with who sent them, and the declaration; then marks the records complete
  const seen = await intakeSubmissionsView({ actor: intake, caseId: own.caseId });
  expect(
    seen.submissions.map((s) => [
      s.fileName,
      s.sentBy.includes("Claims administrator") || s.sentBy.includes("Requesting physician"),
    ]),
  ).toEqual([
    ["ur-file.pdf", true],
    ["notes.pdf", true],
  ]);
  expect(seen.declarations).toEqual([expect.objectContaining({ documents: 1 })]);
  expect(fromPhysician.documentId).toBeDefined();
  await markRecordsComplete({ actor: intake, input: { caseId: own.caseId } });
  expect((await create(physician, 100)).status).toBe(409);
});

test("uploads started are limited per session and per address, each refusal audited", async () => {
  const limited = await awaitingRecordsCase();
  const cookie = await cookieFor(limited);
  process.env.IMR_PARTY_UPLOADS_PER_SESSION_HOUR = "2";
  try {
    expect((await create(cookie, 100)).status).toBe(201);
    expect((await create(cookie, 100)).status).toBe(201);
    const third = await create(cookie, 100);
    expect(third.status).toBe(429);
    expect((await third.json()).message).toMatch(/Too many files/);
  } finally {
    delete process.env.IMR_PARTY_UPLOADS_PER_SESSION_HOUR;
  }
  process.env.IMR_PARTY_UPLOADS_PER_ADDRESS_HOUR = "1";
  try {
    expect((await create(await cookieFor(limited, "EMPLOYEE"), 100)).status).toBe(429);
  } finally {
    delete process.env.IMR_PARTY_UPLOADS_PER_ADDRESS_HOUR;
  }
  expect(
    await db().auditEvent.count({
      where: { caseId: limited.caseId, action: "records.upload_refused", actorType: "PARTY" },
    }),
  ).toBe(2);
});

test("the sweep expires unfinished uploads and deletes their bytes; a swept upload is gone", async () => {
  const cookie = await cookieFor(kase);
  const created = await create(cookie, 5000);
  const location = created.headers.get("location")!;
  await patch(cookie, location, 0, Buffer.alloc(100, 1));
  const id = location.split("/").pop()!;
  expect(uploadFiles()).toEqual(expect.arrayContaining([id]));
  expect(await sweepPartyUploads({ now: new Date(), directory: uploadDir })).toMatchObject({ expired: 0 });
  const swept = await sweepPartyUploads({ now: new Date(Date.now() + 25 * 3_600_000), directory: uploadDir });
  expect(swept.expired).toBeGreaterThanOrEqual(1);
  expect(uploadFiles()).not.toContain(id);
  expect(await db().partyUpload.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "EXPIRED" });
  expect((await head(cookie, location)).status).toBe(404);
  // twice is harmless
  expect((await sweepPartyUploads({ now: new Date(Date.now() + 25 * 3_600_000), directory: uploadDir })).expired).toBe(
    0,
  );
});

test.each([
  ["a negative length", { "upload-length": "-5" }],
  ["a length that is no number", { "upload-length": "abc" }],
  ["a deferred length", { "upload-length": "", "upload-defer-length": "1" }],
  ["both lengths", { "upload-length": "100", "upload-defer-length": "1" }],
  ["metadata that is no base64", { "upload-length": "100", "upload-metadata": "filename !!!notbase64" }],
  ["a huge file name", { "upload-length": "100", "upload-metadata": `filename ${b64("x".repeat(5000))}` }],
  ["an unknown type label", { "upload-length": "100", "upload-metadata": `kind ${b64("NOTICE")}` }],
  ["an impossible date label", { "upload-length": "100", "upload-metadata": `documentDate ${b64("2026-02-30")}` }],
  ["a concatenation", { "upload-length": "100", "upload-concat": "final;/api/party/uploads/a /api/party/uploads/b" }],
  ["no tus version", { "upload-length": "100", "tus-resumable": "" }],
])("a creation request with %s is refused with a 4xx and writes nothing", async (_name, headers) => {
  const cookie = await cookieFor(kase);
  jar.set(PARTY_COOKIE, cookie);
  const before = await db().partyUpload.count();
  const clean = Object.fromEntries(Object.entries({ ...ORIGIN, ...headers }).filter(([, v]) => v !== ""));
  const response = await route.POST(
    new Request("http://localhost/api/party/uploads", { method: "POST", headers: clean }),
  );
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(await db().partyUpload.count()).toBe(before);
});

test.each([
  ["an offset that is no number", { "upload-offset": "x" }],
  ["a negative offset", { "upload-offset": "-1" }],
  ["the wrong content type", { "content-type": "application/pdf" }],
  ["no content length", { "content-length": "" }],
])("a PATCH with %s is refused with a 4xx and the offset stays", async (_name, headers) => {
  const cookie = await cookieFor(kase);
  const location = (await create(cookie, 5000)).headers.get("location")!;
  jar.set(PARTY_COOKIE, cookie);
  const all: Record<string, string> = {
    ...ORIGIN,
    "upload-offset": "0",
    "content-type": "application/offset+octet-stream",
    "content-length": "10",
    ...headers,
  };
  const clean = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== ""));
  const response = await route.PATCH(
    new Request(`http://localhost${location}`, { method: "PATCH", headers: clean, body: new Uint8Array(10) }),
  );
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect((await head(cookie, location)).headers.get("upload-offset")).toBe("0");
});
