// The case file's text on the production build, with the job loop running inside the server
// as deployed: a PDF with a scanned page uploaded over HTTP is read by the server's own
// extract-document-text job (pdf.js and OCR outside the bundle), the intake case page says
// "Text ready", the search route finds words of the scanned page with snippet parts, one
// page's text answers, bad queries are a 400 with a clear message, and the viewer's document
// route answers Range requests (206, 416) and the whole file with Accept-Ranges.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, BrowserContext } from "playwright-core";
import { db } from "@/lib/db/client.ts";
import { makePdf } from "@/tools/reader/make-pdfs.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { E2E_BASE_URL } from "../support/e2e-server.ts";
import { createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
const OWN_PAGE = { origin: E2E_BASE_URL };
let caseId: string;
let documentId: string;
let pdf: Buffer;
let context: BrowserContext;
let request: APIRequestContext;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  ({ caseId } = await createTestCase(intake, { specialtyCode: "PMR" }));
  const scanned = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/reader/scanned-page.png"));
  pdf = await makePdf([
    { text: "Request for authorization: the employee, Ana Hernández, asks for therapy of the lower back." },
    { image: scanned },
  ]);
  context = await signInAs(browser(), "intake@demo.imr");
  request = context.request;
}, 120_000);

afterAll(async () => {
  await context?.close();
});

test("an upload is read by the server's own job: text layer and OCR", async () => {
  const uploaded = await request.post(`/api/cases/${caseId}/documents`, {
    headers: OWN_PAGE,
    multipart: {
      kind: "MEDICAL_REPORT",
      title: "Faxed request",
      documentDate: "2026-06-01",
      file: { name: "faxed.pdf", mimeType: "application/pdf", buffer: pdf },
    },
  });
  expect(uploaded.status()).toBe(201);
  documentId = ((await uploaded.json()) as { data: { id: string } }).data.id;
  // the job loop was woken after the commit; wait for its result
  const deadline = Date.now() + 90_000;
  let doc = await db().document.findUniqueOrThrow({ where: { id: documentId } });
  while (!["DONE", "FAILED"].includes(doc.textStatus) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    doc = await db().document.findUniqueOrThrow({ where: { id: documentId } });
  }
  expect(doc).toMatchObject({ textStatus: "DONE", textPagesDone: 2, ocrPagesDone: 1, textError: null });

  const tab = await context.newPage();
  await tab.goto(`/intake/cases/${caseId}`);
  await expect(tab.getByRole("list", { name: "Case documents" }).innerText()).resolves.toContain(
    "Text ready: 2 pages, 1 page by OCR.",
  );
  await shot(tab, "reader-text-progress");
  await tab.close();
}, 120_000);

test("the search route finds words of the scanned page, with snippet parts", async () => {
  const response = await request.get(
    `/api/cases/${caseId}/search?q=${encodeURIComponent('"physical therapy" weekly')}`,
  );
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = (await response.json()) as {
    ok: boolean;
    total: number;
    hits: { documentId: string; pageNumber: number; title: string; snippet: { text: string; match: boolean }[] }[];
  };
  expect(body).toMatchObject({ ok: true, total: 1 });
  expect(body.hits[0]).toMatchObject({ documentId, pageNumber: 2, title: "Faxed request", documentDate: "2026-06-01" });
  expect(body.hits[0].snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(
    expect.arrayContaining(["physical", "therapy", "weekly"]),
  );
  const accents = (await (await request.get(`/api/cases/${caseId}/search?q=hernandez`)).json()) as typeof body;
  expect(accents.hits.map((h) => h.pageNumber)).toEqual([1]);

  for (const [query, message] of [
    ["", /Type the words/],
    ["?q=", /Type the words/],
    [`?q=${"x".repeat(201)}`, /at most 200/],
    ["?q=a&limit=0", /at least 1/],
  ] as const) {
    const refused = await request.get(`/api/cases/${caseId}/search${query}`);
    expect(refused.status()).toBe(400);
    const error = (await refused.json()) as { ok: boolean; message: string };
    expect(error.ok).toBe(false);
    expect(error.message).toMatch(message);
  }
});

test("one page's text for the reader", async () => {
  const response = await request.get(`/api/documents/${documentId}/pages/2/text`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  await expect(response.json()).resolves.toMatchObject({
    ok: true,
    pageNumber: 2,
    source: "OCR",
    text: expect.stringMatching(/physical therapy twice weekly/i),
  });
  expect((await request.get(`/api/documents/${documentId}/pages/3/text`)).status()).toBe(404);
});

test("the viewer's document answers Range requests", async () => {
  const whole = await request.get(`/api/documents/${documentId}`);
  expect(whole.status()).toBe(200);
  expect(whole.headers()["accept-ranges"]).toBe("bytes");
  expect((await whole.body()).equals(pdf)).toBe(true);

  const piece = await request.get(`/api/documents/${documentId}`, { headers: { range: "bytes=100-1123" } });
  expect(piece.status()).toBe(206);
  expect(piece.headers()["content-range"]).toBe(`bytes 100-1123/${pdf.length}`);
  // (Next.js sends a route handler's body without its Content-Length: the bytes are what count)
  expect((await piece.body()).equals(pdf.subarray(100, 1124))).toBe(true);

  const past = await request.get(`/api/documents/${documentId}`, { headers: { range: `bytes=${pdf.length}-` } });
  expect(past.status()).toBe(416);
  expect(past.headers()["content-range"]).toBe(`bytes */${pdf.length}`);
});
