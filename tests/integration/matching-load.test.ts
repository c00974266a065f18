// The matching loader on the real database: one case against a panel that holds one
// reviewer per rule (credentials, verification, leave, capacity, conflicts by name and by
// NPI, an appealed earlier review), the workload read from assignments, the settings, and
// the ranking of the qualified ones.
import { db, closeDb } from "@/lib/db/client.ts";
import { screenCaseCandidates } from "@/lib/cases/matching-data/screen-case-candidates.ts";
import { loadWaitingCases } from "@/lib/cases/matching-data/load-matching-data.ts";
import { planAutoAssignment } from "@/lib/cases/matching-data/plan-assignments.ts";
import { MATCHING_SETTING_KEYS } from "@/lib/matching/matching-settings.ts";
import type { CandidateVerdict } from "@/lib/matching/qualify-reviewer.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import {
  addAssignment,
  addLeave,
  addParty,
  daysFromNow,
  markAsNewReviewOf,
  setCapacity,
  unverifyLicenses,
} from "../factories/matching.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

const UR_REVIEWER_NPI = "1588667638";

async function scenario() {
  const intake = await createStaff("INTAKE");
  const [kase, prior, ...workCases] = await Promise.all([
    createTestCase(intake),
    createTestCase(intake),
    createTestCase(intake),
    createTestCase(intake),
    createTestCase(intake),
    createTestCase(intake),
  ]);
  await addParty(kase.caseId, "FACILITY", "St. Mary's Surgery Center");
  await addParty(kase.caseId, "UR_REVIEWER", "Dr. Una Reviewer", UR_REVIEWER_NPI);

  const r = {
    idle: await createReviewer(),
    busy: await createReviewer(),
    similar: await createReviewer({ specialty: "PAIN" }),
    nevada: await createReviewer({ state: "NV" }),
    unverified: await createReviewer(),
    onLeave: await createReviewer(),
    full: await createReviewer(),
    facility: await createReviewer({ affiliations: [{ kind: "FACILITY", name: "ST MARYS SURGERY CENTER" }] }),
    urReviewer: await createReviewer({
      affiliations: [{ kind: "PHYSICIAN", name: "Westside Pain Partners", identifier: UR_REVIEWER_NPI }],
    }),
    prior: await createReviewer(),
  };
  // busy: 3 open cases assigned this week, one review completed in 48 hours, one declined (not counted)
  for (const c of workCases.slice(0, 3))
    await addAssignment({ caseId: c.caseId, reviewerId: r.busy.reviewerId!, status: "ACTIVE" });
  await addAssignment({
    caseId: workCases[3].caseId,
    reviewerId: r.busy.reviewerId!,
    status: "COMPLETED",
    assignedAt: daysFromNow(-20),
    endedAt: daysFromNow(-18),
  });
  await addAssignment({ caseId: workCases[3].caseId, reviewerId: r.busy.reviewerId!, status: "DECLINED" });
  await unverifyLicenses(r.unverified.reviewerId!);
  await addLeave(r.onLeave.reviewerId!, 5, 9);
  await setCapacity(r.full.reviewerId!, { maxOpenCases: 1 });
  await addAssignment({ caseId: workCases[0].caseId, reviewerId: r.full.reviewerId!, status: "OFFERED" });
  await addAssignment({
    caseId: prior.caseId,
    reviewerId: r.prior.reviewerId!,
    status: "COMPLETED",
    assignedAt: daysFromNow(-60),
    endedAt: daysFromNow(-50),
  });
  await markAsNewReviewOf(kase.caseId, prior.caseId);
  return { kase, r };
}

const mine = (verdicts: CandidateVerdict[], ids: string[]) => verdicts.filter((v) => ids.includes(v.reviewerId));
const codesOf = (verdicts: CandidateVerdict[], id: string) =>
  verdicts.find((v) => v.reviewerId === id)!.reasons.map((x) => x.code);

test("screens every rule from the database and ranks the qualified reviewers", async () => {
  const { kase, r } = await scenario();
  const ids = Object.values(r).map((a) => a.reviewerId!);
  const verdicts = mine(await screenCaseCandidates(kase.caseId), ids);

  expect(verdicts.filter((v) => v.qualified).map((v) => v.reviewerId)).toEqual([
    r.idle.reviewerId,
    r.busy.reviewerId,
    r.similar.reviewerId,
  ]);
  expect(codesOf(verdicts, r.nevada.reviewerId!)).toEqual(["NO_VALID_LICENSE"]);
  expect(codesOf(verdicts, r.unverified.reviewerId!)).toEqual(["UNVERIFIED_CREDENTIAL"]);
  expect(codesOf(verdicts, r.onLeave.reviewerId!)).toEqual(["ON_LEAVE"]);
  expect(codesOf(verdicts, r.full.reviewerId!)).toEqual(["AT_CAPACITY"]);
  expect(codesOf(verdicts, r.facility.reviewerId!)).toEqual(["CONFLICT_OF_INTEREST"]);
  expect(codesOf(verdicts, r.urReviewer.reviewerId!)).toEqual(["CONFLICT_OF_INTEREST"]);
  expect(codesOf(verdicts, r.prior.reviewerId!)).toEqual(["PRIOR_REVIEWER"]);
  expect(verdicts.find((v) => v.reviewerId === r.facility.reviewerId)!.reasons[0].message).toMatch(
    /^Affiliated with the facility where the treatment would be given \(ST MARYS SURGERY CENTER; Same name .+\)\.$/,
  );

  const busy = verdicts.find((v) => v.reviewerId === r.busy.reviewerId)!;
  expect(busy.scoreParts.map((p) => p.explanation)).toEqual([
    "Exact specialty match (+40)",
    "California license (+20)",
    "3 of 10 open cases (+14)",
    "3 cases in the last 7 days (\u22129)",
    "Median turnaround 2.0 days (+10)",
  ]);
  expect(busy.score).toBe(75);
  const idle = verdicts.find((v) => v.reviewerId === r.idle.reviewerId)!;
  expect(idle.score).toBe(85);
  expect(verdicts.find((v) => v.reviewerId === r.nevada.reviewerId)!).toMatchObject({ score: null, scoreParts: [] });
});

test("reads the license-state and hours settings (changed inside a transaction that is rolled back)", async () => {
  const { kase, r } = await scenario();
  const rollback = new Error("rollback");
  await expect(
    db().$transaction(async (tx) => {
      await tx.setting.create({ data: { key: MATCHING_SETTING_KEYS.acceptedLicenseStates, value: ["CA", "NV"] } });
      await tx.setting.create({ data: { key: MATCHING_SETTING_KEYS.minHoursPerWeek, value: 40 } });
      const verdicts = mine(await screenCaseCandidates(kase.caseId, tx), [r.nevada.reviewerId!, r.idle.reviewerId!]);
      expect(codesOf(verdicts, r.nevada.reviewerId!)).toEqual(["TOO_FEW_HOURS"]);
      expect(verdicts.find((v) => v.reviewerId === r.nevada.reviewerId)!.reasons[0].message).toBe(
        "Active practice 30 h/week, under the 40 required.",
      );
      throw rollback;
    }),
  ).rejects.toBe(rollback);
  expect(await db().setting.count({ where: { key: { startsWith: "matching." } } })).toBe(0);
});

test("loads waiting cases with the reviewers of their appealed earlier reviews, and auto-assign picks the best", async () => {
  const intake = await createStaff("INTAKE");
  const [first, second, third] = await Promise.all([
    createTestCase(intake, { specialtyCode: "RHEUM" }),
    createTestCase(intake, { specialtyCode: "RHEUM" }),
    createTestCase(intake, { specialtyCode: "RHEUM" }),
  ]);
  const [a, b, c] = [
    await createReviewer({ specialty: "RHEUM" }),
    await createReviewer({ specialty: "RHEUM" }),
    await createReviewer({ specialty: "RHEUM" }),
  ];
  await addAssignment({
    caseId: first.caseId,
    reviewerId: a.reviewerId!,
    status: "COMPLETED",
    assignedAt: daysFromNow(-90),
    endedAt: daysFromNow(-80),
  });
  await addAssignment({
    caseId: second.caseId,
    reviewerId: b.reviewerId!,
    status: "COMPLETED",
    assignedAt: daysFromNow(-40),
    endedAt: daysFromNow(-35),
  });
  await markAsNewReviewOf(second.caseId, first.caseId);
  await markAsNewReviewOf(third.caseId, second.caseId);
  await db().case.updateMany({ where: { id: { in: [first.caseId, second.caseId] } }, data: { status: "DECIDED" } });
  await addAssignment({ caseId: (await createTestCase(intake)).caseId, reviewerId: c.reviewerId!, status: "ACTIVE" });

  const waiting = await loadWaitingCases();
  const loaded = waiting.find((w) => w.caseId === third.caseId)!;
  expect(loaded.priorReviewerIds).toEqual([a.reviewerId, b.reviewerId].sort());
  expect(loaded).toMatchObject({ specialtyCode: "RHEUM", similarSpecialtyCodes: [], reviewType: "STANDARD" });
  expect(waiting.some((w) => w.caseId === first.caseId)).toBe(false);

  const choice = await planAutoAssignment(third.caseId);
  expect(choice.kind === "chosen" && choice.candidate.reviewerId).toBe(c.reviewerId);
});
