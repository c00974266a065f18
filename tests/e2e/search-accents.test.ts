// Finding a case as people type it, in Chromium: intake searches its list for an employee
// whose name is written with accents ("Inés Hernández-Ñúñez") by the name typed without them,
// in lower case and without the hyphen, then by the claim number in lower case without its
// dashes, and by the claims administrator; the list shows the Employee and Claims
// administrator columns, sorts by employee, passes axe, and on a phone-sized screen keeps the
// employee while leaving the claims administrator out.
import crypto from "node:crypto";
import type { Page } from "playwright-core";
import { seriousAxeViolations } from "../support/axe.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";
import { createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

const browser = chromiumForThisFile();

// letters only, so that the folded tag stays one word; unique to this run
const tag = crypto
  .randomBytes(4)
  .toString("hex")
  .replace(/\d/g, (d) => "ghijklmnop"[Number(d)]);
const digits = String(crypto.randomInt(1_000_000, 9_999_999));
const employeeName = `Inés Hernández-Ñúñez ${tag[0].toUpperCase()}${tag.slice(1)}`;
const claimNumber = `WCF-${digits}-B`;
const claimsAdministratorName = `Zénith Insurance Co. ${tag}`;
let caseNumber: string;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  ({ caseNumber } = await createTestCase(intake, { employeeName, claimNumber, claimsAdministratorName }));
}, 120_000);

/** Types the query into the list's search box and submits it (a GET form): the list for that query. */
async function search(page: Page, query: string) {
  const box = page.getByLabel("Search cases", { exact: true });
  await box.fill(query);
  await Promise.all([page.waitForURL((url) => url.searchParams.get("q") === query), box.press("Enter")]);
  return page.getByRole("table", { name: "Cases" });
}

async function expectOnlyOurCase(page: Page, query: string) {
  const table = await search(page, query);
  const row = table.getByRole("row").filter({ hasText: caseNumber });
  await row.waitFor();
  expect([query, await table.locator("tbody tr").count()]).toEqual([query, 1]);
  expect(await row.getByRole("cell", { name: employeeName, exact: true }).count()).toBe(1);
  expect(await row.getByRole("cell", { name: claimsAdministratorName, exact: true }).count()).toBe(1);
}

test("intake finds a case by the name without accents, the claim number without dashes and the claims administrator", async () => {
  const intake = await signInAs(browser(), "intake@demo.imr");
  const page = await intake.newPage();
  await page.goto("/intake");
  const table = page.getByRole("table", { name: "Cases" });
  await table.getByRole("columnheader", { name: "Employee", exact: true }).waitFor();
  expect(await table.getByRole("columnheader", { name: "Claims administrator", exact: true }).isVisible()).toBe(true);

  await expectOnlyOurCase(page, `ines hernandez nunez ${tag}`);
  await expectOnlyOurCase(page, `HERNANDEZ ${tag.toUpperCase()}`);
  await expectOnlyOurCase(page, `wcf${digits}b`);
  await expectOnlyOurCase(page, `zenith insurance ${tag}`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, "intake-search-accents");

  // a name the case does not hold finds nothing
  const none = await search(page, `hernandez ${tag}x`);
  await none.getByText(/No cases match/).waitFor();

  // the Employee column sorts (the query kept)
  await search(page, `hernandez ${tag}`);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("sort") === "employee"),
    table.getByRole("link", { name: "Employee", exact: true }).click(),
  ]);
  expect(await table.getByRole("columnheader", { name: "Employee", exact: true }).getAttribute("aria-sort")).toBe(
    "ascending",
  );
  expect(await table.getByRole("row").filter({ hasText: caseNumber }).count()).toBe(1);

  // a phone-sized screen keeps the case, the employee and the due date; the claims administrator waits for more width
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await table.getByRole("columnheader", { name: "Employee", exact: true }).isVisible()).toBe(true);
  expect(await table.getByRole("columnheader", { name: "Due", exact: true }).isVisible()).toBe(true);
  expect(await table.getByRole("columnheader", { name: "Claims administrator", exact: true }).isVisible()).toBe(false);
  expect(
    await table
      .getByRole("row")
      .filter({ hasText: caseNumber })
      .getByRole("cell", { name: employeeName, exact: true })
      .isVisible(),
  ).toBe(true);
  await shot(page, "intake-search-phone");
  await intake.close();
}, 180_000);
