// Withdrawing a pending offer in Chromium: an administrator offers a waiting case (the
// status says "Offered", to whom and since when), withdraws the offer with a reason (refused
// without one), the reviewer's open offer then says it was withdrawn, and the case page the
// reviewer opens says so too; the administrator offers the case to another reviewer (the
// withdrawn one listed among those not offered), who accepts; the case is then "In review"
// and its history tells the withdrawal in words. Also: the administrators' grouped navigation
// marks the current page, the dashboard's stage counts link to the filtered list, and on a
// phone the navigation is a menu that opens and closes by keyboard.
import type { Page } from "playwright-core";
import { db } from "@/lib/db/client.ts";
import { OFFER_WITHDRAWN } from "@/lib/cases/respond-to-offer.ts";
import { hydrated } from "../support/keyboard.ts";
import { newContext, signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
const REASON = "No answer yet and the case is due soon; offering it to another reviewer.";
const FIRST = "Dr. Priya Raman";
const SECOND = "Dr. Marcus Webb";
let caseId: string;
let caseNumber: string;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  // a case waiting for assignment in Physical Medicine & Rehabilitation: both demo reviewers qualify
  ({ caseId, caseNumber } = await createTestCase(intake, { specialtyCode: "PMR" }));
}, 120_000);

/** Offers the case from the candidate list; gives a reason when the reviewer is not the top-ranked one. */
async function offerTo(page: Page, name: string): Promise<void> {
  await page.getByRole("list", { name: "Qualified reviewers" }).waitFor();
  await page.getByRole("button", { name: `Assign ${name}` }).click();
  const form = page.getByRole("form", { name: `Offer the case to ${name}` });
  await form.waitFor();
  const reason = form.getByLabel("Reason for the override");
  if (await reason.count()) await reason.fill("Chosen for the end-to-end test of a withdrawn offer.");
  await form.getByRole("button", { name: "Confirm" }).click();
}

/** The page hydrated: its client components answer clicks and keys. */

const assignmentOf = (page: Page, name: string) =>
  page.getByRole("list", { name: "Assignments" }).locator("li", { hasText: name });

test("an offer is withdrawn with a reason, the reviewer is told, and the case is offered to another reviewer who accepts", async () => {
  const admin = await signInAs(browser(), "admin@demo.imr");
  const adminPage = await admin.newPage();

  // the dashboard's stage counts open the filtered list; the navigation marks the page
  await adminPage.goto("/admin/dashboard");
  const stages = adminPage.getByRole("list", { name: "Cases by stage" });
  expect(await stages.getByRole("link", { name: /^Ready for assignment/ }).getAttribute("href")).toBe(
    "/admin?status=READY_FOR_ASSIGNMENT",
  );
  const nav = adminPage.getByRole("navigation", { name: "Main" });
  expect(await nav.getByRole("link", { name: "Dashboard" }).getAttribute("aria-current")).toBe("page");
  await stages.getByRole("link", { name: /^Ready for assignment/ }).click();
  await adminPage.waitForURL(/\/admin\?status=READY_FOR_ASSIGNMENT$/);

  // offered: the status says so, with to whom and since when
  await adminPage.goto(`/admin/cases/${caseId}`);
  await hydrated(adminPage);
  expect(await nav.getByRole("link", { name: "Assignment queue" }).getAttribute("aria-current")).toBe("true");
  await adminPage.getByRole("list", { name: "Deadlines" }).waitFor();
  await adminPage.getByRole("list", { name: "Case documents" }).waitFor();
  await offerTo(adminPage, FIRST);
  await assignmentOf(adminPage, FIRST).getByText("Offered, waiting for an answer").waitFor();
  await adminPage.getByText(new RegExp(`to ${FIRST.replace(".", "\\.")} since .*, waiting for an answer`)).waitFor();

  // the reviewer has the offer open in a tab
  const first = await signInAs(browser(), "reviewer@demo.imr");
  const firstPage = await first.newPage();
  await firstPage.goto("/reviewer");
  const offer = firstPage.locator(`[data-offer="${caseNumber}"]`);
  await offer.waitFor();
  await hydrated(firstPage);

  // withdrawing asks for the reason first
  await adminPage.getByRole("button", { name: `Withdraw the offer to ${FIRST}` }).click();
  const withdrawal = adminPage.getByRole("form", { name: `Withdraw the offer to ${FIRST}` });
  await withdrawal.getByRole("button", { name: "Withdraw offer" }).click();
  await withdrawal
    .getByText(/Give the reason for withdrawing the offer/)
    .first()
    .waitFor();
  expect(await db().assignment.count({ where: { caseId, status: "OFFERED" } })).toBe(1);
  await withdrawal.getByLabel("Reason for withdrawing").fill(REASON);
  await shot(adminPage, "withdraw-offer-reason");
  await withdrawal.getByRole("button", { name: "Withdraw offer" }).click();
  await assignmentOf(adminPage, FIRST).getByText("Withdrawn", { exact: true }).waitFor();
  await assignmentOf(adminPage, FIRST).getByText(REASON, { exact: false }).waitFor();
  const notOffered = adminPage.getByRole("list", { name: "Reviewers not offered" });
  expect(await notOffered.locator("li", { hasText: "Priya Raman" }).textContent()).toMatch(
    /The offer of this case to them was withdrawn on \d{2}\/\d{2}\/\d{4}/,
  );
  expect(
    await adminPage.getByRole("list", { name: "Qualified reviewers" }).getByText(FIRST, { exact: true }).count(),
  ).toBe(0);
  expect(await seriousAxeViolations(adminPage)).toEqual([]);

  // the reviewer is told: by e-mail (through the outbox, without the reason), on the open offer, and on the case page
  const message = await db().outboxMessage.findFirstOrThrow({ where: { caseId, kind: "assignment.withdrawn" } });
  expect(message.toAddress).toBe("reviewer@demo.imr");
  expect(message.body).not.toContain(REASON);
  await offer
    .getByLabel(
      /I attest that I have no material professional, familial or financial affiliation with any party of this case/,
    )
    .check();
  await offer.getByRole("button", { name: `Accept case ${caseNumber}` }).click();
  await offer.getByText(OFFER_WITHDRAWN).waitFor();
  await firstPage.goto(`/reviewer/cases/${caseId}`);
  await firstPage.getByText("This offer was withdrawn", { exact: true }).waitFor();
  await shot(firstPage, "withdraw-offer-reviewer");
  await firstPage.goto("/reviewer");
  await firstPage.getByRole("heading", { name: "My cases" }).waitFor();
  expect(await firstPage.locator(`[data-offer="${caseNumber}"]`).count()).toBe(0);

  // offered again, to another reviewer
  await offerTo(adminPage, SECOND);
  await assignmentOf(adminPage, SECOND).getByText("Offered, waiting for an answer").waitFor();

  // who sees the offer and accepts it
  const second = await signInAs(browser(), "reviewer.pain@demo.imr");
  const secondPage = await second.newPage();
  await secondPage.goto("/reviewer");
  const secondOffer = secondPage.locator(`[data-offer="${caseNumber}"]`);
  await secondOffer.waitFor();
  await hydrated(secondPage);
  await secondOffer
    .getByLabel(
      /I attest that I have no material professional, familial or financial affiliation with any party of this case/,
    )
    .check();
  await secondOffer.getByRole("button", { name: `Accept case ${caseNumber}` }).click();
  await secondPage.waitForURL(/\/reviewer\/cases\//);

  // the case is in review; its history tells the withdrawal in words
  await adminPage.reload();
  await assignmentOf(adminPage, SECOND).getByText("Accepted", { exact: true }).waitFor();
  await adminPage.getByText(new RegExp(`by ${SECOND.replace(".", "\\.")}, accepted `)).waitFor();
  const history = adminPage.getByRole("list", { name: `History of case ${caseNumber}, newest first` });
  await history.getByText(/withdrew the offer of the case\./).waitFor();
  await history.getByText(REASON).waitFor();
  expect(await history.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:|[0-9a-f]{8}-[0-9a-f]{4}-/);
  await shot(adminPage, "withdraw-offer-reoffered");

  const assignments = await db().assignment.findMany({
    where: { caseId },
    orderBy: { assignedAt: "asc" },
    select: { status: true, withdrawReason: true, reviewer: { select: { user: { select: { email: true } } } } },
  });
  expect(assignments.map((a) => [a.reviewer.user.email, a.status, a.withdrawReason])).toEqual([
    ["reviewer@demo.imr", "REVOKED", REASON],
    ["reviewer.pain@demo.imr", "ACTIVE", null],
  ]);
  expect((await db().case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("ASSIGNED");
  expect(await db().auditEvent.count({ where: { caseId, action: "assignment.withdrawn" } })).toBe(1);

  await Promise.all([admin, first, second].map((c) => c.close()));
}, 180_000);

test("on a phone the administrators' navigation is a menu that opens, marks the page and closes with Escape", async () => {
  const admin = await signInAs(browser(), "admin@demo.imr");
  const phone = await newContext(browser(), { width: 390, height: 844 });
  await phone.addCookies(await admin.cookies());
  const page = await phone.newPage();
  await page.goto("/admin/reviewers/expiring");
  await hydrated(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: /^Menu/ });
  expect(await menu.getAttribute("aria-expanded")).toBe("false");
  expect(await nav.getByRole("link", { name: "Expiring credentials" }).isVisible()).toBe(false);
  await menu.focus();
  await page.keyboard.press("Enter");
  await nav.locator('button[aria-expanded="true"]').waitFor();
  const current = nav.getByRole("link", { name: "Expiring credentials" });
  await current.waitFor();
  expect(await current.getAttribute("aria-current")).toBe("page");
  expect(await nav.getByRole("link", { name: "Reviewers", exact: true }).getAttribute("aria-current")).toBeNull();
  await shot(page, "staff-nav-phone-open");
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await nav.locator('button[aria-expanded="false"]').waitFor();
  expect(await current.isVisible()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^Menu/);
  await Promise.all([admin.close(), phone.close()]);
}, 90_000);
