// The administrator's reviewer records on the real database: accounts, profile, licenses
// and certifications with their verification records (an edit clears them), what blocks
// assignment (unverified, expired), affiliations with normalized names, leaves, disabling,
// the panel list, the expiry list and the similar-specialty table. A database of its own:
// these tests change the specialty table and count the whole panel.
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { verifyPassword } from "@/lib/auth/passwords.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { screenCaseCandidates } from "@/lib/cases/matching-data/screen-case-candidates.ts";
import { createReviewer } from "@/lib/reviewers/create-reviewer.ts";
import { updateReviewerProfile } from "@/lib/reviewers/update-reviewer-profile.ts";
import { setReviewerDisabled } from "@/lib/reviewers/set-reviewer-disabled.ts";
import { addLicense } from "@/lib/reviewers/add-license.ts";
import { updateLicense } from "@/lib/reviewers/update-license.ts";
import { removeLicense } from "@/lib/reviewers/remove-license.ts";
import { addCertification } from "@/lib/reviewers/add-certification.ts";
import { updateCertification } from "@/lib/reviewers/update-certification.ts";
import { verifyCredential } from "@/lib/reviewers/verify-credential.ts";
import { addAffiliation } from "@/lib/reviewers/add-affiliation.ts";
import { updateAffiliation } from "@/lib/reviewers/update-affiliation.ts";
import { addLeave } from "@/lib/reviewers/add-leave.ts";
import { removeLeave } from "@/lib/reviewers/remove-leave.ts";
import { listReviewers } from "@/lib/reviewers/list-reviewers.ts";
import { getReviewer } from "@/lib/reviewers/get-reviewer.ts";
import { listExpiringCredentials } from "@/lib/reviewers/expiring-credentials.ts";
import { getSpecialtyTable } from "@/lib/specialties/specialty-table.ts";
import { addSimilarSpecialty } from "@/lib/specialties/add-similar-specialty.ts";
import { removeSimilarSpecialty } from "@/lib/specialties/remove-similar-specialty.ts";
import { AppError } from "@/lib/errors.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { createStaff, createTestCase, ensureSpecialties, unique } from "../factories/index.ts";
import { isoInDays, profileInput, recordReviewer } from "../factories/reviewers.ts";

withOwnDatabase("imr_it_reviewers");
beforeAll(ensureSpecialties);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
const fieldErrors = (error: unknown) =>
  error instanceof AppError
    ? (error.fieldErrors ?? {})
    : error instanceof z.ZodError
      ? Object.fromEntries(error.issues.map((i) => [i.path.join("."), i.message]))
      : {};
const verdictOf = async (caseId: string, reviewerId: string) =>
  (await screenCaseCandidates(caseId)).find((v) => v.reviewerId === reviewerId)!;
const auditOf = (reviewerId: string) =>
  db().auditEvent.findMany({ where: { entityType: "ReviewerProfile", entityId: reviewerId }, orderBy: { id: "asc" } });

test("an administrator creates a reviewer: a REVIEWER account with an argon2id hash of the password shown once", async () => {
  const admin = await createStaff("ADMIN");
  const email = `${unique("Dr.New")}@Test.IMR`;
  const created = await createReviewer({ actor: admin, input: { ...profileInput, name: "Dr. Nadia Novak", email } });
  const user = await db().user.findUniqueOrThrow({ where: { id: created.userId }, include: { reviewer: true } });
  expect(user).toMatchObject({
    role: "REVIEWER",
    email: email.toLowerCase(),
    name: "Dr. Nadia Novak",
    disabledAt: null,
  });
  expect(user.reviewer).toMatchObject({
    id: created.reviewerId,
    yearsInPractice: 12,
    hoursPerWeek: 32,
    maxOpenCases: 10,
    maxCasesPerWeek: 15,
  });
  expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  expect(created.initialPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
  expect(await verifyPassword(user.passwordHash, created.initialPassword)).toBe(true);
  expect((await auditOf(created.reviewerId)).map((a) => [a.action, a.actorId])).toEqual([
    ["reviewer.created", admin.userId],
  ]);

  const users = await db().user.count();
  expect(
    fieldErrors(
      await failure(
        createReviewer({ actor: admin, input: { ...profileInput, name: "Someone Else", email: email.toUpperCase() } }),
      ),
    ),
  ).toEqual({
    email: ["An account with this email address already exists."],
  });
  const invalid = fieldErrors(
    await failure(
      createReviewer({ actor: admin, input: { ...profileInput, name: " ", email: "not-an-email", hoursPerWeek: 200 } }),
    ),
  );
  expect(Object.keys(invalid).sort()).toEqual(["email", "hoursPerWeek", "name"]);
  expect(await db().user.count()).toBe(users);
});

test("profile edits record which fields changed; an edit that changes nothing writes nothing", async () => {
  const admin = await createStaff("ADMIN");
  const { reviewerId } = await recordReviewer(admin);
  const before = (await auditOf(reviewerId)).length;
  const current = await db().reviewerProfile.findUniqueOrThrow({ where: { id: reviewerId }, include: { user: true } });
  const same = { reviewerId, name: current.user.name, ...profileInput };
  expect(await updateReviewerProfile({ actor: admin, input: same })).toEqual({ changed: [] });
  expect((await auditOf(reviewerId)).length).toBe(before);

  const edited = await updateReviewerProfile({
    actor: admin,
    input: { ...same, name: "Dr. Renamed", hoursPerWeek: 20, disciplinaryHistory: true, maxOpenCases: 4 },
  });
  expect(edited.changed).toEqual(["name", "hoursPerWeek", "disciplinaryHistory", "maxOpenCases"]);
  const after = await db().reviewerProfile.findUniqueOrThrow({ where: { id: reviewerId }, include: { user: true } });
  expect(after).toMatchObject({
    hoursPerWeek: 20,
    disciplinaryHistory: true,
    maxOpenCases: 4,
    user: { name: "Dr. Renamed" },
  });
  expect((await auditOf(reviewerId)).at(-1)).toMatchObject({
    action: "reviewer.updated",
    payload: { changed: edited.changed },
  });
});

test("credentials count only once verified; the verification records who, when and against what; an edit of their facts clears it", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const r = await recordReviewer(admin, { verify: false });

  expect((await verdictOf(kase.caseId, r.reviewerId)).reasons.map((x) => x.code)).toEqual([
    "UNVERIFIED_CREDENTIAL",
    "UNVERIFIED_CREDENTIAL",
  ]);
  await expect(
    assignReviewer({ actor: admin, input: { caseId: kase.caseId, reviewerId: r.reviewerId, reason: "Test" } }),
  ).rejects.toThrow(/not verified/);
  expect(await db().assignment.count({ where: { caseId: kase.caseId } })).toBe(0);

  const at = new Date("2026-11-20T18:00:00Z");
  await verifyCredential({
    actor: admin,
    input: { credential: "license", credentialId: r.licenseId, source: "Medical Board of California license lookup" },
    now: at,
  });
  await verifyCredential({
    actor: admin,
    input: { credential: "certification", credentialId: r.certificationId, source: "ABMS Certification Matters" },
  });
  expect(await db().license.findUniqueOrThrow({ where: { id: r.licenseId } })).toMatchObject({
    verifiedAt: at,
    verifiedBy: admin.name,
    verificationSource: "Medical Board of California license lookup",
  });
  expect((await verdictOf(kase.caseId, r.reviewerId)).qualified).toBe(true);
  const verified = (await auditOf(r.reviewerId)).filter((a) => a.action === "credential.verified");
  expect(verified[0].payload).toMatchObject({
    credential: "license",
    credentialId: r.licenseId,
    expiresOn: "2034-12-31",
    verifiedBy: admin.name,
  });

  const license = await db().license.findUniqueOrThrow({ where: { id: r.licenseId } });
  const facts = {
    licenseId: r.licenseId,
    state: "ca",
    number: license.number.toLowerCase(),
    status: "ACTIVE",
    restricted: false,
    expiresOn: "2034-12-31",
  };
  expect(await updateLicense({ actor: admin, input: facts })).toEqual({ changed: [], verificationCleared: false });
  expect((await db().license.findUniqueOrThrow({ where: { id: r.licenseId } })).verifiedAt).toEqual(at);

  expect(await updateLicense({ actor: admin, input: { ...facts, restricted: true } })).toEqual({
    changed: ["restricted"],
    verificationCleared: true,
  });
  expect(await db().license.findUniqueOrThrow({ where: { id: r.licenseId } })).toMatchObject({
    restricted: true,
    verifiedAt: null,
    verifiedBy: null,
    verificationSource: null,
  });
  expect((await verdictOf(kase.caseId, r.reviewerId)).reasons.map((x) => x.code)).toEqual(["NO_VALID_LICENSE"]);

  expect(
    await updateCertification({
      actor: admin,
      input: { certificationId: r.certificationId, board: "ABPMR", specialtyCode: "PMR", expiresOn: "2034-12-31" },
    }),
  ).toEqual({
    changed: ["board"],
    verificationCleared: true,
  });
  expect((await db().boardCertification.findUniqueOrThrow({ where: { id: r.certificationId } })).verifiedAt).toBeNull();
  expect(
    fieldErrors(
      await failure(
        updateCertification({
          actor: admin,
          input: { certificationId: r.certificationId, board: "ABPMR", specialtyCode: "NOPE", expiresOn: "2034-12-31" },
        }),
      ),
    ),
  ).toEqual({
    specialtyCode: ["Choose a specialty from the list."],
  });
});

test("expired credentials, or credentials expiring before the due date, block assignment", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const expiredCertification = await recordReviewer(admin, { certificationExpires: isoInDays(-1) });
  const licenseEndsBeforeDue = await recordReviewer(admin, { licenseExpires: isoInDays(2) });
  expect((await verdictOf(kase.caseId, expiredCertification.reviewerId)).reasons.map((x) => x.code)).toEqual([
    "NO_MATCHING_CERTIFICATION",
  ]);
  expect((await verdictOf(kase.caseId, licenseEndsBeforeDue.reviewerId)).reasons.map((x) => x.code)).toEqual([
    "NO_VALID_LICENSE",
  ]);
  for (const r of [expiredCertification, licenseEndsBeforeDue]) {
    await expect(
      assignReviewer({ actor: admin, input: { caseId: kase.caseId, reviewerId: r.reviewerId, reason: "Test" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  }
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("READY_FOR_ASSIGNMENT");
});

test("licenses are unique by state and number; certifications name a listed specialty; removal is audited", async () => {
  const admin = await createStaff("ADMIN");
  const r = await recordReviewer(admin);
  const { number } = await db().license.findUniqueOrThrow({ where: { id: r.licenseId } });
  const other = await recordReviewer(admin);
  expect(
    fieldErrors(
      await failure(
        addLicense({
          actor: admin,
          input: { reviewerId: other.reviewerId, state: "CA", number, status: "ACTIVE", expiresOn: "2030-01-01" },
        }),
      ),
    ),
  ).toEqual({
    number: ["A license with this state and number is already recorded."],
  });
  expect(
    Object.keys(
      fieldErrors(
        await failure(
          addLicense({
            actor: admin,
            input: { reviewerId: r.reviewerId, state: "XX", number: "1", status: "GONE", expiresOn: "2030-02-30" },
          }),
        ),
      ),
    ).sort(),
  ).toEqual(["expiresOn", "state", "status"]);
  expect(
    fieldErrors(
      await failure(
        addCertification({
          actor: admin,
          input: { reviewerId: r.reviewerId, board: "Board", specialtyCode: "XYZ", expiresOn: "2030-01-01" },
        }),
      ),
    ),
  ).toEqual({
    specialtyCode: ["Choose a specialty from the list."],
  });
  await removeLicense({ actor: admin, input: { licenseId: r.licenseId } });
  await expect(removeLicense({ actor: admin, input: { licenseId: r.licenseId } })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  expect((await auditOf(r.reviewerId)).at(-1)).toMatchObject({
    action: "credential.removed",
    payload: { credential: "license", summary: `CA ${number}` },
  });
});

test("affiliations keep the normalized name; a party of that name (written otherwise) or NPI makes the reviewer conflicted", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake, {
    claimsAdministratorName: "ACME INSURANCE COMPANY",
    requestingPhysicianNpi: "1234567893",
  });
  const byName = await recordReviewer(admin);
  const byNpi = await recordReviewer(admin);
  const added = await addAffiliation({
    actor: admin,
    input: { reviewerId: byName.reviewerId, kind: "CLAIMS_ADMINISTRATOR", name: "Acme Insurance Co." },
  });
  expect(added.normalizedName).toBe("acme insurance");
  const npi = await addAffiliation({
    actor: admin,
    input: {
      reviewerId: byNpi.reviewerId,
      kind: "PHYSICIAN",
      name: "Westside Pain Partners",
      identifier: "1234-567-893",
    },
  });
  expect((await verdictOf(kase.caseId, byName.reviewerId)).reasons[0].message).toMatch(
    /^Affiliated with the claims administrator \(Acme Insurance Co\.; Same name once abbreviations and legal suffixes are set aside .+\)\.$/,
  );
  expect((await verdictOf(kase.caseId, byNpi.reviewerId)).reasons.map((x) => x.code)).toEqual(["CONFLICT_OF_INTEREST"]);

  await updateAffiliation({
    actor: admin,
    input: { affiliationId: npi.affiliationId, kind: "PHYSICIAN", name: "Westside Pain Partners", identifier: null },
  });
  expect((await verdictOf(kase.caseId, byNpi.reviewerId)).qualified).toBe(true);
  expect(
    fieldErrors(
      await failure(
        addAffiliation({ actor: admin, input: { reviewerId: byName.reviewerId, kind: "PHYSICIAN", name: "Dr. M.D." } }),
      ),
    ),
  ).toHaveProperty("name");
});

test("a leave before the due date screens the reviewer out; the last day cannot precede the first", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const r = await recordReviewer(admin);
  expect(
    fieldErrors(
      await failure(
        addLeave({ actor: admin, input: { reviewerId: r.reviewerId, startsOn: isoInDays(5), endsOn: isoInDays(3) } }),
      ),
    ),
  ).toEqual({
    endsOn: "The last day cannot be before the first day.",
  });
  const { leaveId } = await addLeave({
    actor: admin,
    input: { reviewerId: r.reviewerId, startsOn: isoInDays(1), endsOn: isoInDays(4), note: "Conference" },
  });
  expect((await verdictOf(kase.caseId, r.reviewerId)).reasons.map((x) => x.code)).toEqual(["ON_LEAVE"]);
  await removeLeave({ actor: admin, input: { leaveId } });
  expect((await verdictOf(kase.caseId, r.reviewerId)).qualified).toBe(true);
});

test("disabling ends the reviewer's sessions and screens them out; enabling brings them back", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const r = await recordReviewer(admin);
  const { sessionVersion } = await db().user.findUniqueOrThrow({ where: { id: r.userId } });
  await setReviewerDisabled({ actor: admin, input: { reviewerId: r.reviewerId, disabled: true } });
  const disabled = await db().user.findUniqueOrThrow({ where: { id: r.userId } });
  expect(disabled.disabledAt).not.toBeNull();
  expect(disabled.sessionVersion).toBe(sessionVersion + 1);
  expect((await verdictOf(kase.caseId, r.reviewerId)).reasons.map((x) => x.code)).toEqual(["INACTIVE_ACCOUNT"]);
  await expect(
    setReviewerDisabled({ actor: admin, input: { reviewerId: r.reviewerId, disabled: true } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });

  await setReviewerDisabled({ actor: admin, input: { reviewerId: r.reviewerId, disabled: false } });
  expect((await db().user.findUniqueOrThrow({ where: { id: r.userId } })).disabledAt).toBeNull();
  expect((await verdictOf(kase.caseId, r.reviewerId)).qualified).toBe(true);
  expect((await auditOf(r.reviewerId)).slice(-2).map((a) => a.action)).toEqual([
    "reviewer.disabled",
    "reviewer.enabled",
  ]);
});

test("the panel list filters by name, specialty, account and credential status, sorts and pages", async () => {
  const admin = await createStaff("ADMIN");
  const token = unique("Zeta").replace("-", "");
  const make = async (suffix: string, options: Parameters<typeof recordReviewer>[1], hours: number) => {
    const r = await recordReviewer(admin, options);
    await db().user.update({ where: { id: r.userId }, data: { name: `Dr. ${token} ${suffix}` } });
    await db().reviewerProfile.update({ where: { id: r.reviewerId }, data: { hoursPerWeek: hours } });
    return r;
  };
  const a = await make("Alpha", { specialtyCode: "PAIN" }, 40);
  const b = await make("Bravo", { verify: false }, 30);
  const c = await make("Charlie", { licenseExpires: isoInDays(20) }, 24);
  await setReviewerDisabled({ actor: admin, input: { reviewerId: c.reviewerId, disabled: true } });

  const ids = async (query: Record<string, unknown>) =>
    (await listReviewers({ actor: admin, query: { q: token, ...query } })).rows.map((r) => r.id);
  expect(await ids({})).toEqual([a.reviewerId, b.reviewerId, c.reviewerId]);
  expect(await ids({ sort: "hoursPerWeek", dir: "asc" })).toEqual([c.reviewerId, b.reviewerId, a.reviewerId]);
  expect(await ids({ specialty: "PAIN" })).toEqual([a.reviewerId]);
  expect(await ids({ account: "disabled" })).toEqual([c.reviewerId]);
  expect(await ids({ account: "active" })).toEqual([a.reviewerId, b.reviewerId]);
  expect(await ids({ credentials: "unverified" })).toEqual([b.reviewerId]);
  expect(await ids({ credentials: "expiring" })).toEqual([c.reviewerId]);
  expect(await ids({ credentials: "expired" })).toEqual([]);
  const paged = await listReviewers({ actor: admin, query: { q: token, pageSize: 5, page: 1 } });
  expect(paged).toMatchObject({ total: 3, page: 1, pageSize: 5 });
  const row = paged.rows.find((r) => r.id === a.reviewerId)!;
  expect(row.certifications.map((x) => x.specialtyCode)).toEqual(["PAIN"]);

  const { reviewer, history } = await getReviewer({ actor: admin, reviewerId: b.reviewerId });
  expect(reviewer.licenses[0].verifiedAt).toBeNull();
  expect(history.map((h) => h.action)).toEqual(["credential.added", "credential.added", "reviewer.created"]);
  expect(history[0].actorName).toBe(admin.name);
});

test("credentials expiring in the next 30, 60 or 90 days, and those expired", async () => {
  const admin = await createStaff("ADMIN");
  const r = await recordReviewer(admin, { licenseExpires: isoInDays(10), certificationExpires: isoInDays(45) });
  await addLicense({
    actor: admin,
    input: { reviewerId: r.reviewerId, state: "NV", number: unique("NV"), status: "ACTIVE", expiresOn: isoInDays(80) },
  });
  await addLicense({
    actor: admin,
    input: { reviewerId: r.reviewerId, state: "OR", number: unique("OR"), status: "ACTIVE", expiresOn: isoInDays(-3) },
  });
  await addLicense({
    actor: admin,
    input: { reviewerId: r.reviewerId, state: "AZ", number: unique("AZ"), status: "ACTIVE", expiresOn: isoInDays(91) },
  });
  const mine = async (window: string) => {
    const list = await listExpiringCredentials({ actor: admin, query: { window, pageSize: 100 } });
    return list.rows.filter((row) => row.reviewerId === r.reviewerId).map((row) => [row.kind, row.daysLeft]);
  };
  expect(await mine("30")).toEqual([["license", 10]]);
  expect(await mine("60")).toEqual([
    ["license", 10],
    ["certification", 45],
  ]);
  expect(await mine("90")).toEqual([
    ["license", 10],
    ["certification", 45],
    ["license", 80],
  ]);
  expect(await mine("expired")).toEqual([["license", -3]]);

  const page1 = await listExpiringCredentials({ actor: admin, query: { window: "90", pageSize: 5 } });
  const all = await listExpiringCredentials({ actor: admin, query: { window: "90", pageSize: 100 } });
  expect(page1.rows).toEqual(all.rows.slice(0, 5));
  expect(page1.total).toBe(all.rows.length);
});

test("similar specialties are stored both ways and removed both ways, and change who qualifies", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake, { specialtyCode: "PLAS" });
  const rheumatologist = await recordReviewer(admin, { specialtyCode: "RHEUM" });
  expect((await verdictOf(kase.caseId, rheumatologist.reviewerId)).qualified).toBe(false);

  await addSimilarSpecialty({ actor: admin, input: { specialtyCode: "RHEUM", similarCode: "PLAS" } });
  const pairs = await db().specialtySimilarity.findMany({
    where: { OR: [{ specialtyCode: "PLAS" }, { similarCode: "PLAS" }] },
  });
  expect(pairs.map((p) => `${p.specialtyCode}~${p.similarCode}`).sort()).toEqual(["PLAS~RHEUM", "RHEUM~PLAS"]);
  await expect(
    addSimilarSpecialty({ actor: admin, input: { specialtyCode: "PLAS", similarCode: "RHEUM" } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(
    addSimilarSpecialty({ actor: admin, input: { specialtyCode: "PLAS", similarCode: "PLAS" } }),
  ).rejects.toBeInstanceOf(z.ZodError);
  const verdict = await verdictOf(kase.caseId, rheumatologist.reviewerId);
  expect(verdict.qualified).toBe(true);
  expect(verdict.scoreParts[0].explanation).toBe("Similar specialty: certified in RHEUM, the case is PLAS (+15)");
  const table = await getSpecialtyTable({ actor: admin });
  expect(table.specialties.find((s) => s.code === "PLAS")!.similar.map((s) => s.code)).toEqual(["RHEUM"]);
  expect(table.pairs.filter(([a, b]) => [a.code, b.code].includes("PLAS")).map(([a, b]) => [a.code, b.code])).toEqual([
    ["PLAS", "RHEUM"],
  ]);

  await removeSimilarSpecialty({ actor: admin, input: { specialtyCode: "PLAS", similarCode: "RHEUM" } });
  expect(
    await db().specialtySimilarity.count({ where: { OR: [{ specialtyCode: "PLAS" }, { similarCode: "PLAS" }] } }),
  ).toBe(0);
  await expect(
    removeSimilarSpecialty({ actor: admin, input: { specialtyCode: "PLAS", similarCode: "RHEUM" } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await verdictOf(kase.caseId, rheumatologist.reviewerId)).qualified).toBe(false);
});
