// Intake's list of requests for information not answered by their due date, across cases
// (lib/information-requests/overdue-information-requests.ts): overdue on the California
// calendar, late by California days, most overdue first, only unanswered requests on cases
// still open to documents, for intake and administrators only.
import { db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { sendInformationRequest } from "@/lib/information-requests/send-information-request.ts";
import { listOverdueInformationRequests } from "@/lib/information-requests/overdue-information-requests.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties, unique } from "../factories/index.ts";

let intake: StaffActor;
let kase: Awaited<ReturnType<typeof createTestCase>>;
let earlier: string, later: string;

/** A request to the case's first party, sent at `sentAt`. */
async function ask(caseId: string, sentAt: string, question: string): Promise<string> {
  const party = await db().party.findFirstOrThrow({ where: { caseId }, orderBy: { role: "asc" } });
  const sent = await sendInformationRequest({
    actor: intake,
    input: { caseId, partyId: party.id, question },
    now: new Date(sentAt),
  });
  return sent.requestId;
}

/** The ids and days late this list shows for `caseIds` at `now`, in its order. */
async function listed(now: string, caseIds: string[], actor: StaffActor = intake) {
  const { rows } = await listOverdueInformationRequests({ actor, pageSize: 100, now: new Date(now) });
  return rows.filter((r) => caseIds.includes(r.case.id)).map((r) => [r.id, r.daysLate]);
}

beforeAll(async () => {
  await ensureSpecialties();
  intake = await createStaff("INTAKE");
  kase = await createTestCase(intake);
  // sent on Friday December 4 and Monday December 7, 2026: due (5 business days) on
  // Friday December 11 and Monday December 14, at the end of the California day
  earlier = await ask(kase.caseId, "2026-12-04T18:00:00Z", "Please send the work status report of May.");
  later = await ask(kase.caseId, "2026-12-07T18:00:00Z", "Please send the imaging report.");
});

test.each([
  ["on the due date, in the afternoon", "2026-12-11T22:00:00Z", []],
  ["11:30 PM on the due date in California (the next day in UTC)", "2026-12-12T07:30:00Z", []],
  ["1 AM the day after the due date in California", "2026-12-12T09:00:00Z", [["earlier", 1]]],
  [
    "the Tuesday after",
    "2026-12-15T18:00:00Z",
    [
      ["earlier", 4],
      ["later", 1],
    ],
  ],
  [
    "a week later: most overdue first",
    "2026-12-21T18:00:00Z",
    [
      ["earlier", 10],
      ["later", 7],
    ],
  ],
])("%s", async (_when, now, expected) => {
  const ids: Record<string, string> = { earlier, later };
  expect(await listed(now, [kase.caseId])).toEqual(expected.map(([name, days]) => [ids[name as string], days]));
});

test("an answered request, and a request on a closed case, are not chased", async () => {
  const other = await createTestCase(intake);
  const onClosed = await ask(other.caseId, "2026-12-04T18:00:00Z", "Please send the discharge summary.");
  expect(await listed("2026-12-15T18:00:00Z", [other.caseId])).toEqual([[onClosed, 4]]);
  await db().case.update({ where: { id: other.caseId }, data: { status: "TERMINATED" } });
  expect(await listed("2026-12-15T18:00:00Z", [other.caseId])).toEqual([]);

  const third = await createTestCase(intake);
  const answered = await ask(third.caseId, "2026-12-04T18:00:00Z", "Please send the operative report.");
  expect(await listed("2026-12-15T18:00:00Z", [third.caseId])).toEqual([[answered, 4]]);
  await db().informationRequest.update({
    where: { id: answered },
    data: { answeredAt: new Date("2026-12-15T17:00:00Z"), answerText: "Sent by mail." },
  });
  expect(await listed("2026-12-15T18:00:00Z", [third.caseId])).toEqual([]);
});

test("each row says whom to chase and about what", async () => {
  const { rows } = await listOverdueInformationRequests({
    actor: intake,
    pageSize: 100,
    now: new Date("2026-12-15T18:00:00Z"),
  });
  const row = rows.find((r) => r.id === earlier)!;
  const party = await db().party.findFirstOrThrow({ where: { caseId: kase.caseId }, orderBy: { role: "asc" } });
  expect(row).toMatchObject({
    case: { id: kase.caseId, caseNumber: kase.caseNumber },
    partyRole: party.role,
    partyName: party.name,
    question: "Please send the work status report of May.",
    dueAt: new Date("2026-12-12T07:59:59.999Z"),
  });
});

test("intake and administrators only", async () => {
  const admin = await createStaff("ADMIN");
  expect(await listed("2026-12-15T18:00:00Z", [kase.caseId], admin)).toHaveLength(2);
  await expect(
    listOverdueInformationRequests({ actor: await createReviewer(), now: new Date("2026-12-15T18:00:00Z") }),
  ).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(listOverdueInformationRequests({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
});

test("the hourly sweep reminds the party once, in English and Spanish, without the question", async () => {
  const { sweepReminders } = await import("@/lib/notifications/sweep-reminders.ts");
  const reminded = await createTestCase(intake, {
    employeeEmail: `${unique("emp")}@party.test`,
    employeeServiceMethod: "EMAIL",
    employeeElectronicConsent: true,
  });
  const party = await db().party.findFirstOrThrow({
    where: { caseId: reminded.caseId, email: { not: null }, accessCode: { is: { revokedAt: null } } },
  });
  const sent = await sendInformationRequest({
    actor: intake,
    input: { caseId: reminded.caseId, partyId: party.id, question: "Please send the lumbar MRI report." },
    now: new Date("2026-12-04T18:00:00Z"),
  });
  const reminders = () =>
    db().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `rfi-overdue:${sent.requestId}:` } } });

  await sweepReminders({ now: new Date("2026-12-12T07:30:00Z") }); // 11:30 PM on the due date
  expect(await reminders()).toEqual([]);
  await sweepReminders({ now: new Date("2026-12-12T09:00:00Z") });
  await sweepReminders({ now: new Date("2026-12-12T10:00:00Z") }); // the next hour: not again
  const [mail, ...more] = await reminders();
  expect(more).toEqual([]);
  expect(mail).toMatchObject({ kind: "party.answer_overdue", caseId: reminded.caseId, toAddress: party.email });
  expect(mail.subject).toContain(reminded.caseNumber);
  expect(mail.body).toMatch(/was due on December 11, 2026/);
  expect(mail.body).toMatch(/debía recibirse a más tardar el 11 de diciembre de 2026/);
  expect(mail.body).toContain("/access");
  expect(mail.body).not.toMatch(/MRI|lumbar/);

  // answered meanwhile: a request answered before the sweep is not reminded
  const answeredLate = await sendInformationRequest({
    actor: intake,
    input: { caseId: reminded.caseId, partyId: party.id, question: "Please send the work status report." },
    now: new Date("2026-12-04T18:00:00Z"),
  });
  await db().informationRequest.update({ where: { id: answeredLate.requestId }, data: { answeredAt: new Date() } });
  await sweepReminders({ now: new Date("2026-12-12T11:00:00Z") });
  expect(
    await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `rfi-overdue:${answeredLate.requestId}:` } } }),
  ).toBe(0);
});
