// Sessions that end honestly, in Chromium against the production build:
// - a reviewer signs in from /signin?next=<their workspace> and lands on it; their session is
//   then ended elsewhere (sessionVersion bumped, as a sign-out in another browser does); what
//   they type next is "Not saved: sign in again" (never "saved"), the server still holds the
//   earlier text, and the browser keeps the new one; the status's link signs them in again in
//   the same tab and brings them back to the workspace, which offers the kept text back; once
//   restored it is saved and the kept copy is gone. A kept copy can be discarded too.
// - the staff shell warns before the session ends ("Your session ends at …", Stay signed in,
//   which renews it) and says when it has ended, with a link back through sign-in (the
//   browser's clock is moved forward; the server's is not).
// - a page that does not exist, for a signed-in reviewer, is inside the staff shell (one
//   navigation, theirs); /favicon.ico and the icons the pages name answer 200.
import type { Page } from "playwright-core";
import { hashPassword } from "@/lib/auth/passwords.ts";
import { db } from "@/lib/db/client.ts";
import { hydrated } from "../support/keyboard.ts";
import { newContext } from "../support/browser.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { E2E_BASE_URL } from "../support/e2e-server.ts";
import { assignAndAccept, createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { signInWith, useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
const PASSWORD = "session-expiry-password";
const SAVED_TEXT = "The patient is a 51-year-old man with chronic neck pain after a fall from a loading dock at work.";
const UNSAVED_TEXT = `${SAVED_TEXT} Typed after the session ended: MRI shows multilevel degenerative disc disease without cord compression.`;
let email: string;
let userId: string;
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
  ({ email, id: userId } = user);
  ({ caseId } = await createTestCase(intake, { specialtyCode: "PSY" }));
  await assignAndAccept(admin, reviewer, caseId);
}, 180_000);

const workspacePath = () => `/reviewer/cases/${caseId}`;
const summaryField = (page: Page) => page.getByLabel(/^Summary of the case file/);
const saveStatus = (page: Page) => page.getByTestId("save-status");
const savedSummary = async () =>
  (await db().determination.findFirstOrThrow({ where: { caseId, status: "DRAFT" }, select: { clinicalSummary: true } }))
    .clinicalSummary;
const keptCopies = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("imr.unsaved-draft.")));

async function signInOnThePage(page: Page): Promise<void> {
  await hydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a signed-out visit to a staff page goes to sign-in and comes back to that page, query included", async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const wanted = `${workspacePath()}?from=bookmark`;
  await page.goto(wanted);
  await page.waitForURL((url) => url.pathname === "/signin" && url.searchParams.get("next") === wanted);
  await signInOnThePage(page);
  await page.waitForURL((url) => `${url.pathname}${url.search}` === wanted, { timeout: 30_000 });
  await context.close();
});

test("signed out while writing: 'Not saved: sign in again', the text kept, offered back after signing in, then saved", async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  // should the browser ask before leaving a page with changes, leaving is the answer
  page.on("dialog", (dialog) => void dialog.accept());

  // sign-in from a link that names the workspace returns to it
  await page.goto(`/signin?next=${encodeURIComponent(workspacePath())}`);
  await signInOnThePage(page);
  await page.waitForURL((url) => url.pathname === workspacePath(), { timeout: 30_000 });
  await hydrated(page);

  // a first text, saved
  await summaryField(page).fill(SAVED_TEXT);
  await saveStatus(page)
    .filter({ hasText: /^All changes saved at/ })
    .waitFor({ timeout: 20_000 });
  expect(await savedSummary()).toBe(SAVED_TEXT);

  // the session ends elsewhere; what is typed now cannot be saved, and the page says so
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await summaryField(page).fill(UNSAVED_TEXT);
  await saveStatus(page)
    .filter({ hasText: /^Not saved: sign in again/ })
    .waitFor({ timeout: 20_000 });
  await shot(page, "session-not-saved");
  expect(await saveStatus(page).textContent()).not.toMatch(/saved at/i);
  expect(await savedSummary()).toBe(SAVED_TEXT);
  expect(await keptCopies(page)).toEqual([`imr.unsaved-draft.${caseId}`]);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // the status's link: sign-in in this tab, which knows where to come back to
  await saveStatus(page).getByRole("link", { name: "sign in again" }).click();
  await page.waitForURL((url) => url.pathname === "/signin", { timeout: 30_000 });
  expect(new URL(page.url()).searchParams.get("next")).toBe(workspacePath());
  await signInOnThePage(page);
  await page.waitForURL((url) => url.pathname === workspacePath(), { timeout: 30_000 });
  await hydrated(page);

  // the workspace shows what the server holds, and offers the kept text back
  const restore = page.getByRole("button", { name: "Restore unsaved text" });
  await restore.waitFor({ timeout: 20_000 });
  expect(await summaryField(page).inputValue()).toBe(SAVED_TEXT);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, "session-restore-offer");
  await restore.click();
  expect(await summaryField(page).inputValue()).toBe(UNSAVED_TEXT);
  expect(await page.getByRole("button", { name: "Restore unsaved text" }).count()).toBe(0);

  // saved like any change; then the kept copy is gone
  await saveStatus(page)
    .filter({ hasText: /^All changes saved at/ })
    .waitFor({ timeout: 20_000 });
  expect(await savedSummary()).toBe(UNSAVED_TEXT);
  expect(await keptCopies(page)).toEqual([]);

  // a kept copy can be discarded instead: the draft stays as saved, the copy goes
  await page.evaluate(
    ({ key, caseId, text }) => {
      const draft = { caseId, clinicalSummary: text, documents: [], items: [] };
      window.localStorage.setItem(key, JSON.stringify({ v: 1, caseId, revision: 0, keptAt: Date.now(), draft }));
    },
    { key: `imr.unsaved-draft.${caseId}`, caseId, text: "A copy to throw away." },
  );
  await page.reload();
  await hydrated(page);
  await page.getByRole("button", { name: "Discard" }).click();
  expect(await page.getByRole("button", { name: "Restore unsaved text" }).count()).toBe(0);
  expect(await summaryField(page).inputValue()).toBe(UNSAVED_TEXT);
  expect(await keptCopies(page)).toEqual([]);
  expect(await savedSummary()).toBe(UNSAVED_TEXT);
  await context.close();
}, 180_000);

test("the shell warns before the session ends, 'Stay signed in' renews it, and an ended session links to sign-in", async () => {
  const context = await signInWith(browser(), email, PASSWORD);
  const page = await context.newPage();
  await page.clock.install({ time: new Date() });
  // the shell reads the session's end once it opens
  const read = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/session");
  await page.goto("/reviewer");
  await read;
  await hydrated(page);
  const notice = page.getByRole("region", { name: "Session" });
  expect(await notice.count()).toBe(0);
  // the shell has read the session's end (before the clock moves, or the end would move with it)
  await page.locator("[data-session-ends-at]").waitFor({ state: "attached" });

  // four minutes before the end (the session lasts 8 hours): the warning, with the time
  await page.clock.fastForward("07:56:00");
  await notice.getByText(/^Your session ends at \d{1,2}:\d{2}\s(AM|PM)\.$/).waitFor({ timeout: 10_000 });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, "session-warning");

  // Stay signed in: the session endpoint renews it, the warning goes
  const renewed = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/session");
  await notice.getByRole("button", { name: "Stay signed in" }).click();
  expect((await renewed).status()).toBe(200);
  await notice.waitFor({ state: "detached", timeout: 10_000 });

  // past the (renewed) end: ended, with a link to sign in and come back
  await page.clock.fastForward("08:01:00");
  await notice.getByText("Your session has ended.").waitFor({ timeout: 10_000 });
  const link = notice.getByRole("link", { name: "Sign in again" });
  expect(await link.getAttribute("href")).toBe(`/signin?next=${encodeURIComponent("/reviewer")}`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await context.close();
}, 120_000);

test("a page that does not exist is inside the staff shell for a signed-in reviewer", async () => {
  const context = await signInWith(browser(), email, PASSWORD);
  const page = await context.newPage();
  for (const path of ["/no-such-page", `/reviewer/cases/${crypto.randomUUID()}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Not found" }).waitFor();
    // the reviewer's own navigation, once (the page draws the shell; no layout drew one too)
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.count()).toBe(1);
    await nav.getByRole("link", { name: "My cases" }).waitFor();
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Go to your start page" }).getAttribute("href")).toBe("/reviewer");
  }
  await hydrated(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, "not-found-signed-in");
  await context.close();

  // signed out: the public shell
  const anonymous = await newContext(browser());
  const publicPage = await anonymous.newPage();
  expect((await publicPage.goto("/no-such-page"))?.status()).toBe(404);
  await publicPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff sign-in" }).waitFor();
  await anonymous.close();
}, 90_000);

test("/favicon.ico and the icons each page names answer 200", async () => {
  const favicon = await fetch(`${E2E_BASE_URL}/favicon.ico`);
  expect(favicon.status).toBe(200);
  expect(favicon.headers.get("content-type")).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const bytes = new Uint8Array(await favicon.arrayBuffer());
  expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO

  const html = await (await fetch(`${E2E_BASE_URL}/signin`)).text();
  const links = [...html.matchAll(/<link\b[^>]*\brel="(icon|apple-touch-icon)"[^>]*>/g)].map((m) => ({
    rel: m[1],
    href: m[0].match(/\bhref="([^"]+)"/)?.[1] ?? "",
  }));
  // app/favicon.ico, app/icon.svg and app/apple-icon.png, as Next.js names them
  const hrefs = links.map((l) => l.href);
  expect(hrefs.some((h) => h.startsWith("/favicon.ico"))).toBe(true);
  expect(hrefs.some((h) => h.startsWith("/icon"))).toBe(true);
  expect(links.some((l) => l.rel === "apple-touch-icon" && l.href.startsWith("/apple-icon"))).toBe(true);
  for (const { href } of links) {
    const response = await fetch(new URL(href.replace(/&amp;/g, "&"), E2E_BASE_URL));
    expect({ href, status: response.status, type: response.headers.get("content-type") }).toEqual({
      href,
      status: 200,
      type: expect.stringMatching(/^image\//),
    });
  }
});
