// The claims administrator sends the medical records from the party page, in Chromium against
// the production build: opens the case with its access code, sees the due date, chooses
// several files at once (one of them 20 MB, sent in 8 MB parts through tus), labels one
// before sending; the network drops a part of the large file (the request is aborted) and
// the upload resumes from the offset the server gives; every file gets its receipt (pages,
// SHA-256 equal to the file's own); a label is changed afterwards; the page passes axe and is
// photographed at 375 and 1440 px; the submission is declared complete after a confirmation.
// Intake then sees each document with who sent it and the declaration, and marks the records
// complete.
import { jest } from "@jest/globals";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page, Request as PwRequest } from "playwright-core";
import { db } from "@/lib/db/client.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { throughIntake } from "@/tools/demo/through-intake.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { newContext, signInAs } from "../support/browser.ts";
import { hydrated } from "../support/keyboard.ts";
import { chromiumForThisFile, shot } from "../support/e2e-browser.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";
import { applicationInput, createStaff, ensureSpecialties, unique } from "../factories/index.ts";
import { png, smallPdf, writeLargePdf } from "../support/sample-records.ts";

jest.setTimeout(240_000);
const browser = chromiumForThisFile();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-e2e-records-"));
let kase: { caseId: string; caseNumber: string; code: string };
const files = {
  report: path.join(dir, "progress-report.pdf"),
  large: path.join(dir, "ur-file-large.pdf"),
  scan: path.join(dir, "scan.png"),
};
const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(async () => {
  useE2eDatabase();
  await ensureSpecialties();
  const intake = await createStaff("INTAKE");
  const created = await createCase({
    actor: intake,
    input: applicationInput({ claimNumber: unique("E2E-REC"), claimsAdministratorName: "Redwood Claims Group" }),
  });
  await throughIntake(intake, created.caseId, { recordsComplete: false });
  kase = {
    caseId: created.caseId,
    caseNumber: created.caseNumber,
    code: created.accessCodes.find((c) => c.role === "CLAIMS_ADMINISTRATOR")!.code,
  };
  fs.writeFileSync(files.report, await smallPdf());
  fs.writeFileSync(files.scan, png());
  await writeLargePdf(files.large, 20, 6);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openCase(page: Page) {
  await page.goto("/access");
  await hydrated(page);
  await page.getByLabel("Case number").fill(kase.caseNumber);
  await page.getByLabel("Access code").fill(kase.code);
  await page.getByRole("button", { name: "Open my case" }).click();
  await page.waitForURL("**/access/case");
  await hydrated(page);
}

test("the claims administrator sends records (one resumed after a dropped part), labels them and declares them complete; intake marks them complete", async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openCase(page);
  const records = page.locator("section", { has: page.getByRole("heading", { name: "Medical records" }) });
  await expect(records.getByTestId("records-due").textContent()).resolves.toMatch(/due in \d+ days|due tomorrow/);

  // the network drops the first part of the large file that is not its first: aborted once
  const seen: string[] = [];
  let dropped = false;
  page.on("request", (request: PwRequest) => {
    if (request.url().includes("/api/party/uploads"))
      seen.push(`${request.method()} ${request.headers()["upload-offset"] ?? ""}`.trim());
  });
  await page.route("**/api/party/uploads/**", async (route) => {
    const request = route.request();
    if (!dropped && request.method() === "PATCH" && request.headers()["upload-offset"] !== "0") {
      dropped = true;
      return route.abort("connectionreset");
    }
    return route.continue();
  });

  await records.getByLabel("Choose files").setInputFiles([files.report, files.large, files.scan]);
  const first = records.locator("li[data-file='progress-report.pdf']");
  await first.getByLabel("Type").selectOption("MEDICAL_REPORT");
  await first.getByLabel("Date of the document").fill("2026-01-05");
  await first.getByLabel("Author").fill("Dr. Ana Ruiz");
  await shot(page, "records-queue-1280");
  await records.getByRole("button", { name: "Send 3 files" }).click();

  const receipts = records.locator("li[data-receipt]");
  await page.waitForFunction(() => document.querySelectorAll("li[data-receipt]").length === 3, undefined, {
    timeout: 180_000,
  });
  expect(dropped).toBe(true);
  // after the drop the client asked the server where to go on (HEAD), then sent from there
  const drop = seen.findIndex((s) => s.startsWith("PATCH") && s !== "PATCH 0");
  expect(seen.slice(drop + 1)).toContain("HEAD");
  expect(await receipts.count()).toBe(3);
  await records.getByText("3 files received: their receipts are below.").waitFor();

  const large = records.locator("li[data-receipt='ur-file-large.pdf']");
  await expect(large.locator("code").textContent()).resolves.toBe(sha256(files.large));
  await expect(large.textContent()).resolves.toMatch(/Pages\s*6/);
  await expect(records.locator("li[data-receipt='progress-report.pdf'] code").textContent()).resolves.toBe(
    sha256(files.report),
  );
  const stored = await db().document.findMany({
    where: { caseId: kase.caseId, submittedByPartyId: { not: null } },
    select: { fileName: true, kind: true, author: true, byteSize: true, sha256: true },
    orderBy: { fileName: "asc" },
  });
  expect(stored).toEqual([
    {
      fileName: "progress-report.pdf",
      kind: "MEDICAL_REPORT",
      author: "Dr. Ana Ruiz",
      byteSize: fs.statSync(files.report).size,
      sha256: sha256(files.report),
    },
    {
      fileName: "scan.png",
      kind: "OTHER",
      author: null,
      byteSize: fs.statSync(files.scan).size,
      sha256: sha256(files.scan),
    },
    {
      fileName: "ur-file-large.pdf",
      kind: "OTHER",
      author: null,
      byteSize: fs.statSync(files.large).size,
      sha256: sha256(files.large),
    },
  ]);

  // a label given after the upload
  const form = large.getByRole("form");
  await form.getByLabel("Type").selectOption("UR_DECISION");
  await form.getByLabel("Author").fill("Redwood Claims Group UR");
  const save = form.getByRole("button", { name: /Save labels/ });
  await save.click();
  await large.getByText("Labels saved.").waitFor();
  // the button stays disabled until the page's refresh is done, then fades back to its colour:
  // axe would read a colour halfway
  await save.evaluate(async (button: HTMLButtonElement) => {
    while (button.disabled) await new Promise((frame) => requestAnimationFrame(frame));
    await Promise.all(button.getAnimations().map((animation) => animation.finished));
  });

  expect(await seriousAxeViolations(page)).toEqual([]);
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `records-receipts-${width}`);
    // nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }

  await records.getByRole("button", { name: "Declare the submission complete" }).click();
  await records.getByRole("button", { name: "Yes, declare complete" }).click();
  await records.getByText(/You declared the submission complete on/).waitFor();
  await expect(records.getByLabel("Choose files").count()).resolves.toBe(0);
  await shot(page, "records-declared-1440");
  await context.close();

  const intake = await signInAs(browser(), "intake@demo.imr");
  const staffPage = await intake.newPage();
  await staffPage.goto(`/intake/cases/${kase.caseId}`);
  await hydrated(staffPage);
  const sent = staffPage.getByRole("list", { name: "Documents sent by the parties" });
  await expect(sent.getByRole("listitem").count()).resolves.toBe(3);
  await expect(sent.textContent()).resolves.toContain("(Claims administrator)");
  await staffPage.getByText(/Declared complete by .*\(Claims administrator\) on .*\(3 documents\)/).waitFor();
  await shot(staffPage, "records-intake-1280");
  await staffPage.getByRole("button", { name: "Records complete" }).click();
  await staffPage.getByRole("button", { name: "Mark complete" }).click();
  await staffPage.getByText(/Records complete since/).waitFor();
  const after = await db().case.findUniqueOrThrow({ where: { id: kase.caseId }, select: { status: true } });
  expect(after.status).toBe("READY_FOR_ASSIGNMENT");
  await intake.close();
});
