// The reader beside the decision, in Chromium against the production build: the reviewer
// searches the case file, jumps to a hit (the words marked on the page), pins a note to the
// page (it survives a reload), cites the page into a rationale, accounts for the documents
// (a cited one cannot be set aside; one never opened needs a reason) and submits; the workspace
// then shows what was sent, read only; QA reads the note and approves; the issued letter lists
// the document. Then the divider and the shortcuts by keyboard alone, the phone layout, and
// each state of the workspace under axe-core.
import type { Page } from "playwright-core";
import { hashPassword } from "@/lib/auth/passwords.ts";
import { db } from "@/lib/db/client.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { extractDocumentText } from "@/lib/reader/extract-document-text.ts";
import { makePdf } from "@/tools/reader/make-pdfs.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { focused, hydrated, tabTo } from "../support/keyboard.ts";
import { readPdf } from "../support/pdf-text.ts";
import { signInWith, useE2eDatabase } from "../security/e2e-data.ts";
import { assignAndAccept, createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

const browser = chromiumForThisFile();
const PASSWORD = "reader-e2e-password";
const TITLE = "Primary treating physician's report";
const CITATION = `(${TITLE}, 03/14/2024, p. 7)`;
const PAGES = 40;
let email: string;
let caseId: string;
let reportId: string;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const [intake, admin] = [await createStaff("INTAKE"), await createStaff("ADMIN")];
  const reviewer = await createReviewer({ specialty: "PSY" });
  const user = await db().user.update({
    where: { id: reviewer.userId },
    data: { passwordHash: await hashPassword(PASSWORD) },
  });
  email = user.email;
  ({ caseId } = await createTestCase(intake, { specialtyCode: "PSY" }));
  const bytes = await makePdf(
    Array.from({ length: PAGES }, (_, i) => ({
      text:
        i === 6
          ? "Page 7. Lumbar MRI of 03/01/2024 shows facet arthropathy at L4-L5 and L5-S1 without stenosis."
          : `Page ${i + 1}. Progress note: low back pain, home exercise continued.`,
    })),
  );
  const report = await db().$transaction((tx) =>
    storeDocument(tx, {
      caseId,
      kind: "MEDICAL_REPORT",
      title: TITLE,
      fileName: "ptp-report.pdf",
      mimeType: "application/pdf",
      bytes,
      pageCount: PAGES,
      documentDate: new Date("2024-03-14T00:00:00Z"),
    }),
  );
  reportId = report.id;
  // an upload's text is read by a job; here the test reads it before the reviewer opens the case
  await db().document.update({ where: { id: reportId }, data: { author: "Dr. Nina Alvarado", textStatus: "PENDING" } });
  expect(await extractDocumentText({ documentId: reportId })).toMatchObject({ status: "DONE", pages: PAGES });
  await assignAndAccept(admin, reviewer, caseId);
}, 180_000);

async function reviewerPage(width = 1440): Promise<Page> {
  const context = await signInWith(browser(), email, PASSWORD);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  return page;
}

const pageIndicator = (page: Page) => page.getByTestId("reader-page").textContent();
/** Waits until the page indicator reads page `n` of the document. */
const pageIs = (page: Page, n: number) =>
  page
    .getByTestId("reader-page")
    .getByText(new RegExp(`^Page ${n} of`))
    .waitFor();

test("search, jump, note, cite, submit; QA reads the note and approves; the letter lists the document", async () => {
  const page = await reviewerPage();
  await page.goto(`/reviewer/cases/${caseId}`);
  await hydrated(page);
  await page.locator('[data-layout="split"]').waitFor();
  await page.getByTestId("employee-line").waitFor();
  await page.locator(`[data-reader-document="${reportId}"]`).getByText(`of ${PAGES} pages opened`).waitFor();

  // search the whole case file, and jump to the hit
  await page.getByRole("searchbox", { name: "Search the case file" }).fill("arthropathy");
  await page.getByRole("searchbox", { name: "Search the case file" }).press("Enter");
  const hits = page.getByTestId("search-hits");
  const hit = hits.getByRole("button").filter({ hasText: `${TITLE}` });
  await hit.filter({ hasText: "p. 7" }).waitFor();
  expect(await hits.locator("mark").first().textContent()).toMatch(/arthropathy/i);
  await hit.first().click();
  await page.locator('[data-page="7"] mark.reader-hit').first().waitFor({ timeout: 30_000 });
  // the indicator follows the scroll, which settles once the pages around the hit are drawn
  await pageIs(page, 7);
  await shot(page, "reader-hit-1440");

  // pin a note to page 7; it stays after a reload
  await page.getByRole("button", { name: "Pin a note on page 7" }).click();
  await page.getByLabel("Note", { exact: true }).fill("Facet arthropathy at two levels: matches the request.");
  await page.getByRole("button", { name: "Save note" }).click();
  await page.getByTestId("notes-list").getByText("matches the request").waitFor();
  await page.reload();
  await hydrated(page);
  await page.locator(`[data-reader-document="${reportId}"]`).click();
  await page.getByTestId("notes-list").getByText("Facet arthropathy at two levels").waitFor();

  // the determination, with the page cited into the rationale at the caret
  await page
    .getByLabel("Summary of the case file")
    .fill("The patient is a 44-year-old woman with chronic low back pain after a lifting injury at work.");
  const items = await page.getByRole("heading", { name: /^Item \d+$/ }).count();
  for (let i = 0; i < items; i++) {
    await page
      .getByRole("radio", { name: /^Overturned/ })
      .nth(i)
      .check();
    await page
      .getByLabel(/^Claims administrator guideline/)
      .nth(i)
      .fill("MTUS ACOEM Chapter 12.");
    await page
      .getByLabel(/^Your guideline citation/)
      .nth(i)
      .fill("ODG Low Back, facet joint diagnostic blocks.");
    await page
      .getByLabel("Decision rationale")
      .nth(i)
      .fill("Imaging documents facet arthropathy at two levels, which the guideline requires.");
  }
  await page.getByLabel("Decision rationale").first().focus();
  await page.getByTestId("notes-list").getByRole("button", { name: "Cite page 7" }).click();
  await page.getByTestId("cite-status").getByText(`Cited ${CITATION}`).waitFor();
  expect(await page.getByLabel("Decision rationale").first().inputValue()).toBe(
    `Imaging documents facet arthropathy at two levels, which the guideline requires. ${CITATION}`,
  );

  // the cited document is reviewed and cannot be set aside; the others, never opened, need a reason
  const report = page.locator(`li[data-document="${reportId}"]`);
  expect(await report.getByRole("radio", { name: "Reviewed" }).isChecked()).toBe(true);
  expect(await report.getByRole("radio", { name: "Not relevant" }).isDisabled()).toBe(true);
  const others = page.locator(`li[data-document]:not([data-document="${reportId}"])`);
  for (let i = 0; i < (await others.count()); i++) {
    await others.nth(i).getByRole("radio", { name: "Reviewed" }).check();
    // the reader opened the notice first, so it needs no reason; one never opened would
    const reason = others.nth(i).getByLabel(/how did you review it/);
    if (await reason.count()) await reason.fill("Read the mailed copy of the notice.");
  }
  await page.getByRole("button", { name: "Submit determination" }).click();
  await page.getByRole("button", { name: "Send to QA" }).click();
  await page.getByText(/You will see it here again if QA returns it/).waitFor();
  // read only, what was sent
  await page.getByTestId("submitted-copy").getByText(CITATION).waitFor();
  expect(await page.getByRole("button", { name: "Submit determination" }).count()).toBe(0);
  await shot(page, "reader-submitted-1440");

  // QA reads the note, approves; the letter is issued and lists the document
  const determination = await db().determination.findFirstOrThrow({ where: { caseId }, select: { id: true } });
  const admin = await (await signInAs(browser(), "admin@demo.imr")).newPage();
  await admin.goto(`/admin/qa/${determination.id}`);
  await admin.getByTestId("qa-reviewer-notes").getByText("Facet arthropathy at two levels").waitFor();
  await admin.getByRole("button", { name: "Approve" }).click();
  await admin.getByRole("button", { name: "Approve and issue" }).click();
  await admin
    .getByText(/Letter issued/)
    .first()
    .waitFor({ timeout: 60_000 });
  const { letterId } = await db().determination.findUniqueOrThrow({
    where: { id: determination.id },
    select: { letterId: true },
  });
  const pdf = await admin.context().request.get(`/api/letters/${letterId}`);
  const text = (await readPdf(Buffer.from(await pdf.body()))).all;
  expect(text).toContain("DOCUMENTS REVIEWED");
  expect(text).toContain(TITLE);
  expect(text).toContain(CITATION);
  await admin.context().close();
  await page.context().close();
}, 240_000);

test("the divider and the shortcuts by keyboard alone; never while typing", async () => {
  const page = await reviewerPage();
  await page.goto(`/reviewer/cases/${caseId}`);
  await hydrated(page);
  await page.locator('[data-testid="reader-pages"] .react-pdf__Page canvas').first().waitFor({ timeout: 30_000 });

  const divider = await tabTo(page, "the divider", (el) => el.label === "Resize the records and the decision");
  expect(divider.outline).not.toMatch(/^none/);
  const separator = page.getByRole("separator");
  const before = Number(await separator.getAttribute("aria-valuenow"));
  await page.keyboard.press("ArrowLeft");
  expect(Number(await separator.getAttribute("aria-valuenow"))).toBe(before - 5);
  await page.keyboard.press("End");
  expect(await separator.getAttribute("aria-valuenow")).toBe("75");
  await page.reload();
  await hydrated(page);
  await page.locator('[role="separator"][aria-valuenow="75"]').waitFor();

  // shortcuts from anywhere but a field: j / k, + / -, r, ?, /
  await page.locator('[data-testid="reader-pages"] .react-pdf__Page canvas').first().waitFor({ timeout: 30_000 });
  await tabTo(page, "the divider", (el) => el.label === "Resize the records and the decision");
  // "]" opens the next document (the report, after the notice), "[" goes back, "]" again
  await page.keyboard.press("]");
  await page.locator(`[data-reader-document="${reportId}"][aria-current="true"]`).waitFor();
  await page.keyboard.press("[");
  await page.locator(`[data-reader-document="${reportId}"]:not([aria-current])`).waitFor();
  await page.keyboard.press("]");
  await page.locator('[data-testid="reader-pages"] .react-pdf__Page canvas').first().waitFor({ timeout: 30_000 });
  const start = await pageIndicator(page);
  await page.keyboard.press("j");
  await pageIs(page, 2);
  await page.keyboard.press("k");
  await pageIs(page, 1);
  expect(start).toMatch(/^Page 1 of/);
  await page.keyboard.press("+");
  await page.getByText("125%").waitFor();
  await page.keyboard.press("-");
  await page.getByText("100%").waitFor();
  await page.keyboard.press("?");
  await page.getByTestId("shortcut-help").getByText("Rotate the pages").waitFor();
  expect((await focused(page))?.text).toBe("Close");
  await page.keyboard.press("Escape");
  await page.getByTestId("shortcut-help").waitFor({ state: "detached" });
  await tabTo(page, "the divider", (el) => el.label === "Resize the records and the decision");
  await pageIs(page, 1);
  await page.keyboard.press("/");
  expect((await focused(page))?.id).toBe("reader-search");
  // typing in a field is typing: "jj" goes into the box and the page stays, so the next "j"
  // pressed outside the box turns to page 2 (had the typed ones turned pages, it would be 4)
  await page.keyboard.type("jj");
  expect(await page.locator("#reader-search").inputValue()).toBe("jj");
  await page.keyboard.press("Shift+Tab");
  expect((await focused(page))?.id).not.toBe("reader-search");
  await page.keyboard.press("j");
  await pageIs(page, 2);
  await page.context().close();
}, 180_000);

test("on a phone the records and the decision are tabs; each state of the workspace passes axe", async () => {
  const page = await reviewerPage(375);
  await page.goto(`/reviewer/cases/${caseId}`);
  await hydrated(page);
  await page.locator('[data-layout="tabs"]').waitFor();
  await page.getByRole("tab", { name: "Records" }).click();
  await page.locator('[data-testid="reader-pages"] .react-pdf__Page canvas').first().waitFor({ timeout: 30_000 });
  await shot(page, "reader-phone-records");
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole("tab", { name: "Decision" }).click();
  await page.getByTestId("submitted-copy").waitFor();
  await shot(page, "reader-phone-decision");
  expect(await seriousAxeViolations(page)).toEqual([]);

  // wide: the hit marked, the help panel open, the OCR-free page with its note
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('[data-layout="split"]').waitFor();
  await page.getByRole("searchbox", { name: "Search the case file" }).fill("arthropathy");
  await page.getByRole("searchbox", { name: "Search the case file" }).press("Enter");
  await page.getByTestId("search-hits").getByRole("button").first().click();
  await page.locator('[data-page="7"] mark.reader-hit').first().waitFor({ timeout: 30_000 });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Keyboard shortcuts (?)" }).click();
  await page.getByTestId("shortcut-help").waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.context().close();
}, 180_000);
