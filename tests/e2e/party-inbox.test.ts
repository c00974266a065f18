// The party's case page as a place to receive and answer, in Chromium: intake sends the employee
// a request for information from the intake case page; the employee opens the case, sees the
// notice and the request marked new in the inbox, answers with a text and a PDF, and the request
// is no longer new; intake sees the answer. The claims administrator's browser asks for Spanish:
// the whole page is in Spanish (menu, lang attribute), with the letter's outcome in plain words
// and the appeal deadline, and none of the employee's request. The codes page keeps the codes
// through a reload until each is marked sent. Each page is shot at 375 and 1440 pixels wide.
import type { BrowserContext, Page } from "playwright-core";
import { db } from "@/lib/db/client.ts";
import { newContext, signInAs } from "../support/browser.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { hydrated } from "../support/keyboard.ts";
import {
  assignAndAccept,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  unique,
} from "../factories/index.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
const QUESTION = "Please send the work status report from your visit in May.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
let kase: Awaited<ReturnType<typeof createTestCase>>;
const code = (role: string) => kase.accessCodes.find((c) => c.role === role)!.code;

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  kase = await createTestCase(intake, {
    specialtyCode: "PMR",
    employeeEmail: `${unique("emp")}@party.test`,
    employeeServiceMethod: "EMAIL",
    employeeElectronicConsent: true,
    claimsAdministratorEmail: `${unique("ca")}@party.test`,
    claimsAdministratorServiceMethod: "PORTAL",
    claimsAdministratorElectronicConsent: true,
    items: ["Physical therapy, 8 sessions", "Lumbar MRI"],
  });
}, 120_000);

async function openCase(
  context: BrowserContext,
  caseNumber: string,
  accessCode: string,
  labels = ["Case number", "Access code", "Open my case"],
) {
  const page = await context.newPage();
  await page.goto("/access");
  await page.getByLabel(labels[0]).fill(caseNumber);
  await page.getByLabel(labels[1]).fill(accessCode);
  await Promise.all([page.waitForURL("**/access/case"), page.getByRole("button", { name: labels[2] }).click()]);
  return page;
}

async function bothWidths(page: Page, name: string) {
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `${name}-${width}`);
    // nothing wider than the screen
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  expect(await seriousAxeViolations(page)).toEqual([]);
}

test("intake asks, the employee answers with a text and a file, and intake sees the answer", async () => {
  const intake = await signInAs(browser(), "intake@demo.imr");
  const staff = await intake.newPage();
  await staff.goto(`/intake/cases/${kase.caseId}`);
  await hydrated(staff);
  const form = staff.getByRole("form", { name: "Send a request for information" });
  await form
    .getByLabel("Ask")
    .selectOption({ label: (await form.getByLabel("Ask").locator("option", { hasText: "Employee" }).textContent())! });
  await form.getByLabel("Question").fill(QUESTION);
  await form.getByRole("button", { name: "Send request" }).click();
  await form.getByRole("button", { name: "Send", exact: true }).click();
  await staff.getByText("The request was sent.").waitFor();
  const listed = staff.getByTestId("information-requests").locator("li").first();
  await listed.getByText("Waiting").waitFor();
  await bothWidths(staff, "intake-case-requests");

  const employee = await newContext(browser());
  const page = await openCase(employee, kase.caseNumber, code("EMPLOYEE"));
  const inbox = page.getByTestId("party-inbox");
  await inbox.waitFor();
  const request = await db().informationRequest.findFirstOrThrow({ where: { caseId: kase.caseId } });
  const requestItem = inbox.locator(`[data-inbox-item="rfi:${request.id}"]`);
  expect(await requestItem.getAttribute("data-new")).toBe("true");
  await requestItem.getByText("New").waitFor();
  expect(await inbox.locator('[data-new="true"]').count()).toBeGreaterThanOrEqual(2); // the notice and the request
  await page
    .getByTestId("party-requests")
    .getByText(/Answer by /)
    .waitFor();
  await bothWidths(page, "party-case-inbox");

  await requestItem.getByRole("link", { name: /^Open/ }).click();
  await page.waitForURL(`**/access/case/requests/${request.id}`);
  await page.getByTestId("request-question").getByText(QUESTION).waitFor();
  await hydrated(page);
  await page.getByLabel("Your answer").fill("The report is attached. I returned to modified duty on May 20.");
  await page
    .getByLabel("Files (PDF, optional)")
    .setInputFiles({ name: "work-status.pdf", mimeType: "application/pdf", buffer: PDF });
  await bothWidths(page, "party-request-answer");
  await page.getByRole("button", { name: "Send answer" }).click();
  await page.getByTestId("request-answer").getByText("Your answer was received. Thank you.").waitFor();
  await page.getByText("work-status.pdf").waitFor();

  await page.goto("/access/case");
  expect(await page.locator(`[data-inbox-item="rfi:${request.id}"]`).getAttribute("data-new")).toBe("false");

  await staff.reload();
  const answer = staff.getByTestId("information-requests").locator("[data-answer]");
  await answer.getByText("I returned to modified duty on May 20.").waitFor();
  await answer.getByRole("link", { name: "work-status.pdf" }).waitFor();
  const stored = await db().informationRequestFile.findMany({
    where: { requestId: request.id },
    include: { document: true },
  });
  expect(stored.map((f) => f.document.author)).toEqual([expect.stringMatching(/\(Employee\)$/)]);
  await Promise.all([intake.close(), employee.close()]);
}, 120_000);

test("the claims administrator's browser asks for Spanish: the page speaks Spanish, with the outcome in plain words", async () => {
  const [admin, reviewer] = [await createStaff("ADMIN"), await createReviewer({ specialty: "PMR" })];
  await assignAndAccept(admin, reviewer, kase.caseId);
  await issueDetermination(reviewer, admin, kase.caseId, "UPHELD");

  const spanish = await newContext(browser());
  await spanish.setExtraHTTPHeaders({ "Accept-Language": "es-MX,es;q=0.9,en;q=0.5" });
  const page = await openCase(spanish, kase.caseNumber, code("CLAIMS_ADMINISTRATOR"), [
    "Número de caso",
    "Código de acceso",
    "Abrir mi caso",
  ]);
  expect(await page.locator("html").getAttribute("lang")).toBe("es");
  await page
    .getByRole("navigation", { name: "Principal" })
    .getByRole("link", { name: "Decisiones publicadas" })
    .waitFor();
  await page.getByRole("heading", { name: "Bandeja de entrada" }).waitFor();
  const outcome = page.getByTestId("party-outcome");
  await outcome.getByText("no aprobado").first().waitFor();
  expect((await outcome.innerText()).replace(/\s+/g, " ")).toContain("Physical therapy, 8 sessions: no aprobado");
  await page
    .getByTestId("appeal-deadline")
    .getByText(/Puede apelar .* hasta el \d+ de \w+ de \d{4} \(30 días/)
    .waitFor();
  // the notices and the letter, new; none of the employee's request
  const inbox = page.getByTestId("party-inbox");
  expect(await inbox.locator('[data-inbox-item^="doc:"][data-new="true"]').count()).toBeGreaterThanOrEqual(2);
  expect(await inbox.locator('[data-inbox-item^="rfi:"]').count()).toBe(0);
  await page.getByText("No se le ha pedido información.").waitFor();
  await bothWidths(page, "party-case-es");
  await spanish.close();
}, 180_000);

test("the codes page keeps the codes through a reload until each is marked sent", async () => {
  const intake = await signInAs(browser(), "intake@demo.imr");
  const page = await intake.newPage();
  await page.goto(`/intake/cases/${kase.caseId}/codes`);
  const list = page.getByTestId("codes-to-send");
  const employee = list.locator(`[data-party-id]`, { hasText: "Employee" });
  await employee.locator("[data-access-code]").getByText(code("EMPLOYEE")).waitFor();
  await page.reload();
  await employee.locator("[data-access-code]").getByText(code("EMPLOYEE")).waitFor();
  const letter = await intake.request.get(
    (await employee.getByRole("link", { name: /Code letter/ }).getAttribute("href"))!,
  );
  expect(letter.status()).toBe(200);
  expect(letter.headers()["cache-control"]).toBe("no-store");
  expect((await letter.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await bothWidths(page, "intake-codes");
  await hydrated(page);
  await employee.getByRole("button", { name: "Mark sent: Employee" }).click();
  await employee.getByRole("button", { name: "Yes, mark sent" }).click();
  await employee.getByText("Sent", { exact: true }).waitFor();
  await page.reload();
  expect(await employee.locator("[data-access-code]").count()).toBe(0);
  expect(await list.locator("[data-access-code]").count()).toBeGreaterThan(0);
  await intake.close();
}, 120_000);
