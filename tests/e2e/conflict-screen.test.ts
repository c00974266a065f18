// The conflict screen in Chromium: a case whose claims administrator is the demo directory's
// TPA shows the reviewer who works for its parent insurer and the one affiliated with the TPA
// written in capitals among those not offered, and the reviewer whose affiliation may be the
// TPA's initials under "Needs confirmation" with both names side by side; the administrator
// dismisses it with a reason, by keyboard, and the reviewer becomes a candidate. Passes axe.
import { db } from "@/lib/db/client.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";
import { createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";

const browser = chromiumForThisFile();
let caseId: string;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  const tpa = await db().organization.findFirstOrThrow({ where: { name: "Pacific Coast Claims Services, Inc." } });
  ({ caseId } = await createTestCase(intake, {
    specialtyCode: "PMR",
    claimsAdministratorName: "Pacific Coast Claims Svcs.",
    claimsAdministratorOrganizationId: tpa.id,
  }));
}, 120_000);

test("possible conflicts wait for an administrator, who dismisses one with the keyboard", async () => {
  const admin = await signInAs(browser(), "admin@demo.imr");
  const page = await admin.newPage();
  await page.goto(`/admin/cases/${caseId}`);
  const pending = page.getByRole("list", { name: "Possible conflicts to confirm" });
  const osei = pending.locator("li", { hasText: "Hannah Osei" });
  await osei.waitFor();
  expect(await osei.textContent()).toContain("P.C.C. Services");
  expect(await osei.textContent()).toContain("Pacific Coast Claims Svcs.");
  const notOffered = page.getByRole("list", { name: "Reviewers not offered" });
  expect(await notOffered.locator("li", { hasText: "Tomas Herrera" }).textContent()).toMatch(
    /Affiliated with the claims administrator/,
  );
  expect(await notOffered.locator("li", { hasText: "Sofia Lindgren" }).textContent()).toMatch(
    /Affiliated with the claims administrator/,
  );
  expect(
    await page.getByRole("list", { name: "Qualified reviewers" }).locator("li", { hasText: "Hannah Osei" }).count(),
  ).toBe(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, "conflict-screen");

  // a reason is required
  await osei.getByRole("button", { name: "Not the same: dismiss" }).click();
  await osei
    .getByText(/Give the reason/)
    .first()
    .waitFor();
  await osei.getByLabel("Reason for your answer").focus();
  await page.keyboard.type("P.C.C. Services is a billing company in Ohio, checked its FEIN.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByRole("list", { name: "Qualified reviewers" }).locator("li", { hasText: "Hannah Osei" }).waitFor();
  expect(await db().conflictDecision.count({ where: { caseId, resolution: "DISMISSED" } })).toBe(1);
  await admin.close();
}, 120_000);
