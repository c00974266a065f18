// Intake in Chromium: an application typed (the draft survives a reload), judged eligible,
// a record uploaded and viewed, records complete, and the due dates shown.
import { signInAs } from "../support/browser.ts";
import { shot, chromiumForThisFile } from "../support/e2e-browser.ts";
import { californiaToday } from "@/lib/format/dates.ts";
import { addDays } from "@/lib/deadlines/calendar.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";

const browser = chromiumForThisFile();

/** A California calendar date n days before today (what a person in California types). */
const daysAgo = (n: number) => addDays(californiaToday(), -n);

test("an application through eligibility, a records upload and records complete", async () => {
  const intake = await signInAs(browser(), "intake@demo.imr");
  const page = await intake.newPage();
  await page.goto("/intake/cases/new");
  await page.getByLabel("Employee name").fill("Rosa Delgado");
  await page.getByLabel("Claim number").fill(`E2E-INTAKE-${Date.now()}`);
  await page.getByText("Draft saved").waitFor({ timeout: 15_000 });
  await page.reload();
  expect(await page.getByLabel("Employee name").inputValue()).toBe("Rosa Delgado");

  await page.getByLabel("Date of birth").fill("1980-02-29");
  await page.getByLabel("Employee address").fill("400 Main St, Fresno CA");
  await page.getByLabel("Date of injury").fill("2024-06-10");
  await page.getByLabel(/^Employer\b/).fill("Valley Packing Co.");
  await page.getByLabel(/^Claims administrator\s*\*?$/).fill("Sierra Claims Services");
  await page.getByLabel("Requesting physician").fill("Dr. Omar Haddad");
  await page.getByLabel("Specialty that treats the condition").selectOption({ label: "Orthopaedic Surgery" });
  await page.getByLabel("UR decision date").fill(daysAgo(6));
  await page.getByLabel("How the UR decision was served").selectOption("ELECTRONIC");
  await page.getByLabel("Kind of UR decision").selectOption("MEDICAL_NECESSITY_DENIAL");
  await page.getByLabel("Item 1: treatment as requested").fill("Right knee arthroscopy with partial meniscectomy");
  await page.getByLabel("Category").selectOption({ label: "Surgery / Knee surgery" });
  await page.getByRole("button", { name: "Create case" }).click();
  const created = page.getByRole("status").filter({ hasText: /Case CM\d{2}-\d{7} created/ });
  await created.waitFor();
  const caseNumber = (await created.textContent())!.match(/CM\d{2}-\d{7}/)![0];

  await page.getByRole("link", { name: "Open the case" }).click();
  await page.getByText("The rules find this application").waitFor();
  await shot(page, "intake-eligibility");
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("button", { name: "Decide and send notice" }).click();
  await page.getByText("Eligibility: eligible").waitFor();
  const recordsDue = await page.locator('[data-deadline="RECORDS_DUE"] [data-due]').textContent();
  expect(recordsDue).toBeTruthy();

  const pdf = await renderNoticePdf({
    organizationName: "Clinic",
    title: "Orthopaedic progress report",
    caseNumber,
    date: "June 1, 2026",
    recipients: [],
    paragraphs: ["Right knee pain with locking; MRI shows a medial meniscus tear."],
    closing: [],
  });
  await page.getByLabel("PDF file").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByLabel("Title").fill("Orthopaedic progress report");
  await page.getByLabel("Document date").fill("2026-06-01");
  await page.getByRole("button", { name: "Upload" }).click();
  await page.getByText("Document uploaded.").waitFor();
  await page.getByRole("button", { name: "View Orthopaedic progress report" }).click();
  await page.locator(".react-pdf__Page canvas").first().waitFor();

  await page
    .getByLabel("PDF file")
    .setInputFiles({ name: "photo.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a pdf") });
  await page.getByLabel("Title").fill("Renamed photo");
  await page.getByRole("button", { name: "Upload" }).click();
  await page
    .getByText(/not a PDF/)
    .first()
    .waitFor();

  await page.getByRole("button", { name: "Records complete" }).click();
  await page.getByRole("button", { name: "Mark complete" }).click();
  await page.getByText(/Records complete since/).waitFor();
  const determinationDue = await page.locator('[data-deadline="DETERMINATION_DUE"] [data-due]').textContent();
  const expected = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString("en-US", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  expect(determinationDue).toContain(expected);
  await shot(page, "intake-records-complete");
  await intake.close();
}, 180_000);
