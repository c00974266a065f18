// A reviewer's whole workflow with the keyboard alone (Tab, typing, Space and Enter; no mouse):
// signs in, accepts an offered case with the no-conflict attestation, writes the clinical
// summary and the item's decision, guidelines and rationale, accounts for every document of
// the case file, and sends the determination to QA. Each step is reached by Tab, so a control
// the keyboard cannot reach fails the test with the path the focus took.
import { hashPassword } from "@/lib/auth/passwords.ts";
import { db } from "@/lib/db/client.ts";
import { seedCaseFile } from "@/tools/demo/case-file.tsx";
import { newContext } from "../support/browser.ts";
import { button, hydrated, labelStarts, tabTo } from "../support/keyboard.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties, offerCase } from "../factories/index.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
const PASSWORD = "keyboard-reviewer-password";
let email: string;
let caseNumber: string;
let caseId: string;

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
  const created = await createTestCase(intake, { specialtyCode: "PSY" });
  ({ caseId, caseNumber } = created);
  await seedCaseFile(caseId, "sample");
  await offerCase(admin, reviewer, caseId);
}, 180_000);

test("a reviewer accepts, decides, accounts for the case file and sends to QA with the keyboard alone", async () => {
  const context = await newContext(browser());
  const page = await context.newPage();

  // sign in
  await page.goto("/signin");
  await hydrated(page);
  await tabTo(page, "the e-mail field", (el) => el.tag === "input" && el.type === "email");
  await page.keyboard.type(email);
  await tabTo(page, "the password field", (el) => el.tag === "input" && el.type === "password");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));

  // accept the offer: the attestation first
  await page.goto("/reviewer");
  await hydrated(page);
  await page.locator(`[data-offer="${caseNumber}"]`).waitFor();
  await tabTo(
    page,
    "the attestation",
    (el) => el.type === "checkbox" && el.label.startsWith("I attest that I have no material"),
  );
  await page.keyboard.press("Space");
  await tabTo(page, "Accept", button(`Accept case ${caseNumber}`));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/reviewer\/cases\//);
  await hydrated(page);

  // the case file comes first: every document marked Reviewed
  const documents = await page.locator("li[data-document]").count();
  expect(documents).toBeGreaterThan(0);
  // the reader opens the first document (its first page counts as opened); any other, never
  // opened, asks how it was reviewed
  await page
    .locator("li[data-document]")
    .first()
    .getByText(/^[1-9]\d* (of \d+ )?pages? opened/)
    .waitFor();
  for (let i = 0; i < documents; i++) {
    await tabTo(page, `the account of document ${i + 1}`, (el) => el.type === "radio" && el.label === "Reviewed");
    await page.keyboard.press("Space");
    if (i === 0) continue;
    await tabTo(page, `how document ${i + 1} was reviewed`, labelStarts("You have not opened this document"));
    await page.keyboard.type("Read the printed copy.");
  }
  await page
    .getByText(`${documents} of ${documents} ${documents === 1 ? "document" : "documents"} accounted for`)
    .waitFor();

  // the determination
  await tabTo(page, "the clinical summary", labelStarts("Summary of the case file"));
  await page.keyboard.type(
    "The patient is a 44-year-old woman with chronic low back pain after a lifting injury at work.",
  );
  const items = await page.getByRole("heading", { name: /^Item \d+$/ }).count();
  expect(items).toBeGreaterThan(0);
  for (let i = 1; i <= items; i++) {
    await tabTo(page, `item ${i}'s decision`, (el) => el.type === "radio" && el.label.startsWith("Upheld"));
    await page.keyboard.press("Space");
    await tabTo(page, `item ${i}'s claims administrator guideline`, labelStarts("Claims administrator guideline"));
    await page.keyboard.type("MTUS ACOEM Chapter 12, Low Back Complaints.");
    await tabTo(page, `item ${i}'s citation`, labelStarts("Your guideline citation"));
    await page.keyboard.type("MTUS ACOEM Chapter 12 Low Back Complaints, pages 300-301.");
    await tabTo(page, `item ${i}'s rationale`, labelStarts("Decision rationale"));
    await page.keyboard.type(
      "The records show no red flags and no trial of conservative care; the guideline does not support the request.",
    );
  }

  // submit, confirm, and it is with QA
  await tabTo(page, "Submit determination", button("Submit determination"));
  await page.keyboard.press("Enter");
  await tabTo(page, "Send to QA", button("Send to QA"));
  await shot(page, "reviewer-keyboard-confirm");
  await page.keyboard.press("Enter");
  await page.getByText(/You will see it here again if QA returns it/).waitFor();
  const determination = await db().determination.findFirstOrThrow({
    where: { caseId },
    select: { status: true, documentsReviewed: { select: { notRelevantReason: true } } },
  });
  expect(determination.status).toBe("SUBMITTED");
  expect(determination.documentsReviewed).toHaveLength(documents);
  await context.close();
}, 180_000);
