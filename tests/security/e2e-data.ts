// Records for the browser security tests, written straight into the end-to-end server's
// database through the domain's functions: a reviewer of our own with an accepted case
// holding documents (the PDF viewers), a determination waiting for QA (the draft-letter
// preview), and a case whose party code we know (the parties' pages). In a specialty of its
// own (PSY), so the other end-to-end files never see these reviewers or cases in a ranking.
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { sendInformationRequest } from "@/lib/information-requests/send-information-request.ts";
import { db } from "@/lib/db/client.ts";
import { createTestFiling } from "../factories/filings.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { seedCaseFile } from "@/tools/demo/case-file.tsx";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { hashPassword } from "@/lib/auth/passwords.ts";
import { adminUrl } from "../support/test-database.ts";
import { newContext } from "../support/browser.ts";
import { E2E_SECRET } from "../support/e2e-server.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { publishDecision } from "@/lib/publication/publish-decision.ts";
import {
  applicationInput,
  approveAndIssue,
  assignAndAccept,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  withCaseFileReviewed,
} from "../factories/index.ts";

/** The password given to our reviewer (the factories' fixed hash is of no known password). */
export const E2E_PASSWORD = "e2e-security-password";
const SPECIALTY = "PSY";

/** Points this test process at the database the end-to-end server runs on. */
export function useE2eDatabase(): void {
  const { database } = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), "test-results", "e2e-server.json"), "utf8"),
  ) as { database: string };
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  // what the tests create here (access codes sealed under the server secret) the server can read
  process.env.NEXTAUTH_SECRET = E2E_SECRET;
}

export type E2eData = {
  reviewerEmail: string;
  reviewerUserId: string;
  reviewerRecordId: string;
  caseId: string;
  documentId: string;
  qaDeterminationId: string;
  partyCaseNumber: string;
  partyCode: string;
  /** a request for information to that party (its employee) */
  partyRequestId: string;
  publishedCaseNumber: string | null;
  /** an issued letter whose public copy waits for a redaction review: a name the redactor is unsure of */
  review: { publicationId: string; caseNumber: string; doubtfulName: string };
  /** that case's letter and eligibility notice (with their web versions), and its employee's access code */
  letter: { caseNumber: string; partyCode: string; letterId: string; noticeId: string };
  organizationId: string;
  /** an application filed online, waiting in intake's queue, and its receipt token */
  filing: { filingId: string; receiptToken: string };
};

/** A case decided with a letter whose public copy waits for review: a name with no cue (NEEDS_REVIEW); its party's code. */
async function heldForReview(intake: StaffActor, admin: StaffActor, reviewer: StaffActor) {
  const { caseId, caseNumber, accessCodes } = await createTestCase(intake, {
    specialtyCode: SPECIALTY,
    employeeName: "Rosa Delgado",
    employerName: "Valley Packing Co.",
    claimsAdministratorName: "Sierra Claims Services",
    requestingPhysicianName: "Dr. Omar Haddad",
  });
  await assignAndAccept(admin, reviewer, caseId);
  const doubtfulName = "Tomasz Wierzbicki";
  const items = await db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
  const draft = await db().determination.findFirstOrThrow({ where: { caseId, status: "DRAFT" } });
  const input = await withCaseFileReviewed(completeDecisions(caseId, items, "UPHELD", draft.revision));
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: {
      ...input,
      clinicalSummary: `The patient is a 52-year-old female with neck pain. ${doubtfulName} reviewed the imaging.`,
    },
  });
  const { letterId } = await approveAndIssue({ actor: admin, input: { determinationId } });
  const { publicationId, status } = await publishDecision(determinationId);
  if (status !== "NEEDS_REVIEW") throw new Error(`The copy was expected to wait for review, not ${status}`);
  const notice = await db().document.findFirstOrThrow({ where: { caseId, kind: "NOTICE" }, select: { id: true } });
  const letter = {
    caseNumber,
    partyCode: accessCodes.find((c) => c.role === "EMPLOYEE")!.code,
    letterId,
    noticeId: notice.id,
  };
  return { review: { publicationId, caseNumber, doubtfulName }, letter };
}

/** A decided case whose public copy is published (the public decision page needs one). */
async function publishedDecision(
  intake: StaffActor,
  admin: StaffActor,
  reviewer: StaffActor,
): Promise<{ caseNumber: string } | null> {
  const { caseId, caseNumber } = await createTestCase(intake, { specialtyCode: SPECIALTY });
  await assignAndAccept(admin, reviewer, caseId);
  const items = await db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
  const draft = await db().determination.findFirstOrThrow({ where: { caseId, status: "DRAFT" } });
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(caseId, items, "OVERTURNED", draft.revision)),
  });
  await approveAndIssue({ actor: admin, input: { determinationId } });
  const { status } = await publishDecision(determinationId);
  return status === "PUBLISHED" ? { caseNumber } : null;
}

export async function createE2eData(): Promise<E2eData> {
  await ensureSpecialties();
  const [intake, admin] = [await createStaff("INTAKE"), await createStaff("ADMIN")];
  const reviewer = await createReviewer({ specialty: SPECIALTY });
  await db().user.update({ where: { id: reviewer.userId }, data: { passwordHash: await hashPassword(E2E_PASSWORD) } });
  const { caseId } = await createTestCase(intake, { specialtyCode: SPECIALTY });
  await seedCaseFile(caseId, "sample");
  await assignAndAccept(admin, reviewer, caseId);
  const qaCase = await createTestCase(intake, { specialtyCode: SPECIALTY });
  await assignAndAccept(admin, reviewer, qaCase.caseId);
  const items = await db().disputedItem.findMany({ where: { caseId: qaCase.caseId }, orderBy: { ordinal: "asc" } });
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(qaCase.caseId, items)),
  });
  const party = await createCase({ actor: intake, input: applicationInput({ specialtyCode: SPECIALTY }) });
  const employee = await db().party.findFirstOrThrow({ where: { caseId: party.caseId, role: "EMPLOYEE" } });
  const { requestId: partyRequestId } = await sendInformationRequest({
    actor: intake,
    input: { caseId: party.caseId, partyId: employee.id, question: "Please send the work status report of May." },
  });
  const user = await db().user.findUniqueOrThrow({ where: { id: reviewer.userId } });
  const document = await db().document.findFirstOrThrow({ where: { caseId }, orderBy: { createdAt: "asc" } });
  const published =
    (await db().publishedDecision.findFirst({ where: { status: "PUBLISHED" }, select: { caseNumber: true } })) ??
    (await publishedDecision(intake, admin, reviewer));
  const { review, letter } = await heldForReview(intake, admin, reviewer);
  const organization = await db().organization.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
  const filing = await createTestFiling();
  return {
    reviewerEmail: user.email,
    reviewerUserId: user.id,
    reviewerRecordId: reviewer.reviewerId!,
    caseId,
    documentId: document.id,
    qaDeterminationId: determinationId,
    partyCaseNumber: party.caseNumber,
    partyCode: party.accessCodes.find((c) => c.role === "EMPLOYEE")!.code,
    partyRequestId,
    publishedCaseNumber: published?.caseNumber ?? null,
    review,
    letter,
    organizationId: organization.id,
    filing: { filingId: filing.filingId, receiptToken: filing.receiptToken },
  };
}

/** Staff sign-in through next-auth's API with any password (tests/support/browser.ts signs in demo users). */
export async function signInWith(browser: Browser, email: string, password: string): Promise<BrowserContext> {
  const context = await newContext(browser);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const session = (await (await context.request.get("/api/auth/session")).json()) as { uid?: string };
  if (!session.uid) throw new Error(`Sign-in of ${email} gave no session`);
  return context;
}

/** A party opens their case through the access form. */
export async function partyContext(browser: Browser, caseNumber: string, code: string): Promise<BrowserContext> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/access");
  await page.locator("input[name=caseNumber]").fill(caseNumber);
  await page.locator("input[name=accessCode]").fill(code);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL("**/access/case");
  await page.close();
  return context;
}
