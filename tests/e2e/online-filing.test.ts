// A representative files an application online on a phone-sized screen, in Spanish, with the
// UR decision as a PDF: the draft survives a reload, the receipt shows the filing number and
// the paper's checksum. Intake then opens the filing beside its paper and accepts it as a case.
import { E2E_BASE_URL } from "../support/e2e-server.ts";
import { signInAs } from "../support/browser.ts";
import { shot, chromiumForThisFile } from "../support/e2e-browser.ts";
import { californiaToday } from "@/lib/format/dates.ts";
import { addDays } from "@/lib/deadlines/calendar.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";
import { sha256Hex } from "@/lib/documents/store-document.ts";

const browser = chromiumForThisFile();
/** A California calendar date n days before today (what a person in California types). */
const daysAgo = (n: number) => addDays(californiaToday(), -n);

test("a representative files in Spanish on a phone; intake accepts it as a case", async () => {
  const phone = await browser().newContext({
    baseURL: E2E_BASE_URL,
    viewport: { width: 375, height: 812 },
    locale: "es-MX",
    extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9" },
  });
  const page = await phone.newPage();
  await page.goto("/file");
  await page.getByRole("heading", { name: "Solicitud de Revisión Médica Independiente" }).waitFor();
  expect(await page.locator("[lang=es]").first().count()).toBe(1);

  const claim = `E2E-FILE-${Date.now()}`;
  await page.getByLabel("Yo soy").selectOption("REPRESENTATIVE");
  await page.getByLabel("Su correo electrónico").fill("rosa.alvarez@example.com");
  await page.getByLabel("Nombre del representante").fill("Rosa Alvarez");
  await page.getByLabel("Nombre completo del trabajador").fill("Mateo Hernández");
  await page.getByText(/Guardado a las/).waitFor({ timeout: 60_000 });
  await page.reload();
  await page.waitForFunction(
    () => (document.getElementById("employeeName") as HTMLInputElement | null)?.value === "Mateo Hernández",
  );
  await page.getByText("Se abrió otra vez su solicitud guardada.").waitFor();

  await page.getByLabel("Número de reclamo").fill(claim);
  await page.getByLabel("Fecha de la lesión").fill(daysAgo(300));
  await page.getByLabel("Empleador").fill("Valley Packing Co.");
  await page.getByLabel("Administrador de reclamos (aseguradora)").fill("Sierra Claims Services");
  await page.getByLabel("Médico que pidió el tratamiento").fill("Dr. Omar Haddad");
  await page.getByLabel("Fecha de la decisión de UR").fill(daysAgo(6));
  await page.getByLabel("Cómo recibió la decisión de UR").selectOption("MAIL");
  await page
    .locator("#filing-window")
    .getByText(/Último día para presentar/)
    .waitFor();
  await page.getByLabel("Tratamiento 1").fill("Artroscopia de rodilla derecha");

  const pdf = await renderNoticePdf({
    organizationName: "Sierra Claims Services",
    title: "Utilization review decision",
    caseNumber: claim,
    date: "December 1, 2026",
    recipients: [],
    paragraphs: ["The request for right knee arthroscopy is not certified."],
    closing: [],
  });
  await page
    .getByLabel("Decisión de UR (obligatoria)")
    .setInputFiles({ name: "decision-ur.pdf", mimeType: "application/pdf", buffer: pdf });
  await page
    .getByText(sha256Hex(pdf))
    .waitFor()
    .catch(async (error) => {
      await shot(page, "online-filing-upload-failed");
      throw new Error(`${error}\n${await page.locator("form").innerText()}`);
    });

  await page.getByLabel("Escriba su nombre completo para firmar").fill("Rosa Alvarez");
  await page.getByLabel(/Declaro que la información/).check();
  await page.getByText("Verificación de seguridad lista.").waitFor({ timeout: 60_000 });
  await shot(page, "online-filing-phone-es");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole("button", { name: "Presentar la solicitud" }).click();
  await page.getByRole("heading", { name: "Solicitud recibida" }).waitFor({ timeout: 30_000 });
  const number = (await page.locator("strong.font-mono").textContent())!.trim();
  expect(number).toMatch(/^OF-\d{7}$/);
  await page.getByText(sha256Hex(pdf)).waitFor();
  await shot(page, "online-filing-receipt-es");

  const intake = await (await signInAs(browser(), "intake@demo.imr")).newPage();
  await intake.goto("/intake/filings");
  await intake.getByRole("link", { name: number }).click();
  await intake.getByRole("heading", { name: `Online filing ${number}` }).waitFor();
  await intake.locator(".react-pdf__Page canvas").first().waitFor();
  expect(await intake.getByLabel("Claim number").inputValue()).toBe(claim);
  await intake.getByLabel("Specialty that treats the condition").selectOption({ label: "Orthopaedic Surgery" });
  await shot(intake, "online-filing-intake");
  await intake.getByRole("button", { name: "Accept as a case" }).click();
  await intake.getByRole("button", { name: "Create the case" }).click();
  await intake.waitForURL(/\/intake\/cases\/[0-9a-f-]{36}/, { timeout: 30_000 });
  await intake.getByText("The rules find this application").waitFor();
  await intake.getByText("UR decision (filed online)").first().waitFor();
}, 240_000);
