// The whole IMR flow in Chromium against the production build: intake creates a case,
// admin offers it to a qualified reviewer (the conflicted one is not offered; each
// candidate's score is shown in words), the reviewer accepts with the no-conflict
// attestation and decides, and a party downloads the letter, whose text is checked.
import { newContext, signInAs } from "../support/browser.ts";
import { shot, chromiumForThisFile } from "../support/e2e-browser.ts";
import { readPdf } from "../support/pdf-text.ts";

const browser = chromiumForThisFile();

const NOT_RELEVANT_REASON = "An administrative notice; no clinical content.";
const RATIONALE =
  "The records show failure of extensive conservative care, paravertebral facet tenderness on the left, and no radicular findings. ODG criteria for diagnostic medial branch blocks are met at no more than two levels. Recommendation is for authorization.";

test("application to downloaded letter", async () => {
  // Intake enters the application.
  const intake = await signInAs(browser(), "intake@demo.imr");
  const intakePage = await intake.newPage();
  await intakePage.goto("/intake/cases/new");
  await intakePage.getByRole("button", { name: "Create case" }).click();
  await intakePage.getByText("Please correct the highlighted fields.").waitFor();
  await shot(intakePage, "intake-new-case-errors");
  await intakePage.getByLabel("Employee name").fill("Walter Brandt");
  await intakePage.getByLabel("Claim number").fill("E2E-CLAIM-1");
  await intakePage.getByLabel("Date of injury").fill("2019-05-04");
  await intakePage.getByLabel(/^Employer\b(?!.s representative)/).fill("Coastal Freight LLC");
  await intakePage.getByLabel(/^Claims administrator\s*\*?$/).fill("Pacific Coast Claims Services, Inc.");
  await intakePage.getByLabel("Employee address").fill("9 Shoreline Dr, Long Beach CA");
  await intakePage.getByLabel("Requesting physician").fill("Dr. Nina Alvarado");
  await intakePage
    .getByLabel("Specialty that treats the condition")
    .selectOption({ label: "Physical Medicine & Rehabilitation" });
  await intakePage
    .getByLabel("UR decision date")
    .fill(new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10));
  await intakePage.getByLabel("How the UR decision was served").selectOption("ELECTRONIC");
  await intakePage.getByLabel("Kind of UR decision").selectOption("MEDICAL_NECESSITY_DENIAL");
  await intakePage
    .getByLabel("Item 1: treatment as requested")
    .fill("Left C3-C5 diagnostic medial branch blocks under fluoroscopy");
  await intakePage.getByRole("button", { name: "Create case" }).click();
  const created = intakePage.getByRole("status").filter({ hasText: /Case CM\d{2}-\d{7} created/ });
  await created.waitFor();
  const caseNumber = (await created.textContent())!.match(/CM\d{2}-\d{7}/)![0];
  const employeeCode = (await intakePage.locator('[data-role="EMPLOYEE"] [data-access-code]').textContent())!.trim();
  expect(employeeCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await shot(intakePage, "intake-case-created");

  // Intake confirms eligibility (the notice of assignment goes out) and marks the records complete.
  await intakePage.getByRole("link", { name: "Open the case" }).click();
  await intakePage.getByRole("button", { name: "Confirm" }).click();
  await intakePage.getByRole("button", { name: "Decide and send notice" }).click();
  await intakePage.getByText("Eligibility: eligible").waitFor();
  await intakePage.getByRole("button", { name: "Records complete" }).click();
  await intakePage.getByRole("button", { name: "Mark complete" }).click();
  await intakePage.getByText(/Records complete since/).waitFor();

  // Admin offers the case to a qualified reviewer; the conflicted one is not offered, with
  // the reason; each qualified candidate shows the score and its parts in words.
  const admin = await signInAs(browser(), "admin@demo.imr");
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin");
  await adminPage.getByRole("link", { name: caseNumber }).click();
  const notOffered = adminPage.getByRole("list", { name: "Reviewers not offered" });
  await notOffered.getByText(/Sofia Lindgren.*Affiliated with the claims administrator/).waitFor();
  expect(
    await adminPage.getByRole("list", { name: "Qualified reviewers" }).getByText("Dr. Sofia Lindgren").count(),
  ).toBe(0);
  const ramanScore = adminPage.getByRole("list", { name: "Score of Dr. Priya Raman" });
  await ramanScore.waitFor();
  const parts = (await ramanScore.textContent())!;
  expect(parts).toContain("Specialty: Exact specialty match (+40)");
  expect(parts).toContain("License: California license (+20)");
  expect(parts).toMatch(/Current load: 0 of 10 open cases \(\+20\)/);
  await shot(adminPage, "admin-candidates");
  await adminPage.getByRole("button", { name: "Assign Dr. Priya Raman" }).click();
  await adminPage.getByRole("button", { name: "Confirm" }).click();
  await adminPage.getByRole("list", { name: "Assignments" }).getByText("Offered, waiting for an answer").waitFor();

  // Another reviewer cannot open the case.
  const other = await signInAs(browser(), "reviewer.pain@demo.imr");
  const otherPage = await other.newPage();
  await otherPage.goto("/reviewer");
  await otherPage.getByRole("heading", { name: "My cases" }).waitFor();
  expect(await otherPage.getByRole("link", { name: caseNumber }).count()).toBe(0);

  // The reviewer accepts the offer, attesting to no conflict (refused without), then decides; drafts save on their own.
  const reviewer = await signInAs(browser(), "reviewer@demo.imr");
  const reviewerPage = await reviewer.newPage();
  await reviewerPage.goto("/reviewer");
  const offer = reviewerPage.locator(`[data-offer="${caseNumber}"]`);
  await offer.getByText("Pacific Coast Claims Services, Inc.").waitFor();
  await shot(reviewerPage, "reviewer-offer");
  await offer.getByRole("button", { name: `Accept case ${caseNumber}` }).click();
  await offer
    .getByText("To accept, attest that you have no conflict of interest with any party of this case.")
    .waitFor();
  await offer
    .getByLabel(
      /I attest that I have no material professional, familial or financial affiliation with any party of this case/,
    )
    .check();
  await offer.getByRole("button", { name: `Accept case ${caseNumber}` }).click();
  await reviewerPage.waitForURL(/\/reviewer\/cases\//);
  await reviewerPage
    .getByLabel(/Summary of the case file/)
    .fill(
      "The patient is a 55-year-old male with chronic left-sided neck pain. Request is for left C3-C5 diagnostic medial branch blocks.",
    );
  await reviewerPage.getByLabel(/Overturned/).check();
  await reviewerPage
    .getByLabel(/Claims administrator guideline/)
    .fill("Non-MTUS Citation Official Disability Guidelines, Neck and Upper Back, Diagnostic facet blocks.");
  await reviewerPage
    .getByLabel("Pick a citation from the reference list")
    .selectOption({ label: "MTUS ACOEM — Chapter 8 Neck and Upper Back Complaints (p. 174-181)" });
  expect(await reviewerPage.getByLabel(/Your guideline citation/).inputValue()).toContain(
    "Chapter 8 Neck and Upper Back Complaints",
  );
  await reviewerPage.getByLabel("Decision rationale").fill(RATIONALE.slice(0, 60));
  await reviewerPage.getByText(/All changes saved/).waitFor();

  // A second tab with an older copy cannot overwrite the first silently.
  const secondTab = await reviewer.newPage();
  await secondTab.goto(reviewerPage.url());
  await reviewerPage.getByLabel("Decision rationale").fill(RATIONALE);
  await reviewerPage.getByText(/All changes saved/).waitFor();
  await secondTab.getByLabel("Decision rationale").fill("An older copy typed in another tab.");
  await secondTab.getByRole("alert").filter({ hasText: "Changed in another tab" }).waitFor();
  await secondTab.close();
  await reviewerPage.reload();
  expect(await reviewerPage.getByLabel("Decision rationale").inputValue()).toBe(RATIONALE);

  // Every document of the case file is accounted for before submitting. Submit first lists
  // those not yet accounted for (here the notice of assignment intake sent); the first is
  // set aside as not relevant (a reason is required), any other marked reviewed.
  const caseFileDocuments = reviewerPage.locator("li[data-document]");
  const documentCount = await caseFileDocuments.count();
  expect(documentCount).toBeGreaterThan(0);
  await reviewerPage
    .getByText(`0 of ${documentCount} ${documentCount === 1 ? "document" : "documents"} accounted for`)
    .waitFor();
  await reviewerPage.getByRole("button", { name: "Submit determination" }).click();
  const unaccounted = reviewerPage
    .getByRole("alert")
    .filter({ hasText: "Account for every document of the case file before submitting" });
  await unaccounted.waitFor();
  const firstTitle = (await caseFileDocuments.first().locator('[id^="doc-title-"]').textContent())!;
  await unaccounted.getByText(`“${firstTitle}” is not accounted for: mark it Reviewed or Not relevant.`).waitFor();
  expect(await reviewerPage.getByRole("button", { name: "Send to QA" }).count()).toBe(0);
  await shot(reviewerPage, "reviewer-documents-unaccounted");
  const firstGroup = reviewerPage.getByRole("radiogroup", { name: firstTitle, exact: true });
  await firstGroup.getByRole("radio", { name: "Not relevant" }).check();
  await reviewerPage.getByRole("button", { name: "Submit determination" }).click();
  await unaccounted.getByText(`“${firstTitle}” is marked not relevant without a reason`).waitFor();
  await reviewerPage.getByLabel(`Reason it is not relevant (“${firstTitle}”)`).fill(NOT_RELEVANT_REASON);
  // the others marked reviewed; never opened in the reader, each says how it was read
  for (let i = 1; i < documentCount; i++) {
    await caseFileDocuments.nth(i).getByRole("radio", { name: "Reviewed" }).check();
    await caseFileDocuments
      .nth(i)
      .getByLabel(/how did you review it/)
      .fill("Read the mailed copy.");
  }
  await reviewerPage
    .getByText(`${documentCount} of ${documentCount} ${documentCount === 1 ? "document" : "documents"} accounted for`)
    .waitFor();
  await unaccounted.waitFor({ state: "detached" });

  await reviewerPage.getByRole("button", { name: "Submit determination" }).click();
  await shot(reviewerPage, "reviewer-confirm");
  await reviewerPage.getByRole("button", { name: "Send to QA" }).click();
  await reviewerPage.getByText(/Submitted .* You will see it here again if QA returns it/).waitFor();

  // QA reads the draft letter and returns it with comments.
  await adminPage.goto("/admin/qa");
  await adminPage.getByRole("link", { name: caseNumber }).click();
  await adminPage.locator(".react-pdf__Page canvas").first().waitFor();
  await shot(adminPage, "qa-reading");
  await adminPage
    .getByLabel("Comments for the reviewer")
    .fill("Please state the number of facet levels in the rationale.");
  await adminPage.getByRole("button", { name: "Return to reviewer" }).click();
  await adminPage.getByText("This determination is no longer waiting for QA.").waitFor();

  // The reviewer sees the comments (the account of each document kept), edits and resubmits.
  await reviewerPage.reload();
  await reviewerPage.getByText("Please state the number of facet levels in the rationale.").waitFor();
  expect(await reviewerPage.getByLabel(`Reason it is not relevant (“${firstTitle}”)`).inputValue()).toBe(
    NOT_RELEVANT_REASON,
  );
  await reviewerPage
    .getByText(`${documentCount} of ${documentCount} ${documentCount === 1 ? "document" : "documents"} accounted for`)
    .waitFor();
  await reviewerPage
    .getByLabel("Decision rationale")
    .fill(`${RATIONALE} Two facet joint levels (C3-C4, C4-C5) are addressed.`);
  await reviewerPage.getByRole("button", { name: "Submit determination" }).click();
  await reviewerPage.getByRole("button", { name: "Send to QA" }).click();
  await reviewerPage.getByText(/You will see it here again if QA returns it/).waitFor();

  // QA approves: the letter is issued.
  await adminPage.goto("/admin/qa");
  await adminPage.getByRole("link", { name: caseNumber }).click();
  await adminPage.getByRole("button", { name: "Approve" }).click();
  await adminPage.getByRole("button", { name: "Approve and issue" }).click();
  // Issuing renders and stores the letter: wait for its outcome, and show an error if it failed.
  const issued = adminPage.getByText("This determination is no longer waiting for QA.");
  const errorAlert = adminPage.locator("main [role=alert]");
  await issued.or(errorAlert).first().waitFor({ timeout: 90_000 });
  expect(await errorAlert.allInnerTexts()).toEqual([]);
  await issued.waitFor();
  await reviewerPage.reload();
  await reviewerPage.getByText("The letter has been issued to the parties and can no longer change.").waitFor();
  await shot(reviewerPage, "reviewer-issued");

  // A party opens the case: a wrong code is refused, the right one shows the letter.
  const party = await newContext(browser(), { width: 390, height: 844 });
  const partyPage = await party.newPage();
  await partyPage.goto("/access");
  await partyPage.getByLabel("Case number").fill(caseNumber);
  await partyPage.getByLabel("Access code").fill("AAAA-BBBB-CCCC-DDDD");
  await partyPage.getByRole("button", { name: "Open my case" }).click();
  await partyPage.getByText("The case number or access code is not right.").waitFor();
  await partyPage.getByLabel("Access code").fill(employeeCode.toLowerCase());
  await partyPage.getByRole("button", { name: "Open my case" }).click();
  await partyPage.getByRole("heading", { name: `Case ${caseNumber}` }).waitFor();
  await shot(partyPage, "party-case-phone");
  expect(await partyPage.locator('[data-step="decided"]').getAttribute("data-done")).toBe("true");
  const href = await partyPage.getByRole("link", { name: "Download PDF", exact: true }).getAttribute("href");
  // The party's pages in Spanish (the letter stays in English).
  await partyPage.getByRole("link", { name: "Español" }).click();
  await partyPage.getByRole("link", { name: "Descargar PDF", exact: true }).waitFor();
  await partyPage.getByText("Las cartas se emiten en inglés.").waitFor();
  await shot(partyPage, "party-case-phone-es");
  await partyPage.getByRole("link", { name: "English" }).click();
  await partyPage.getByRole("link", { name: "Download PDF", exact: true }).waitFor();
  const download = await party.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["cache-control"]).toBe("no-store");
  expect(download.headers()["content-type"]).toBe("application/pdf");

  const letter = await readPdf(Buffer.from(await download.body()));
  const text = letter.all;
  const order = [
    "HOW THE IMR FINAL DETERMINATION WAS MADE",
    "CLINICAL CASE SUMMARY",
    "IMR ISSUES, DECISIONS AND RATIONALES",
  ].map((h) => text.indexOf(h));
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(text).toContain("Left C3-C5 diagnostic medial branch blocks under fluoroscopy: Overturned");
  expect(text).toContain("Board Certified in Physical Medicine & Rehabilitation");
  expect(text).toContain("licensed to practice in California");
  expect(text).toContain("Two facet joint levels (C3-C4, C4-C5) are addressed.");
  expect(text).toContain(NOT_RELEVANT_REASON);
  expect(text).toContain("Decision based on MTUS ACOEM, Chapter 8 Neck and Upper Back Complaints Page(s): 174-181.");
  expect(text).not.toContain("DRAFT");
  expect(text).not.toMatch(/Raman|Priya/);
  expect(letter.pages.every((page) => page.includes(caseNumber))).toBe(true);

  // The party cannot read the letter without its access cookie.
  const stranger = await newContext(browser());
  expect((await stranger.request.get(href!)).status()).toBe(401);

  // Leaving ends the party's session on the server: the cookie kept from before no longer downloads the letter.
  const kept = await party.cookies();
  expect(kept.some((c) => c.name === "imr_party")).toBe(true);
  await Promise.all([partyPage.waitForURL(/\/access$/), partyPage.getByRole("button", { name: "Close case" }).click()]);
  expect((await party.cookies()).some((c) => c.name === "imr_party")).toBe(false);
  const replay = await newContext(browser());
  await replay.addCookies(kept);
  expect((await replay.request.get(href!)).status()).toBe(401);

  await Promise.all([intake, admin, other, reviewer, party, stranger, replay].map((c) => c.close()));
}, 180_000);
