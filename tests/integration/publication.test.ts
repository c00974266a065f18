// The published copy of issued letters, on the real database: a letter issued through the
// whole flow is published with no identifier of the case left in its PDF (and its clinical
// text and case number kept); a letter with an identifier the redaction cannot catch waits
// for a redaction review (NEEDS_REVIEW), is never public until an administrator removes it
// and publishes; withdrawal (permission, reason, audit, gone from the search);
// an amended letter supersedes the earlier publication; idempotence and concurrency.
import { californiaDate } from "@/lib/deadlines/calendar.ts";
import crypto from "node:crypto";
import { jest } from "@jest/globals";
import { db, closeDb } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { seedTreatmentCategories } from "@/lib/intake/treatment-categories.ts";
import { findLeaks } from "@/lib/redaction/leak-check.ts";
import { caseIdentifiers } from "@/lib/publication/case-identifiers.ts";
import { publishDecision } from "@/lib/publication/publish-decision.ts";
import { retryPublication } from "@/lib/publication/retry-publication.ts";
import { withdrawPublication } from "@/lib/publication/withdraw-publication.ts";
import { loadRedactionReview } from "@/lib/publication/redaction-review/load-redaction-review.ts";
import { editRedaction } from "@/lib/publication/redaction-review/edit-redaction.ts";
import { listPublications } from "@/lib/publication/admin-publications.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { publishedPdf } from "@/lib/publication/published-pdf.ts";
import { publishedDecisionOfCase } from "@/lib/publication/published-case.ts";
import { PUBLISHED_MARK } from "@/lib/publication/published-text.ts";
import { readPdf } from "../support/pdf-text.ts";
import {
  approveAndIssue,
  assignAndAccept,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  withCaseFileReviewed,
} from "../factories/index.ts";

// Each test issues real letters (PDF rendering) on a machine shared with other work.
jest.setTimeout(90_000);

beforeAll(async () => {
  await ensureSpecialties();
  await seedTreatmentCategories();
});
afterAll(closeDb);

const digits = (n: number) => Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join("");

/** A case recorded with real-looking identifiers, each of which the letter also mentions. */
async function namedCase() {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer();
  const esi = await db().treatmentCategory.findUniqueOrThrow({
    where: { category_subcategory: { category: "Injections", subcategory: "Epidural steroid injection" } },
  });
  const pt = await db().treatmentCategory.findUniqueOrThrow({
    where: { category_subcategory: { category: "Physical medicine", subcategory: "Physical therapy" } },
  });
  const claim = `WC-2019-${digits(6)}`;
  const kase = await createTestCase(intake, {
    employeeName: "María Elena García-López",
    claimNumber: claim,
    employerName: "Pacific Coast Builders, Inc.",
    claimsAdministratorName: "Golden State Claims Co.",
    requestingPhysicianName: "John Q. Smith, M.D.",
    requestingPhysicianNpi: `1${digits(9)}`,
    requestingPhysicianAddress: "1200 Harbor Blvd, Suite 300, Oakland, CA 94612",
    representativeName: "Antonio de la Cruz",
    employeeAddress: "77 Mission Street, San Francisco, CA 94105",
    employeeDateOfBirth: "1978-05-21",
    employeePhone: "(415) 555-0142",
    employeeSex: "F",
    urOrganizationName: "Western UR Services LLC",
    items: [
      { description: "Left L4-L5 transforaminal epidural steroid injection", categoryId: esi.id },
      { description: "Physical therapy, 8 sessions", categoryId: pt.id },
    ],
  });
  await assignAndAccept(admin, reviewer, kase.caseId);
  const items = await db().disputedItem.findMany({ where: { caseId: kase.caseId }, orderBy: { ordinal: "asc" } });
  return { intake, admin, reviewer, kase, items, claim };
}

const NAMED_SUMMARY = (claim: string) =>
  "The patient is a 41-year-old female injured on 03/14/2019 while lifting a roof truss for PACIFIC COAST BUILDERS.  " +
  "Ms. Garcia-Lopez reports low back pain radiating to the left leg.  Dr. Smith documented a positive straight leg raise; " +
  "SMITH, JOHN Q. requested a lumbar epidural steroid injection.  She lives at 77 Mission St., San Francisco, CA 94105, " +
  "phone 415-555-0142, DOB 05/21/1978.  Her attorney, Antonio de la Cruz, requested IMR after Western UR Services " +
  `non-certified the request on behalf of Golden State Claims Company (claim ${claim.replace(/-/g, " ")}).`;

/** The reviewer submits the given content and QA approves: the letter is issued. */
async function issueWith(
  reviewer: StaffActor,
  admin: StaffActor,
  caseId: string,
  items: { id: string }[],
  content: { clinicalSummary: string; rationale?: string; decisions?: ("UPHELD" | "OVERTURNED")[] },
) {
  const draft = await db().determination.findFirstOrThrow({ where: { caseId, status: { in: ["DRAFT", "RETURNED"] } } });
  const input = await withCaseFileReviewed(completeDecisions(caseId, items, "OVERTURNED", draft.revision));
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: {
      ...input,
      clinicalSummary: content.clinicalSummary,
      items: input.items.map((item, i) => ({
        ...item,
        decision: content.decisions?.[i] ?? item.decision,
        rationale: content.rationale ?? item.rationale,
      })),
    },
  });
  // The texts plant identifiers (phones, e-mails) on purpose: QA approves them with a reason.
  await approveAndIssue({
    actor: admin,
    input: { determinationId, overrideReason: "Identifiers planted to test the published copy's redaction." },
  });
  return determinationId;
}

async function identitiesOf(caseId: string) {
  const kase = await db().case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      caseNumber: true,
      claimNumber: true,
      parties: true,
      determinations: { select: { reviewer: { select: { user: { select: { name: true } } } } } },
    },
  });
  return caseIdentifiers({ ...kase, reviewerNames: kase.determinations.map((d) => d.reviewer.user.name) });
}

test("an issued letter is published with no identifier of the case left, its clinical text and case number kept", async () => {
  const { admin, reviewer, kase, items, claim } = await namedCase();
  const determinationId = await issueWith(reviewer, admin, kase.caseId, items, {
    clinicalSummary: NAMED_SUMMARY(claim),
    rationale:
      "MTUS Chronic Pain Medical Treatment Guidelines, page 46, recommend epidural steroid injections for radicular pain corroborated by imaging.  J. Smith's notes document failed conservative care.",
    decisions: ["OVERTURNED", "UPHELD"],
  });
  const job = await db().job.findFirstOrThrow({
    where: { kind: "publish-decision", dedupeKey: `publish:${determinationId}` },
  });
  expect(job.payload).toEqual({ determinationId });

  const outcome = await publishDecision(determinationId);
  expect(outcome.status).toBe("PUBLISHED");
  const row = await db().publishedDecision.findUniqueOrThrow({ where: { id: outcome.publicationId } });
  const kaseRow = await db().case.findUniqueOrThrow({ where: { id: kase.caseId } });
  expect(row).toMatchObject({
    determinationId,
    caseId: kase.caseId,
    caseNumber: kase.caseNumber,
    version: 1,
    status: "PUBLISHED",
    outcome: "PARTIALLY_OVERTURNED",
    reviewerSpecialty: "Physical Medicine & Rehabilitation",
    categories: ["Injections", "Physical medicine"],
    subcategories: ["Epidural steroid injection", "Physical therapy"],
    itemDecisions: ["OVERTURNED", "UPHELD"],
    leaks: [],
  });
  expect(row.dateOfInjury.toISOString().slice(0, 10)).toBe("2020-01-15");
  // The decision date is the California date the letter prints, never the UTC day.
  expect(row.decisionDate.toISOString().slice(0, 10)).toBe(
    californiaDate((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).issuedAt!),
  );
  expect(row.receivedDate.getTime()).toBeLessThanOrEqual(kaseRow.receivedAt.getTime() + 86_400_000);
  expect(row.pdfSha256).toBe(crypto.createHash("sha256").update(row.pdf!).digest("hex"));

  const pdf = await publishedPdf(row.id);
  expect(pdf).toMatchObject({
    mimeType: "application/pdf",
    fileName: `${kase.caseNumber}-published-decision.pdf`,
    sha256: row.pdfSha256,
  });
  const read = await readPdf(pdf.bytes);
  const text = read.pages.join(" ");
  for (const identifier of [
    "Garc",
    "Lopez",
    "López",
    "Smith",
    "SMITH",
    "Pacific Coast",
    "PACIFIC COAST",
    "Golden State",
    "de la Cruz",
    "Cruz",
    "Western UR",
    "Mission",
    "Harbor",
    "555-0142",
    "05/21/1978",
    claim,
    claim.slice(-6),
    reviewer.name,
  ]) {
    expect(text).not.toContain(identifier);
  }
  expect(findLeaks(text, await identitiesOf(kase.caseId))).toEqual([]);
  for (const kept of [
    kase.caseNumber,
    "41-year-old female",
    "03/14/2019",
    "positive straight leg raise",
    "epidural steroid injections for radicular pain",
    "Page(s): 174",
    PUBLISHED_MARK,
  ]) {
    expect(text).toContain(kept);
  }
  expect(row.redactedText).toMatch(/lifting a roof truss for \.\s+reports low back pain radiating to the left leg\./);
  expect(row.redactedText).not.toMatch(/Smith|Garcia|Mission/);

  const audits = await db().auditEvent.findMany({ where: { entityId: row.id } });
  expect(audits).toEqual([
    expect.objectContaining({
      action: "decision.published",
      actorType: "SYSTEM",
      actorId: null,
      caseId: kase.caseId,
      payload: { publicationId: row.id, determinationId, version: 1, pdfSha256: row.pdfSha256 },
    }),
  ]);

  const found = await searchPublished({ caseNumber: kase.caseNumber });
  expect(found.rows.map((r) => r.id)).toEqual([row.id]);
  expect((await publishedDecisionOfCase(kase.caseNumber.toLowerCase())).id).toBe(row.id);
  // its values join the search form's selects in the same transaction
  const values = await db().publishedFacetValue.findMany({
    where: {
      OR: [
        { kind: "specialty", value: row.reviewerSpecialty },
        ...row.categories.map((value) => ({ kind: "category", value })),
        ...row.subcategories.map((value) => ({ kind: "subcategory", value })),
      ],
    },
  });
  expect(values).toHaveLength(1 + row.categories.length + row.subcategories.length);
});

test("publishing is idempotent, also when two runs start at once", async () => {
  const { admin, reviewer, kase } = await namedCase();
  await issueDetermination(reviewer, admin, kase.caseId);
  const determination = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId, status: "ISSUED" } });
  const [a, b] = await Promise.all([publishDecision(determination.id), publishDecision(determination.id)]);
  expect(a).toEqual(b);
  expect(await publishDecision(determination.id)).toEqual(a);
  expect(await db().publishedDecision.count({ where: { determinationId: determination.id } })).toBe(1);
  expect(await db().auditEvent.count({ where: { entityId: a.publicationId } })).toBe(1);
});

test("only an issued determination is published", async () => {
  const { kase } = await namedCase();
  const draft = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } });
  await expect(publishDecision(draft.id)).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(publishDecision(crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(publishDecision("not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await db().publishedDecision.count({ where: { caseId: kase.caseId } })).toBe(0);
});

test("an identifier the redaction cannot catch holds the copy for a redaction review; the administrator removes it and publishes", async () => {
  const { intake, admin, reviewer, kase, items } = await namedCase();
  // The claim number inside a longer lab accession number: the leak check finds it.
  const claim = (await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).claimNumber;
  const accession = `9${claim.replace(/\D/g, "")}1`;
  const determinationId = await issueWith(reviewer, admin, kase.caseId, items, {
    clinicalSummary: `The patient is a 41-year-old female with low back pain.  Lab accession ${accession} was reviewed.`,
  });
  const outcome = await publishDecision(determinationId);
  expect(outcome.status).toBe("NEEDS_REVIEW");
  const row = await db().publishedDecision.findUniqueOrThrow({ where: { id: outcome.publicationId } });
  expect(row).toMatchObject({
    status: "NEEDS_REVIEW",
    pdf: null,
    pdfSha256: null,
    redactedText: "",
    publishedAt: null,
  });
  expect(row.leaks).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ section: "clinicalSummary", sample: expect.stringMatching(/^9•+1$/) }),
    ]),
  );
  expect(JSON.stringify(row.leaks)).not.toContain(claim.replace(/\D/g, ""));
  const held = await db().auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
  expect(held).toMatchObject({
    action: "decision.held_for_review",
    actorType: "SYSTEM",
    payload: { publicationId: row.id, determinationId },
  });

  // Not public in any way, not in the search index.
  expect((await searchPublished({ caseNumber: kase.caseNumber })).total).toBe(0);
  await expect(publishedPdf(row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(publishedDecisionOfCase(kase.caseNumber)).rejects.toMatchObject({ code: "NOT_FOUND" });

  // Administrators see it with the message.
  const list = await listPublications({ actor: admin, input: { status: "NEEDS_REVIEW", caseNumber: kase.caseNumber } });
  expect(list.rows).toHaveLength(1);
  expect(list.rows[0].leakMessage).toMatch(
    /need(s)? a person after redaction: .*\(9•+1\) in the clinical case summary/,
  );
  expect(list.counts.NEEDS_REVIEW).toBe(1);
  await expect(listPublications({ actor: intake, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });

  // The review shows the finding in place; only an administrator opens it (audited).
  await expect(loadRedactionReview({ actor: intake, input: { publicationId: row.id } })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
  const review = await loadRedactionReview({ actor: admin, input: { publicationId: row.id } });
  expect(review.publishable).toBe(false);
  const summary = review.sections.find((s) => s.key === "clinicalSummary")!;
  expect(summary.segments.map((seg) => seg.text).join("")).toContain(accession);
  expect(review.sections[0].key).toBe("clinicalSummary");

  // A retry without an edit finds the same; publishing is refused to intake.
  await expect(retryPublication({ actor: intake, input: { publicationId: row.id } })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
  expect(await retryPublication({ actor: admin, input: { publicationId: row.id } })).toEqual({
    status: "NEEDS_REVIEW",
    publicationId: row.id,
  });

  // Bad edits change nothing; the administrator removes the number, and publishes.
  await expect(
    editRedaction({
      actor: intake,
      input: { publicationId: row.id, section: "clinicalSummary", action: "remove", text: accession },
    }),
  ).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(
    editRedaction({
      actor: admin,
      input: { publicationId: row.id, section: "clinicalSummary", action: "remove", text: "not in the letter" },
    }),
  ).rejects.toMatchObject({ code: "VALIDATION" });
  await expect(
    editRedaction({
      actor: admin,
      input: { publicationId: row.id, section: "nowhere", action: "remove", text: accession },
    }),
  ).rejects.toMatchObject({ code: "VALIDATION" });
  expect((await db().publishedDecision.findUniqueOrThrow({ where: { id: row.id } })).reviewEdits).toEqual([]);
  expect(
    await editRedaction({
      actor: admin,
      input: {
        publicationId: row.id,
        section: "clinicalSummary",
        action: "remove",
        text: `Lab accession ${accession}`,
      },
    }),
  ).toEqual({ edits: 1 });
  const edited = await loadRedactionReview({ actor: admin, input: { publicationId: row.id } });
  expect(edited.leaks).toBe(0);
  expect(edited.sections.find((s) => s.key === "clinicalSummary")!.edits).toEqual([
    { action: "remove", text: `Lab accession ${accession}` },
  ]);
  expect(await retryPublication({ actor: admin, input: { publicationId: row.id } })).toEqual({
    status: "PUBLISHED",
    publicationId: row.id,
  });
  const published = await db().publishedDecision.findUniqueOrThrow({ where: { id: row.id } });
  expect(published).toMatchObject({ status: "PUBLISHED", leaks: [], reviewedById: admin.userId });
  const text = (await readPdf(Buffer.from(published.pdf!))).all;
  expect(text).toContain("The patient is a 41-year-old female with low back pain.");
  expect(text).not.toContain(accession);
  expect(published.redactedText).not.toContain(accession);
  expect((await searchPublished({ caseNumber: kase.caseNumber })).total).toBe(1);
  const trail = await db().auditEvent.findMany({ where: { entityId: row.id }, orderBy: { id: "asc" } });
  expect(trail.map((a) => [a.action, a.actorId])).toEqual([
    ["decision.held_for_review", null],
    ["decision.redaction_opened", admin.userId],
    ["decision.held_for_review", admin.userId],
    ["decision.redaction_edited", admin.userId],
    ["decision.redaction_opened", admin.userId],
    ["decision.published", admin.userId],
  ]);
  expect(JSON.stringify(trail.map((a) => a.payload))).not.toContain(accession);
  await expect(retryPublication({ actor: admin, input: { publicationId: row.id } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  await expect(
    editRedaction({
      actor: admin,
      input: { publicationId: row.id, section: "clinicalSummary", action: "undo", text: "x" },
    }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  // the review page of a published copy says so, and shows no letter text
  expect(await loadRedactionReview({ actor: admin, input: { publicationId: row.id } })).toMatchObject({
    reviewable: false,
    status: "PUBLISHED",
    sections: [],
  });
});

test("an administrator withdraws a published decision with a reason; it leaves the search and the PDF link", async () => {
  const { intake, admin, reviewer, kase } = await namedCase();
  await issueDetermination(reviewer, admin, kase.caseId);
  const determination = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId, status: "ISSUED" } });
  const { publicationId } = await publishDecision(determination.id);
  const reason = "Published in error: the parties asked for a correction.";

  for (const actor of [intake, reviewer, null]) {
    await expect(withdrawPublication({ actor, input: { publicationId, reason } })).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/),
    });
  }
  await expect(
    withdrawPublication({ actor: admin, input: { publicationId, reason: "too short" } }),
  ).rejects.toHaveProperty("issues");
  await expect(
    withdrawPublication({ actor: admin, input: { publicationId, reason: "x".repeat(1001) } }),
  ).rejects.toHaveProperty("issues");
  await expect(
    withdrawPublication({ actor: admin, input: { publicationId: crypto.randomUUID(), reason } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await db().publishedDecision.findUniqueOrThrow({ where: { id: publicationId } })).status).toBe("PUBLISHED");
  expect(await db().auditEvent.count({ where: { entityId: publicationId, action: "decision.withdrawn" } })).toBe(0);

  await withdrawPublication({ actor: admin, input: { publicationId, reason: `  ${reason}  ` } });
  const row = await db().publishedDecision.findUniqueOrThrow({ where: { id: publicationId } });
  expect(row).toMatchObject({ status: "WITHDRAWN", withdrawnById: admin.userId, withdrawalReason: reason });
  const audit = await db().auditEvent.findFirstOrThrow({
    where: { entityId: publicationId, action: "decision.withdrawn" },
  });
  expect(audit).toMatchObject({
    actorId: admin.userId,
    caseId: kase.caseId,
    payload: { publicationId, caseNumber: kase.caseNumber, reason },
  });

  expect((await searchPublished({ caseNumber: kase.caseNumber })).total).toBe(0);
  await expect(publishedPdf(publicationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(withdrawPublication({ actor: admin, input: { publicationId, reason } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  expect(await publishDecision(determination.id)).toEqual({ status: "WITHDRAWN", publicationId });
  const listed = await listPublications({ actor: admin, input: { caseNumber: kase.caseNumber } });
  expect(listed.rows[0]).toMatchObject({
    status: "WITHDRAWN",
    withdrawnByName: (await db().user.findUniqueOrThrow({ where: { id: admin.userId } })).name,
  });
});

test("publishing an amended letter supersedes the earlier version's publication", async () => {
  const { admin, reviewer, kase } = await namedCase();
  await issueDetermination(reviewer, admin, kase.caseId, "UPHELD");
  const first = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId, version: 1 } });
  const v1 = await publishDecision(first.id);
  expect(v1.status).toBe("PUBLISHED");

  await startAmendment({
    actor: admin,
    input: { caseId: kase.caseId, reason: "Dr. Smith's report date was wrong in the summary." },
  });
  await issueDetermination(reviewer, admin, kase.caseId, "OVERTURNED");
  const second = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId, version: 2 } });
  // Until version 2 is published, version 1 stays public.
  expect((await searchPublished({ caseNumber: kase.caseNumber })).rows.map((r) => r.id)).toEqual([v1.publicationId]);

  const v2 = await publishDecision(second.id);
  expect(v2.status).toBe("PUBLISHED");
  const rows = await db().publishedDecision.findMany({ where: { caseId: kase.caseId }, orderBy: { version: "asc" } });
  expect(rows.map((r) => [r.version, r.status, r.outcome])).toEqual([
    [1, "SUPERSEDED", "UPHELD"],
    [2, "PUBLISHED", "OVERTURNED"],
  ]);
  const found = await searchPublished({ caseNumber: kase.caseNumber });
  expect(found.rows.map((r) => [r.id, r.version])).toEqual([[v2.publicationId, 2]]);
  await expect(publishedPdf(v1.publicationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  const pdf = await publishedPdf(v2.publicationId);
  expect(pdf.fileName).toBe(`${kase.caseNumber}-published-decision-v2.pdf`);
  const text = (await readPdf(pdf.bytes)).pages.join(" ");
  expect(text).toContain("AMENDED");
  expect(text).toContain("Reason for the amendment: report date was wrong in the summary.");
  expect(await publishDecision(first.id)).toEqual({ status: "SUPERSEDED", publicationId: v1.publicationId });
});

test("an earlier version published after a later one is superseded at once", async () => {
  const { admin, reviewer, kase } = await namedCase();
  await issueDetermination(reviewer, admin, kase.caseId, "UPHELD");
  await startAmendment({
    actor: admin,
    input: { caseId: kase.caseId, reason: "The summary named the wrong body part." },
  });
  await issueDetermination(reviewer, admin, kase.caseId, "OVERTURNED");
  const [first, second] = await db().determination.findMany({
    where: { caseId: kase.caseId },
    orderBy: { version: "asc" },
  });
  expect((await publishDecision(second.id)).status).toBe("PUBLISHED");
  expect((await publishDecision(first.id)).status).toBe("SUPERSEDED");
  const found = await searchPublished({ caseNumber: kase.caseNumber });
  expect(found.rows.map((r) => r.version)).toEqual([2]);
});
