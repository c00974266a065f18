// Test data built through the domain's own functions, with unique values so that test
// files can run in parallel against one database.
import crypto from "node:crypto";
import { db } from "@/lib/db/client.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import type { AffiliationKind, Role } from "@/lib/db/generated/enums.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { throughIntake } from "@/tools/demo/through-intake.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import type { IssuedLetter } from "@/lib/qa/issue-letter.ts";
import { runDueJobs } from "@/lib/jobs/job-runner.ts";
import type { CreateCaseFormValues } from "@/lib/cases/case-input.ts";
import { normalizeName } from "@/lib/matching/normalize-name.ts";
import { SIMILAR_SPECIALTIES, SPECIALTIES } from "@/tools/demo/specialties.ts";

// A fixed argon2id hash of "test-password", so factories do not spend time hashing.
export const TEST_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$xvAeaXVH3H+Pid4pCXYoNg$QHevvBgEFGfZDY0hyHPqH3zHUAf5r4kD5uIhqd+ltbU";

export const unique = (prefix: string) => `${prefix}-${crypto.randomBytes(5).toString("hex")}`;
const meta = { ip: "127.0.0.1", userAgent: "jest" };

export async function ensureSpecialties(): Promise<void> {
  await db().specialty.createMany({ data: SPECIALTIES.map(([code, name]) => ({ code, name })), skipDuplicates: true });
  await db().specialtySimilarity.createMany({
    data: SIMILAR_SPECIALTIES.flatMap(([a, b]) => [
      { specialtyCode: a, similarCode: b },
      { specialtyCode: b, similarCode: a },
    ]),
    skipDuplicates: true,
  });
}

export async function createStaff(role: Exclude<Role, "REVIEWER">): Promise<StaffActor> {
  const user = await db().user.create({
    data: {
      email: `${unique(role.toLowerCase())}@test.imr`,
      name: unique("Staff"),
      role,
      passwordHash: TEST_PASSWORD_HASH,
    },
  });
  return { kind: "user", userId: user.id, role, name: user.name, reviewerId: null, meta };
}

const VERIFIED = { verifiedAt: new Date(), verifiedBy: "factory", verificationSource: "test" };

export type ReviewerOptions = {
  specialty?: string;
  state?: string;
  hours?: number;
  licenseExpires?: string;
  affiliations?: { kind: AffiliationKind; name: string; identifier?: string }[];
};

export async function createReviewer(options: ReviewerOptions = {}): Promise<StaffActor> {
  const name = `Dr. ${unique("Reviewer")}`;
  const user = await db().user.create({
    data: {
      email: `${unique("reviewer")}@test.imr`,
      name,
      role: "REVIEWER",
      passwordHash: TEST_PASSWORD_HASH,
      reviewer: {
        create: {
          yearsInPractice: 12,
          hoursPerWeek: options.hours ?? 30,
          licenses: {
            create: [
              {
                state: options.state ?? "CA",
                number: unique("L"),
                status: "ACTIVE",
                expiresOn: new Date(`${options.licenseExpires ?? "2035-01-01"}T00:00:00Z`),
                ...VERIFIED,
              },
            ],
          },
          certifications: {
            create: [
              {
                board: "American Board of Physical Medicine and Rehabilitation",
                specialtyCode: options.specialty ?? "PMR",
                subspecialty: "Interventional Spine",
                expiresOn: new Date("2035-01-01T00:00:00Z"),
                ...VERIFIED,
              },
            ],
          },
          affiliations: {
            create: (options.affiliations ?? []).map((a) => ({
              kind: a.kind,
              name: a.name,
              normalizedName: normalizeName(a.name),
              identifier: a.identifier ?? null,
            })),
          },
        },
      },
    },
    include: { reviewer: true },
  });
  return { kind: "user", userId: user.id, role: "REVIEWER", name, reviewerId: user.reviewer!.id, meta };
}

export function applicationInput(overrides: Partial<CreateCaseFormValues> = {}): CreateCaseFormValues {
  return {
    employeeName: unique("Employee"),
    claimNumber: unique("CLM"),
    dateOfInjury: "2020-01-15",
    employerName: unique("Employer"),
    claimsAdministratorName: unique("Claims Admin"),
    requestingPhysicianName: `Dr. ${unique("Physician")}`,
    specialtyCode: "PMR",
    employeeAddress: "100 Test Street, Sacramento CA",
    // Recent, so the application is always filed in time.
    urDecisionDate: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10),
    urServiceMethod: "ELECTRONIC",
    urDecisionKind: "MEDICAL_NECESSITY_DENIAL",
    reviewType: "STANDARD",
    items: ["Cervical medial branch blocks C3-C5", "Physical therapy, 8 sessions"],
    ...overrides,
  };
}

/** The administrator offers the case to this reviewer (with a reason, in case they are not the top-ranked one). */
export async function offerCase(admin: StaffActor, reviewer: StaffActor, caseId: string): Promise<string> {
  const { assignmentId } = await assignReviewer({
    actor: admin,
    input: { caseId, reviewerId: reviewer.reviewerId, reason: "Chosen by the test" },
  });
  return assignmentId;
}

/** The reviewer accepts their offer on the case, attesting to no conflict: the draft determination exists from then on. */
export async function acceptOffer(reviewer: StaffActor, caseId: string) {
  const offer = await db().assignment.findFirstOrThrow({
    where: { caseId, reviewerId: reviewer.reviewerId!, status: "OFFERED" },
  });
  return respondToOffer({
    actor: reviewer,
    input: { assignmentId: offer.id, response: "ACCEPT", attestNoConflict: true },
  });
}

/** Offer and acceptance: the case is the reviewer's to decide. */
export async function assignAndAccept(admin: StaffActor, reviewer: StaffActor, caseId: string): Promise<string> {
  const assignmentId = await offerCase(admin, reviewer, caseId);
  await acceptOffer(reviewer, caseId);
  return assignmentId;
}

/** The job runner runs this determination's "issue-letter" job now (queued by QA's approval): the letter it issued. */
export async function issueApproved(determinationId: string, now?: Date): Promise<IssuedLetter> {
  const job = await db().job.findUniqueOrThrow({ where: { dedupeKey: `issue:${determinationId}` } });
  await runDueJobs({ workerId: "test-issue", ids: [job.id], now, limit: 1 });
  const ran = await db().job.findUniqueOrThrow({ where: { id: job.id } });
  if (ran.status !== "SUCCEEDED") throw new Error(`The letter was not issued (${ran.status}): ${ran.lastError ?? ""}`);
  return ran.result as IssuedLetter;
}

/** QA approves, and the letter is issued by the job runner at once. */
export async function approveAndIssue({
  actor,
  input,
  now,
}: {
  actor: Actor | null;
  input: { determinationId: string; overrideReason?: string };
  now?: Date;
}): Promise<IssuedLetter> {
  const { determinationId } = await approveDetermination({ actor, input, now });
  return issueApproved(determinationId, now);
}

/** The reviewer submits complete decisions and QA approves: the letter is issued (an open offer is accepted first). */
export async function issueDetermination(
  reviewer: StaffActor,
  qa: StaffActor,
  caseId: string,
  decision: "UPHELD" | "OVERTURNED" = "OVERTURNED",
) {
  if (await db().assignment.count({ where: { caseId, reviewerId: reviewer.reviewerId!, status: "OFFERED" } }))
    await acceptOffer(reviewer, caseId);
  const items = await db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
  const draft = await db().determination.findFirstOrThrow({ where: { caseId, status: { in: ["DRAFT", "RETURNED"] } } });
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(caseId, items, decision, draft.revision)),
  });
  return approveAndIssue({ actor: qa, input: { determinationId } });
}

/** A case taken through intake (eligible, records complete): it waits for assignment. */
export async function createTestCase(intake: StaffActor, overrides: Partial<CreateCaseFormValues> = {}) {
  const created = await createCase({ actor: intake, input: applicationInput(overrides) });
  await throughIntake(intake, created.caseId);
  return created;
}

/** Every document of the case file (as the reviewer's panel lists it) marked reviewed (read outside the reader, with the reason a document never opened there needs). */
export async function caseFileReviewed(caseId: string) {
  const documents = await db().document.findMany({
    where: { caseId, kind: { not: "DETERMINATION_LETTER" } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return documents.map((d) => ({
    documentId: d.id,
    account: "REVIEWED" as const,
    unopenedReason: "Read in full from the printed records.",
  }));
}

/** A determination's input with every document of its case file accounted for (reviewed), as a submission must be. */
export async function withCaseFileReviewed<T extends { caseId: string }>(
  input: T,
): Promise<T & { documents: Awaited<ReturnType<typeof caseFileReviewed>> }> {
  return { ...input, documents: await caseFileReviewed(input.caseId) };
}

export function completeDecisions(
  caseId: string,
  items: { id: string }[],
  decision: "UPHELD" | "OVERTURNED" = "OVERTURNED",
  revision = 0,
) {
  return {
    caseId,
    revision,
    clinicalSummary: "The patient is a 48-year-old male with chronic neck pain after a lifting injury at work.",
    items: items.map((item) => ({
      disputedItemId: item.id,
      decision,
      claimsAdminGuideline: "Non-MTUS Citation Official Disability Guidelines, Neck and Upper Back.",
      reviewerGuideline: "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 174.",
      rationale: "The records document failure of conservative care and facet tenderness; criteria are met.",
    })),
  };
}
