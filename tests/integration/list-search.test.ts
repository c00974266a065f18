// The administrators' lists search names as the case lists do: accents, capitals and
// punctuation ignored (lib/format/search-fold.ts against the columns the database generates).
// Users by name or e-mail, reviewers by name, e-mail or license number; a reviewer's own
// search of open reviews finds only their cases.
import crypto from "node:crypto";
import { closeDb, db } from "@/lib/db/client.ts";
import { listUsers } from "@/lib/users/list-users.ts";
import { listReviewers } from "@/lib/reviewers/list-reviewers.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { addAssignment } from "../factories/matching.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

/** A surname no other test file uses, written with accents. */
const tag = () =>
  crypto
    .randomBytes(3)
    .toString("hex")
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]);

test("users by name whatever the accents, capitals and apostrophes, and by e-mail", async () => {
  const admin = await createStaff("ADMIN");
  const t = tag();
  const intake = await createStaff("INTAKE");
  await db().user.update({
    where: { id: intake.userId },
    data: { name: `Siobhán O'Dálaigh-${t}`, email: `s.odalaigh+${t}@test.imr` },
  });
  const ids = async (q: string) => (await listUsers({ actor: admin, query: { q } })).rows.map((r) => r.id);
  for (const q of [
    `siobhan odalaigh ${t}`,
    `SIOBHÁN O'DÁLAIGH-${t.toUpperCase()}`,
    `O’Dalaigh ${t}`,
    `odalaigh${t}`,
    `s.odalaigh+${t}@test.imr`,
    `odalaigh ${t} test imr`,
  ]) {
    expect([q, await ids(q)]).toEqual([q, [intake.userId]]);
  }
  expect(await ids(`siobhan ${t} murphy`)).toEqual([]);
});

test("reviewers by name whatever the accents and capitals, by e-mail and by license number", async () => {
  const admin = await createStaff("ADMIN");
  const t = tag();
  const reviewer = await createReviewer();
  await db().user.update({ where: { id: reviewer.userId }, data: { name: `Dr. Zoë Ñúñez-Łukasiewicz ${t}` } });
  const license = await db().license.findFirstOrThrow({ where: { reviewerId: reviewer.reviewerId! } });
  const ids = async (q: string) => (await listReviewers({ actor: admin, query: { q } })).rows.map((r) => r.id);
  for (const q of [
    `zoe nunez ${t}`,
    `ZOE NUNEZ-LUKASIEWICZ ${t}`,
    `nunezlukasiewicz ${t}`,
    `dr zoe ${t}`,
    license.number.toLowerCase(),
  ]) {
    expect([q, await ids(q)]).toEqual([q, [reviewer.reviewerId]]);
  }
});

test("a reviewer's search of open reviews finds their case by the employee's name, never another reviewer's", async () => {
  const intake = await createStaff("INTAKE");
  const [me, other] = [await createReviewer(), await createReviewer()];
  const t = tag();
  const mine = await createTestCase(intake, { employeeName: `Renée Gutiérrez ${t}` });
  const theirs = await createTestCase(intake, { employeeName: `René Gutierrez ${t}` });
  await addAssignment({ caseId: mine.caseId, reviewerId: me.reviewerId!, status: "ACTIVE", assignedAt: new Date() });
  await addAssignment({
    caseId: theirs.caseId,
    reviewerId: other.reviewerId!,
    status: "ACTIVE",
    assignedAt: new Date(),
  });
  const found = await listCases({ actor: me, query: { q: `gutierrez ${t}` }, openOnly: true });
  expect(found.rows.map((r) => [r.id, r.employeeName])).toEqual([[mine.caseId, `Renée Gutiérrez ${t}`]]);
});
