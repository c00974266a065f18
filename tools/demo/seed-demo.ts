// Loads the demo data: staff sign-ins, the reviewer panel, the specialty table, a year of
// generated history (history/, unless IMR_DEMO_HISTORY=0) and a few cases in different
// states. Idempotent: a second run changes nothing.
import { db } from "../../lib/db/client.ts";
import { hashPassword } from "../../lib/auth/passwords.ts";
import type { StaffActor } from "../../lib/auth/actor.ts";
import { createCase } from "../../lib/cases/create-case.ts";
import { assignReviewer } from "../../lib/cases/assign-reviewer.ts";
import { respondToOffer } from "../../lib/cases/respond-to-offer.ts";
import { submitDetermination } from "../../lib/determinations/submit-determination.ts";
import { approveDetermination } from "../../lib/qa/approve-determination.ts";
import { issueLetter } from "../../lib/qa/issue-letter.ts";
import { seedGuidelines } from "./guidelines.ts";
import { seedCaseFile } from "./case-file.tsx";
import { normalizeName } from "../../lib/matching/normalize-name.ts";
import { DEMO_PANEL, type DemoReviewer } from "./panel.ts";
import { SIMILAR_SPECIALTIES, SPECIALTIES } from "./specialties.ts";
import { ASSIGNED_CASE, DECIDED_CASE, DECIDED_DETERMINATION, RECEIVED_CASE, SAMPLE_CASE } from "./demo-cases.ts";
import { throughIntake } from "./through-intake.ts";
import { seedRecordsDemoCase } from "./records-demo.ts";
import { seedDemoOrganizations } from "./organizations.ts";
import { seedTreatmentCategories } from "../../lib/intake/treatment-categories.ts";
import { demoHistoryWanted, seedDemoHistory } from "./history/seed-history.ts";

export const DEMO_PASSWORD = "imr-demo-2026";
export const DEMO_STAFF = [
  { email: "intake@demo.imr", name: "Irene Intake", role: "INTAKE" as const },
  { email: "admin@demo.imr", name: "Adam Admin", role: "ADMIN" as const },
];

const DEMO_VERIFICATION = {
  verifiedAt: new Date("2026-01-05T17:00:00Z"),
  verifiedBy: "Adam Admin",
  verificationSource: "Primary source (state board / ABMS)",
};

export async function seedDemo({ history = demoHistoryWanted() }: { history?: boolean } = {}): Promise<{
  created: boolean;
}> {
  const prisma = db();
  if (await prisma.user.findUnique({ where: { email: DEMO_STAFF[0].email } })) return { created: false };

  await loadSpecialties();
  await seedGuidelines();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = new Map<string, StaffActor>();
  for (const person of DEMO_STAFF) {
    const user = await prisma.user.create({ data: { ...person, passwordHash } });
    staff.set(person.role, {
      kind: "user",
      userId: user.id,
      role: user.role,
      name: user.name,
      reviewerId: null,
      meta: { ip: null, userAgent: "seed" },
    });
  }
  const reviewers = new Map<string, StaffActor>();
  for (const [index, reviewer] of DEMO_PANEL.entries()) {
    reviewers.set(reviewer.email, await createDemoReviewer(reviewer, index, passwordHash));
  }

  const intake = staff.get("INTAKE")!;
  const admin = staff.get("ADMIN")!;
  await seedTreatmentCategories();
  // The year before today first, so that today's demo cases take the next case numbers.
  // It may reopen the database: db() below, never the client taken above. Should it fail, the
  // demo goes on without it (the months already loaded stay) rather than not starting at all.
  if (history) {
    await seedDemoHistory({ staff: { intake: intake.userId, admin: admin.userId, qa: admin.userId } }).catch(
      (error: unknown) => {
        console.warn(
          `The demo history could not be loaded (${error instanceof Error ? error.message : String(error)}); the demo goes on without it. IMR_DEMO_HISTORY=0 skips it.`,
        );
      },
    );
  }
  const sampleCase = await createCase({ actor: intake, input: SAMPLE_CASE });
  await seedDemoOrganizations(admin);
  await db().case.updateMany({
    where: { claimNumber: SAMPLE_CASE.claimNumber },
    data: { employeeAge: 48, employeeSex: "M" },
  });

  const sample = await db().case.findFirstOrThrow({ where: { claimNumber: SAMPLE_CASE.claimNumber } });
  await seedCaseFile(sample.id, "sample");
  await throughIntake(intake, sampleCase.caseId);

  const assigned = await createCase({ actor: intake, input: ASSIGNED_CASE });
  await seedCaseFile(assigned.caseId, "lumbar");
  await throughIntake(intake, assigned.caseId);
  const pain = reviewers.get("reviewer.pain@demo.imr")!;
  await offerAndAccept(admin, pain, assigned.caseId);

  const decided = await createCase({ actor: intake, input: DECIDED_CASE });
  await throughIntake(intake, decided.caseId);
  const raman = reviewers.get("reviewer@demo.imr")!;
  await offerAndAccept(admin, raman, decided.caseId);
  const item = await db().disputedItem.findFirstOrThrow({ where: { caseId: decided.caseId } });
  const { clinicalSummary, ...decision } = DECIDED_DETERMINATION;
  const { determinationId } = await submitDetermination({
    actor: raman,
    input: {
      caseId: decided.caseId,
      revision: 0,
      clinicalSummary,
      documents: await demoCaseFileAccounts(decided.caseId),
      items: [{ disputedItemId: item.id, ...decision }],
    },
  });
  await approveDetermination({ actor: admin, input: { determinationId } });
  // the letter is issued now rather than by the server's job runner later, so the demo starts with it
  await issueLetter(determinationId);

  await createCase({ actor: intake, input: RECEIVED_CASE });
  await seedRecordsDemoCase(intake);
  return { created: true };
}

/** The decided case's file accounted for as a reviewer would: notices set aside with the reason, the rest reviewed. */
async function demoCaseFileAccounts(caseId: string) {
  const documents = await db().document.findMany({
    where: { caseId, kind: { not: "DETERMINATION_LETTER" } },
    select: { id: true, kind: true },
    orderBy: { createdAt: "asc" },
  });
  return documents.map((d) =>
    d.kind === "NOTICE"
      ? {
          documentId: d.id,
          account: "NOT_RELEVANT" as const,
          reason: "An administrative notice of the review; it holds no clinical information.",
        }
      : {
          documentId: d.id,
          account: "REVIEWED" as const,
          unopenedReason: "Demo data: read before the reader kept progress.",
        },
  );
}

/** The demo's named reviewer gets the case: offered by the administrator, accepted with the attestation. */
async function offerAndAccept(admin: StaffActor, reviewer: StaffActor, caseId: string): Promise<void> {
  const reason = "Demo data: the case of this demo reviewer";
  const { assignmentId } = await assignReviewer({
    actor: admin,
    input: { caseId, reviewerId: reviewer.reviewerId, reason },
  });
  await respondToOffer({ actor: reviewer, input: { assignmentId, response: "ACCEPT", attestNoConflict: true } });
}

async function loadSpecialties(): Promise<void> {
  await db().specialty.createMany({ data: SPECIALTIES.map(([code, name]) => ({ code, name })), skipDuplicates: true });
  await db().specialtySimilarity.createMany({
    data: SIMILAR_SPECIALTIES.flatMap(([a, b]) => [
      { specialtyCode: a, similarCode: b },
      { specialtyCode: b, similarCode: a },
    ]),
    skipDuplicates: true,
  });
}

async function createDemoReviewer(demo: DemoReviewer, index: number, passwordHash: string): Promise<StaffActor> {
  const user = await db().user.create({
    data: {
      email: demo.email,
      name: `Dr. ${demo.name}`,
      role: "REVIEWER",
      passwordHash,
      reviewer: {
        create: {
          yearsInPractice: demo.years,
          hoursPerWeek: demo.hours,
          disciplinaryHistory: demo.disciplinary ?? false,
          licenses: {
            create: [
              {
                state: demo.licenseState,
                number: `${demo.licenseState === "CA" ? "A" : "NV"}${String(104_211 + index * 37)}`,
                status: demo.licenseStatus,
                restricted: demo.restricted ?? false,
                expiresOn: new Date(`${demo.licenseExpires}T00:00:00Z`),
                ...DEMO_VERIFICATION,
              },
            ],
          },
          certifications: {
            create: [
              {
                board: boardFor(demo.specialty),
                specialtyCode: demo.specialty,
                subspecialty: demo.subspecialty ?? null,
                expiresOn: new Date(`${demo.certExpires}T00:00:00Z`),
                ...DEMO_VERIFICATION,
              },
            ],
          },
          affiliations: {
            create: (demo.affiliations ?? []).map((a) => ({
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
  return {
    kind: "user",
    userId: user.id,
    role: "REVIEWER",
    name: user.name,
    reviewerId: user.reviewer!.id,
    meta: { ip: null, userAgent: "seed" },
  };
}

function boardFor(specialty: string): string {
  const boards: Record<string, string> = {
    PMR: "American Board of Physical Medicine and Rehabilitation",
    ORTH: "American Board of Orthopaedic Surgery",
    NEURO: "American Board of Psychiatry and Neurology",
    PSY: "American Board of Psychiatry and Neurology",
    ANES: "American Board of Anesthesiology",
    PAIN: "American Board of Anesthesiology",
    OCC: "American Board of Preventive Medicine",
    IM: "American Board of Internal Medicine",
  };
  return boards[specialty] ?? "American Board of Medical Specialties";
}
