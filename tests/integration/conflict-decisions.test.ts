// The conflict screen on the real database (Labor Code 139.5(d); 8 CCR 9792.10.5): a reviewer
// whose affiliation is a party written differently (an abbreviation) is excluded; one whose
// affiliation may be a party (a distinctive word alone) is held back until an administrator
// answers, and neither auto-assign nor a manual offer reaches them meanwhile; the answer is
// stored and audited, refused to anyone but an administrator, and changes nothing when refused.
import { db, closeDb } from "@/lib/db/client.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { screenForOffer } from "@/lib/cases/case-candidates.ts";
import { decidePossibleConflict } from "@/lib/cases/decide-possible-conflict.ts";
import { AppError } from "@/lib/errors.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties, unique } from "../factories/index.ts";
import { createSpecialty } from "../factories/reviewers.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

async function setting() {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const specialty = await createSpecialty();
  const word = `Zenquist${unique("x").slice(2, 8).replace(/\d/g, "q")}`;
  const claimsAdministrator = `${word} Insurance Services Company`;
  const [abbreviated, possible] = await Promise.all([
    createReviewer({ specialty, affiliations: [{ kind: "CLAIMS_ADMINISTRATOR", name: `${word} Ins. Svcs., Inc.` }] }),
    createReviewer({ specialty, affiliations: [{ kind: "CLAIMS_ADMINISTRATOR", name: word }] }),
  ]);
  const kase = await createTestCase(intake, { specialtyCode: specialty, claimsAdministratorName: claimsAdministrator });
  return { intake, admin, abbreviated, possible, kase, word, claimsAdministrator };
}

const screen = (caseId: string) => db().$transaction((tx) => screenForOffer(tx, caseId));
const codesOf = async (caseId: string, reviewerId: string) =>
  (await screen(caseId)).find((c) => c.reviewerId === reviewerId)!.reasons.map((r) => r.code);
const openTie = async (caseId: string, reviewerId: string) =>
  (await screen(caseId)).find((c) => c.reviewerId === reviewerId)!.reasons.find((r) => r.code === "POSSIBLE_CONFLICT")!
    .possibleConflict!;

test("an abbreviated name is a conflict; a word alone needs confirmation, and nobody is offered the case meanwhile", async () => {
  const { admin, abbreviated, possible, kase, word, claimsAdministrator } = await setting();
  expect(await codesOf(kase.caseId, abbreviated.reviewerId!)).toEqual(["CONFLICT_OF_INTEREST"]);
  expect(await codesOf(kase.caseId, possible.reviewerId!)).toEqual(["POSSIBLE_CONFLICT"]);
  const tie = await openTie(kase.caseId, possible.reviewerId!);
  expect(tie).toMatchObject({
    affiliationName: word,
    partyName: claimsAdministrator,
    partyLabel: "the claims administrator",
  });

  await expect(autoAssignCase({ actor: admin, input: { caseId: kase.caseId } })).rejects.toThrow(AppError);
  await expect(
    assignReviewer({ actor: admin, input: { caseId: kase.caseId, reviewerId: possible.reviewerId, reason: "Try" } }),
  ).rejects.toThrow(/not qualified/);
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("READY_FOR_ASSIGNMENT");

  // dismissed: the reviewer is a candidate again, and auto-assign offers them the case
  const { decisionId } = await decidePossibleConflict({
    actor: admin,
    input: {
      caseId: kase.caseId,
      reviewerId: possible.reviewerId,
      pairKey: tie.pairKey,
      resolution: "DISMISSED",
      reason: "Different company: checked its FEIN.",
    },
  });
  expect(await db().conflictDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({
    resolution: "DISMISSED",
    decidedById: admin.userId,
    partyName: claimsAdministrator,
  });
  expect(
    await db().auditEvent.findFirstOrThrow({ where: { caseId: kase.caseId, action: "conflict.dismissed" } }),
  ).toMatchObject({
    actorId: admin.userId,
    payload: { reviewerId: possible.reviewerId, affiliationName: word, reason: "Different company: checked its FEIN." },
  });
  expect(await codesOf(kase.caseId, possible.reviewerId!)).toEqual([]);
  const offer = await autoAssignCase({ actor: admin, input: { caseId: kase.caseId } });
  expect(offer.reviewerId).toBe(possible.reviewerId);
});

test("a confirmed possible conflict excludes the reviewer, with the reason", async () => {
  const { admin, possible, kase } = await setting();
  const tie = await openTie(kase.caseId, possible.reviewerId!);
  await decidePossibleConflict({
    actor: admin,
    input: {
      caseId: kase.caseId,
      reviewerId: possible.reviewerId,
      pairKey: tie.pairKey,
      resolution: "CONFIRMED",
      reason: "Same company.",
    },
  });
  const reasons = (await screen(kase.caseId)).find((c) => c.reviewerId === possible.reviewerId)!.reasons;
  expect(reasons.map((r) => r.code)).toEqual(["CONFLICT_OF_INTEREST"]);
  expect(reasons[0].message).toContain("confirmed by an administrator");
  // answered once: the same pair cannot be answered again
  await expect(
    decidePossibleConflict({
      actor: admin,
      input: {
        caseId: kase.caseId,
        reviewerId: possible.reviewerId,
        pairKey: tie.pairKey,
        resolution: "DISMISSED",
        reason: "Changed my mind.",
      },
    }),
  ).rejects.toThrow(/no longer open/);
});

test.each<
  [
    string,
    (w: Awaited<ReturnType<typeof setting>>) => Parameters<typeof decidePossibleConflict>[0]["actor"],
    (w: Awaited<ReturnType<typeof setting>>, pairKey: string) => unknown,
    RegExp | typeof AppError,
  ]
>([
  [
    "intake may not answer",
    (w) => w.intake,
    (w, pairKey) => ({
      caseId: w.kase.caseId,
      reviewerId: w.possible.reviewerId,
      pairKey,
      resolution: "DISMISSED",
      reason: "Fine.",
    }),
    /permission/,
  ],
  [
    "the reviewer may not answer for themself",
    (w) => w.possible,
    (w, pairKey) => ({
      caseId: w.kase.caseId,
      reviewerId: w.possible.reviewerId,
      pairKey,
      resolution: "DISMISSED",
      reason: "Fine.",
    }),
    /permission/,
  ],
  [
    "no one signed in",
    () => null,
    (w, pairKey) => ({
      caseId: w.kase.caseId,
      reviewerId: w.possible.reviewerId,
      pairKey,
      resolution: "DISMISSED",
      reason: "Fine.",
    }),
    /sign in/,
  ],
  [
    "a reason is required",
    (w) => w.admin,
    (w, pairKey) => ({
      caseId: w.kase.caseId,
      reviewerId: w.possible.reviewerId,
      pairKey,
      resolution: "DISMISSED",
      reason: " ",
    }),
    /reason/,
  ],
  [
    "a pair that is not open",
    (w) => w.admin,
    (w) => ({
      caseId: w.kase.caseId,
      reviewerId: w.possible.reviewerId,
      pairKey: "someone|the employee|else",
      resolution: "DISMISSED",
      reason: "Fine.",
    }),
    /no longer open/,
  ],
  [
    "the tie of another reviewer",
    (w) => w.admin,
    (w, pairKey) => ({
      caseId: w.kase.caseId,
      reviewerId: w.abbreviated.reviewerId,
      pairKey,
      resolution: "DISMISSED",
      reason: "Fine.",
    }),
    /no longer open/,
  ],
  [
    "an unknown resolution",
    (w) => w.admin,
    (w, pairKey) => ({
      caseId: w.kase.caseId,
      reviewerId: w.possible.reviewerId,
      pairKey,
      resolution: "MAYBE",
      reason: "Fine.",
    }),
    /confirm or dismiss/,
  ],
])("refused: %s, and nothing changes", async (_label, actorOf, inputOf, error) => {
  const w = await setting();
  const tie = await openTie(w.kase.caseId, w.possible.reviewerId!);
  await expect(decidePossibleConflict({ actor: actorOf(w), input: inputOf(w, tie.pairKey) })).rejects.toThrow(
    error as RegExp,
  );
  expect(await db().conflictDecision.count({ where: { caseId: w.kase.caseId } })).toBe(0);
  expect(
    await db().auditEvent.count({
      where: { caseId: w.kase.caseId, action: { in: ["conflict.confirmed", "conflict.dismissed"] } },
    }),
  ).toBe(0);
  expect(await codesOf(w.kase.caseId, w.possible.reviewerId!)).toEqual(["POSSIBLE_CONFLICT"]);
});
