// Intake enters an application with the keyboard alone (Tab, typing, the shortcuts, Enter; no
// mouse): signs in; sends the empty form and lands on the summary of errors at the top, whose
// first link puts the cursor in the employee's name, and whose entry goes as soon as the name is
// typed; types each date into one box as MM/DD/YYYY or a short form; adds the second item with
// Ctrl+Enter and a third with Alt+Shift+N, removes the third; and creates the case with Enter on
// "Create case" less than the autosave's delay after the last key. The case holds what was
// typed (dates as ISO dates, two items), no draft comes back, and no script error happened (the
// autosave timer once built a FormData from the form that was gone). Then a typo in the claim
// number is corrected on the case page ("Edit application", with a reason; audited). Each
// control is reached by Tab, so a control the keyboard cannot reach fails the test with the path
// the focus took.
import type { Page } from "playwright-core";
import { hashPassword } from "@/lib/auth/passwords.ts";
import { db } from "@/lib/db/client.ts";
import { newContext } from "../support/browser.ts";
import { button, focused, hydrated, labelStarts, tabTo } from "../support/keyboard.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { createStaff, ensureSpecialties, unique } from "../factories/index.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
const PASSWORD = "keyboard-intake-password";
let email: string;
let userId: string;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  // an intake user of our own: the demo intake's saved draft is left alone
  const intake = await createStaff("INTAKE");
  const user = await db().user.update({
    where: { id: intake.userId },
    data: { passwordHash: await hashPassword(PASSWORD) },
  });
  ({ email, id: userId } = user);
}, 120_000);

/** Chooses an option of the focused select with the keyboard: typed (type-ahead), else Home and then ArrowDown until it is chosen. */
async function chooseWithKeys(page: Page, id: string, typed: string, value: string): Promise<void> {
  const select = page.locator(`#${id}`);
  await page.keyboard.type(typed);
  if ((await select.inputValue()) === value) return;
  await page.keyboard.press("Home");
  for (let i = 0; i < 40 && (await select.inputValue()) !== value; i++) await page.keyboard.press("ArrowDown");
  expect(await select.inputValue()).toBe(value);
}
const mmddyyyy = (date: Date) =>
  `${String(date.getUTCMonth() + 1).padStart(2, "0")}/${String(date.getUTCDate()).padStart(2, "0")}/${date.getUTCFullYear()}`;

test("intake creates a case with two items with the keyboard alone, after a failed submit that lands on the errors summary", async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  // sign in
  await page.goto("/signin");
  await hydrated(page);
  await tabTo(page, "the e-mail field", (el) => el.tag === "input" && el.type === "email");
  await page.keyboard.type(email);
  await tabTo(page, "the password field", (el) => el.tag === "input" && el.type === "password");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));

  await page.goto("/intake/cases/new");
  await hydrated(page);
  await page.getByRole("heading", { name: "Employee and claim" }).waitFor();

  // the empty form, sent: the focus goes to the summary of errors at the top
  await tabTo(page, "Create case", button("Create case"));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "form-errors", undefined, { timeout: 15_000 });
  const summary = page.locator("#form-errors");
  expect(await summary.getAttribute("role")).toBe("alert");
  await summary.getByText("Please correct the highlighted fields.").waitFor();
  const links = summary.getByRole("link");
  expect(await links.count()).toBeGreaterThan(5);
  expect(await links.first().textContent()).toBe("Employee name is required.");
  await summary.getByRole("link", { name: "Date of injury is required." }).waitFor();
  await summary
    .getByRole("link", { name: /Item 1: Enter at least one disputed item\.|Enter at least one disputed item\./ })
    .waitFor();
  await shot(page, "intake-keyboard-errors-summary");

  // Tab to the first link, Enter: the cursor is in the employee's name
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatchObject({ tag: "a", text: "Employee name is required." });
  await page.keyboard.press("Enter");
  expect(await focused(page)).toMatchObject({ tag: "input", id: "employeeName" });
  const employeeName = unique("Keyboard Employee");
  await page.keyboard.type(employeeName);
  // its error goes as soon as it is valid, from the field and from the summary
  await page.locator("#employeeName-error").waitFor({ state: "detached" });
  expect(await summary.getByRole("link", { name: "Employee name is required." }).count()).toBe(0);
  expect(await page.locator("#employeeName").getAttribute("aria-invalid")).toBeNull();

  // one text box per date, typed as intake writes it; Tab counted from the name to the first item
  let tabs = (await tabTo(page, "the date of injury", labelStarts("Date of injury"))).presses;
  await page.keyboard.type("6/10/24");
  let more = (await tabTo(page, "the employer", labelStarts("Employer"))).presses;
  tabs += more;
  expect(await page.locator('input[type="hidden"][name="dateOfInjury"]').inputValue()).toBe("2024-06-10");
  expect(await page.locator("#dateOfInjury").inputValue()).toBe("06/10/2024"); // written out in full on leaving it
  await page.keyboard.type(unique("Keyboard Freight"));
  tabs += (await tabTo(page, "the claims administrator", labelStarts("Claims administrator"))).presses;
  await page.keyboard.type(unique("Keyboard Claims Services"));
  tabs += (await tabTo(page, "the claim number", labelStarts("Claim number"))).presses;
  const claimNumber = unique("KB-CLAIM");
  await page.keyboard.type(claimNumber);
  tabs += (await tabTo(page, "the requesting physician", labelStarts("Requesting physician"))).presses;
  await page.keyboard.type("Dr. Keyboard Alvarez");
  tabs += (await tabTo(page, "the specialty", labelStarts("Specialty that treats the condition"))).presses;
  await chooseWithKeys(page, "specialtyCode", "Psychiatry", "PSY");
  tabs += (await tabTo(page, "the UR decision date", labelStarts("UR decision date"))).presses;
  const urDecision = new Date(Date.now() - 4 * 86_400_000);
  await page.keyboard.type(mmddyyyy(urDecision));
  more = (await tabTo(page, "item 1", labelStarts("Item 1: treatment as requested"))).presses;
  tabs += more;
  // the issue counted some 45 Tab stops before the disputed items; a date was four of them
  expect(tabs).toBeLessThan(45);
  expect(await page.locator('input[type="hidden"][name="urDecisionDate"]').inputValue()).toBe(
    urDecision.toISOString().slice(0, 10),
  );

  // item 1, then Ctrl+Enter: item 2 is added and has the cursor
  await page.keyboard.type("Cognitive behavioral therapy, 12 sessions");
  await page.keyboard.press("Control+Enter");
  expect(await focused(page)).toMatchObject({ tag: "textarea", id: "items-1" });
  await page.keyboard.type("Psychiatric medication management, 6 visits");
  // Alt+Shift+N from anywhere in the form adds item 3 and puts the cursor in it
  await tabTo(page, "item 2's category", labelStarts("Item 2"));
  await page.keyboard.press("Alt+Shift+KeyN");
  expect(await focused(page)).toMatchObject({ tag: "textarea", id: "items-2" });
  expect(await page.getByLabel("Item 3: treatment as requested").count()).toBe(1);
  // not needed after all: removed from the keyboard, the cursor goes back to item 2
  await tabTo(page, "Remove item 3", (el) => el.tag === "button" && el.label === "Remove item 3");
  await page.keyboard.press("Enter");
  expect(await focused(page)).toMatchObject({ tag: "textarea", id: "items-1" });
  expect(await page.getByLabel("Item 3: treatment as requested").count()).toBe(0);

  // create it at once (well within the autosave's 2.5 seconds of the last key)
  await tabTo(page, "Create case", button("Create case"));
  await page.keyboard.press("Enter");
  const created = page.getByRole("status").filter({ hasText: /Case CM\d{2}-\d{7} created/ });
  await created.waitFor({ timeout: 30_000 });
  const caseNumber = (await created.textContent())!.match(/CM\d{2}-\d{7}/)![0];
  // the focus went to what was created, not to the page's top
  expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(`Case ${caseNumber} created`);
  await shot(page, "intake-keyboard-created");

  const kase = await db().case.findUniqueOrThrow({
    where: { caseNumber },
    select: {
      claimNumber: true,
      dateOfInjury: true,
      urDecisionDate: true,
      specialtyCode: true,
      items: { orderBy: { ordinal: "asc" }, select: { description: true } },
      parties: { where: { role: "EMPLOYEE" }, select: { name: true } },
    },
  });
  expect(kase).toEqual({
    claimNumber,
    dateOfInjury: new Date("2024-06-10T00:00:00Z"),
    urDecisionDate: new Date(`${urDecision.toISOString().slice(0, 10)}T00:00:00Z`),
    specialtyCode: "PSY",
    items: [
      { description: "Cognitive behavioral therapy, 12 sessions" },
      { description: "Psychiatric medication management, 6 visits" },
    ],
    parties: [{ name: employeeName }],
  });

  // past the autosave's delay: no draft came back, and the timer threw nothing
  await page.waitForTimeout(3500);
  expect(await db().applicationDraft.findUnique({ where: { userId } })).toBeNull();
  expect(pageErrors).toEqual([]);

  // a typo in the claim number, corrected on the case page with a reason (audited)
  await tabTo(page, "Open the case", (el) => el.tag === "a" && el.text === "Open the case");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/intake\/cases\/[0-9a-f-]{36}$/);
  await hydrated(page);
  await tabTo(page, "the Edit application fold", (el) => el.tag === "summary" && el.text.startsWith("Correct a typo"));
  await page.keyboard.press("Enter");
  await tabTo(page, "the claim number to correct", labelStarts("Claim number"));
  await page.keyboard.press("Control+A");
  await page.keyboard.type(`${claimNumber}-C`);
  await tabTo(page, "the reason", labelStarts("Reason for the correction"));
  await page.keyboard.type("The claim number lacked its suffix (application, page 1).");
  await tabTo(page, "Save the correction", button("Save the correction"));
  await page.keyboard.press("Enter");
  await page.getByText("Application corrected: Claim number.").waitFor({ timeout: 30_000 });
  expect(
    (await db().case.findUniqueOrThrow({ where: { caseNumber }, select: { claimNumber: true } })).claimNumber,
  ).toBe(`${claimNumber}-C`);
  const audited = await db().auditEvent.findFirstOrThrow({
    where: { action: "case.application_edited", actorId: userId },
  });
  expect(audited.payload).toMatchObject({
    caseNumber,
    changes: [{ field: "claimNumber", before: claimNumber, after: `${claimNumber}-C` }],
  });

  // the next application starts blank
  await page.goto("/intake/cases/new");
  await hydrated(page);
  expect(await page.locator("#employeeName").inputValue()).toBe("");
  expect(pageErrors).toEqual([]);
  await context.close();
}, 180_000);
