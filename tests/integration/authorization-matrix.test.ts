// Role x action x ownership: every use case behind a page, action or route, called by each
// kind of actor. A denial returns no data and changes nothing (row counts are compared).
import { db, closeDb } from "@/lib/db/client.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";

import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { applicationInput, completeDecisions, createReviewer, createStaff, createTestCase, ensureSpecialties, issueDetermination } from "../factories/index.ts";

type ActorKey = "anonymous" | "intake" | "admin" | "assignedReviewer" | "otherReviewer" | "ownParty" | "otherParty";
type World = Record<ActorKey, Actor | null> & { assignedCaseId: string; readyCaseId: string; letterId: string; freeReviewerId: string; itemIds: { id: string }[] };

let world: World;

beforeAll(async () => {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const [assignedReviewer, otherReviewer, freeReviewer] = await Promise.all([createReviewer(), createReviewer(), createReviewer()]);
  const assigned = await createTestCase(intake);
  const decided = await createTestCase(intake);
  const ready = await createTestCase(intake);
  await assignReviewer({ actor: admin, input: { caseId: assigned.caseId, reviewerId: assignedReviewer.reviewerId } });
  await assignReviewer({ actor: admin, input: { caseId: decided.caseId, reviewerId: assignedReviewer.reviewerId } });
  const { letterId } = await issueDetermination(assignedReviewer, admin, decided.caseId);
  const parties = await db().party.findMany({ where: { caseId: { in: [decided.caseId, ready.caseId] }, role: "EMPLOYEE" } });
  const meta = { ip: "127.0.0.1", userAgent: "jest" };
  const partyOf = (caseId: string) => ({ kind: "party" as const, partyId: parties.find((p) => p.caseId === caseId)!.id, caseId, meta });
  world = {
    anonymous: null, intake, admin, assignedReviewer, otherReviewer,
    ownParty: partyOf(decided.caseId), otherParty: partyOf(ready.caseId),
    assignedCaseId: assigned.caseId, readyCaseId: ready.caseId, letterId, freeReviewerId: freeReviewer.reviewerId!,
    itemIds: await db().disputedItem.findMany({ where: { caseId: assigned.caseId }, select: { id: true } }),
  };
});
afterAll(closeDb);

const ACTIONS: Record<string, (actor: Actor | null) => Promise<unknown>> = {
  "cases.create": (actor) => createCase({ actor, input: applicationInput() }),
  "cases.list": (actor) => listCases({ actor, query: {} }),
  "cases.read (assigned case)": (actor) => getCase({ actor, caseId: world.assignedCaseId }),
  "cases.assign": (actor) => assignReviewer({ actor, input: { caseId: world.readyCaseId, reviewerId: world.freeReviewerId } }),
  "determinations.draft": (actor) => saveDeterminationDraft({ actor, input: completeDecisions(world.assignedCaseId, world.itemIds) }),
  "letters.download": (actor) => downloadLetter({ actor, documentId: world.letterId }),
};

// allowed: the call succeeds; everything else must be refused.
const ALLOWED: Record<string, ActorKey[]> = {
  "cases.create": ["intake", "admin"],
  "cases.list": ["intake", "admin", "assignedReviewer", "otherReviewer"],
  "cases.read (assigned case)": ["intake", "admin", "assignedReviewer"],
  "cases.assign": ["admin"],
  "determinations.draft": ["assignedReviewer"],
  "letters.download": ["intake", "admin", "assignedReviewer", "ownParty"],
};

const ACTORS: ActorKey[] = ["anonymous", "intake", "admin", "assignedReviewer", "otherReviewer", "ownParty", "otherParty"];
const DENIALS = Object.keys(ACTIONS).flatMap((action) => ACTORS.filter((a) => !ALLOWED[action].includes(a)).map((actor) => [action, actor] as const));
const GRANTS = Object.keys(ACTIONS).flatMap((action) => ALLOWED[action].map((actor) => [action, actor] as const));

async function rowCounts() {
  const p = db();
  const [cases, assignments, determinations, documents, items, audit] = await Promise.all([
    p.case.count(), p.assignment.count(), p.determination.count(), p.document.count(), p.determinationItem.count({ where: { rationale: { not: "" } } }), p.auditEvent.count(),
  ]);
  return { cases, assignments, determinations, documents, items, audit };
}

describe("denials return no data and change nothing", () => {
  test.each(DENIALS)("%s by %s is refused", async (action, actorKey) => {
    const before = await rowCounts();
    const outcome = await ACTIONS[action](world[actorKey]).then((data) => ({ data }), (error: unknown) => ({ error }));
    expect(outcome).toHaveProperty("error");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("grants", () => {
  test.each(GRANTS)("%s by %s succeeds", async (action, actorKey) => {
    await expect(ACTIONS[action](world[actorKey])).resolves.toBeDefined();
  });

  test("a reviewer's case list holds only their own cases", async () => {
    const own = await listCases({ actor: world.assignedReviewer, query: { pageSize: 100 } });
    const other = await listCases({ actor: world.otherReviewer, query: { pageSize: 100 } });
    expect(own.rows.map((r) => r.id)).toContain(world.assignedCaseId);
    expect(other.total).toBe(0);
  });
});
