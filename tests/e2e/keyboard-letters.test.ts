// A party with the keyboard alone (Tab, typing and Enter; no mouse, no click): opens their
// case with its number and access code, downloads the final determination letter (PDF), then
// opens its web version, which is the letter as accessible HTML (an English <article>, its
// title the page's only h1, the sections h2), passes axe (WCAG 2.1 A and AA), is never cached,
// offers the PDF beside it (downloaded by keyboard too) and is audited as a read. The party of
// another case is told, with a 404, that there is no such letter.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { db } from "@/lib/db/client.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { newContext } from "../support/browser.ts";
import { hydrated, tabTo, type Focused } from "../support/keyboard.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { createE2eData, partyContext, useE2eDatabase, type E2eData } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
let data: E2eData;

beforeAll(async () => {
  useE2eDatabase();
  data = await createE2eData();
}, 180_000);

/** The focus is shown (the app's :focus-visible outline). */
const expectVisibleFocus = (el: Focused) => expect(el.outline).not.toMatch(/^none|\s0px$/);

/** Enter on the focused download link: the PDF it gives. */
async function downloadWithEnter(page: Page): Promise<{ bytes: Buffer; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const file = await download.path();
  return { bytes: fs.readFileSync(file), fileName: download.suggestedFilename() };
}

test("a party opens the case, downloads the letter and reads its web version with the keyboard alone", async () => {
  const { caseNumber, partyCode, letterId } = data.letter;
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto("/access");
  await hydrated(page);

  // the access form: Tab to each field, type, Enter submits
  await tabTo(page, "the case number field", (el) => el.name === "caseNumber");
  await page.keyboard.type(caseNumber);
  await tabTo(page, "the access code field", (el) => el.name === "accessCode", 3);
  await page.keyboard.type(partyCode);
  await Promise.all([page.waitForURL("**/access/case"), page.keyboard.press("Enter")]);
  await page.getByRole("heading", { level: 1, name: `Case ${caseNumber}` }).waitFor();
  await hydrated(page);

  // the letter's PDF, by keyboard
  const pdfLink = await tabTo(
    page,
    "the letter's Download PDF link",
    (el) => el.tag === "a" && el.href === `/api/party/letters/${letterId}`,
  );
  expect(pdfLink.text).toBe("Download PDF");
  expectVisibleFocus(pdfLink);
  const pdf = await downloadWithEnter(page);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.fileName).toMatch(/\.pdf$/);
  expect(page.url()).toMatch(/\/access\/case$/);

  // its web version, the next stop of the keyboard after the PDF
  const webLink = await tabTo(
    page,
    "the Read as web page link",
    (el) => el.tag === "a" && el.href === `/access/case/letters/${letterId}`,
    1,
  );
  expect(webLink.text).toMatch(/^Read as web page/);
  expectVisibleFocus(webLink);
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) =>
        new URL(r.url()).pathname === `/access/case/letters/${letterId}` && r.request().resourceType() === "document",
    ),
    page.keyboard.press("Enter"),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  await page.waitForURL(`**/access/case/letters/${letterId}`);
  await hydrated(page);

  // the letter as HTML: English, one h1 (the letter's title), sections, lists, the case number
  const article = page.locator("article");
  expect(await article.getAttribute("lang")).toBe("en");
  const h1 = page.getByRole("heading", { level: 1 });
  expect(await h1.count()).toBe(1);
  expect(await h1.textContent()).toMatch(/Independent Medical Review (AMENDED )?Final Determination/);
  expect(await article.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(4);
  expect(await article.getByRole("heading", { level: 3 }).count()).toBeGreaterThanOrEqual(1);
  expect(await article.locator("ol").count()).toBeGreaterThanOrEqual(1);
  expect(await article.locator("dl dt").first().textContent()).toBe("Case Number:");
  expect(await article.textContent()).toContain(caseNumber);
  expect(await page.title()).toContain("web version");
  await shot(page, "party-letter-web-version");
  expect(await seriousAxeViolations(page)).toEqual([]);

  // the skip link, then the way back and the PDF beside the letter, all by keyboard
  const skip = await tabTo(page, "the skip link", (el) => el.href === "#main", 1);
  expectVisibleFocus(skip);
  await page.keyboard.press("Enter");
  const back = await tabTo(page, "the link back to the case", (el) => el.href === "/access/case", 1);
  expect(back.text).toBe("Back to your case");
  const besidePdf = await tabTo(
    page,
    "the PDF beside the web version",
    (el) => el.href === `/api/party/letters/${letterId}`,
    1,
  );
  expect(besidePdf.text).toBe("Download PDF");
  const again = await downloadWithEnter(page);
  expect(again.bytes.equals(pdf.bytes)).toBe(true);

  // the read is in the audit trail, as the party's
  const party = await db().party.findFirstOrThrow({
    where: { case: { caseNumber }, role: "EMPLOYEE" },
    select: { id: true },
  });
  const reads = await db().auditEvent.findMany({
    where: { entityId: letterId, action: "document.viewed", actorId: party.id },
  });
  expect(reads.length).toBeGreaterThanOrEqual(1);
  expect(reads[0]).toMatchObject({
    actorType: "PARTY",
    payload: expect.objectContaining({ form: "web page", by: "party" }),
  });
  await context.close();
}, 120_000);

test("the party of another case is told there is no such letter", async () => {
  const context = await partyContext(browser(), data.partyCaseNumber, data.partyCode);
  const page = await context.newPage();
  for (const documentId of [data.letter.letterId, data.letter.noticeId, crypto.randomUUID()]) {
    const response = await page.goto(`/access/case/letters/${documentId}`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Letter not found" }).waitFor();
    expect(await page.locator("article").count()).toBe(0);
  }
  expect(await seriousAxeViolations(page)).toEqual([]);
  // nothing was read, so nothing is in the audit trail as this party's read
  const other = await db().party.findFirstOrThrow({
    where: { case: { caseNumber: data.partyCaseNumber }, role: "EMPLOYEE" },
    select: { id: true },
  });
  expect(await db().auditEvent.count({ where: { actorId: other.id, action: "document.viewed" } })).toBe(0);
  await context.close();
}, 60_000);
