// A decision that needs a redaction review before it is published, in Chromium: the redactor
// was unsure of a name in the clinical summary (no title, role or relative beside it) and held
// the copy back; the administrator finds it in the publications list, opens the review, sees
// the name highlighted in the letter, removes it with the keyboard, publishes, and the public
// page of the decision then shows the copy without it. Both pages pass axe (WCAG 2.1 A and AA: no serious or critical violation).
import { db } from "@/lib/db/client.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { createE2eData, useE2eDatabase, type E2eData } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
let data: E2eData;

beforeAll(async () => {
  useE2eDatabase();
  data = await createE2eData();
}, 180_000);

test("the administrator reviews a held-back copy, removes the leak and publishes it", async () => {
  const { publicationId, caseNumber, doubtfulName } = data.review;
  const admin = await signInAs(browser(), "admin@demo.imr");
  const page = await admin.newPage();
  await page.goto("/admin/publications?status=NEEDS_REVIEW");
  await page.getByRole("link", { name: `Review the redaction of case ${caseNumber}` }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: `Review the redaction of case ${caseNumber}` }).click();
  await page.getByRole("heading", { name: `Redaction review: case ${caseNumber}` }).waitFor();
  await page.getByText(/finding(s)? to answer/).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, "redaction-review-before");

  // Publishing waits until every finding is answered.
  expect(await page.getByRole("button", { name: "Publish the redacted copy" }).isDisabled()).toBe(true);

  // The doubtful name is highlighted in the letter; remove it with the keyboard.
  await page.locator("mark", { hasText: doubtfulName }).first().waitFor();
  await page
    .getByRole("button", { name: `Remove “${doubtfulName}”` })
    .first()
    .focus();
  await page.keyboard.press("Enter");
  await page.getByText("Nothing left to answer").waitFor();
  await page.getByRole("listitem").filter({ hasText: "You removed" }).first().waitFor();
  await shot(page, "redaction-review-after");

  await page.getByRole("button", { name: "Publish the redacted copy" }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "There is nothing to review." }).waitFor();
  await page.getByRole("link", { name: "See the public page" }).waitFor();

  const row = await db().publishedDecision.findUniqueOrThrow({ where: { id: publicationId } });
  expect(row.status).toBe("PUBLISHED");
  expect(row.redactedText).not.toContain("Wierzbicki");
  expect(row.redactedText).toContain("52-year-old female with neck pain");

  // The public search finds the copy, and its page does not show the number.
  const visitor = await browser().newContext({ baseURL: page.url().replace(/\/admin.*$/, "") });
  const pub = await visitor.newPage();
  await pub.goto(`/decisions/${caseNumber}`);
  await pub.getByText(caseNumber).first().waitFor();
  expect(await pub.content()).not.toContain("Wierzbicki");
  await visitor.close();
  await admin.close();
}, 120_000);
