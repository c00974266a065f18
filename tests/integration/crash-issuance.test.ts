// Crash safety of letter issuance: QA approves (the "issue-letter" job is queued), then a
// separate worker process runs that job (the real job runner against this database) and is
// killed with SIGKILL at a seeded random moment between the start and the time a normal
// issuance takes, 20 times. After each kill the case is either fully decided
// (determination ISSUED, its letter stored with a matching sha256 and starting with %PDF,
// assignment completed, publication job, e-mails and audit row) or fully still approved and
// waiting for its letter (none of these), and once the dead worker's lease runs out the job
// is run again and the case ends decided, once. At the end no row belongs to an issue that
// did not happen.
import { jest } from "@jest/globals";
import crypto from "node:crypto";
import { db } from "@/lib/db/client.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { JOB_LEASE_MS, runDueJobs } from "@/lib/jobs/job-runner.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { seededRandom } from "../support/seeded-random.ts";
import { startIssuingChild, type IssuingChild } from "../support/issuing-child.ts";
import {
  acceptOffer,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  offerCase,
  withCaseFileReviewed,
} from "../factories/index.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";

withOwnDatabase("imr_it_crash");
jest.setTimeout(600_000); // about a minute on an idle machine; far longer when the machine is shared

const KILLS = 20;
const WARM_CHILDREN = 3; // children started ahead of their turn
const PARTY_EMAILS = ["employee@crash.test", "physician@crash.test"];

type CaseInQa = { caseId: string; determinationId: string };

const children: IssuingChild[] = [];
// A failing run must not leave warm children waiting: each is ended by its own handle.
afterAll(() => {
  for (const child of children)
    if (child && child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL");
});

async function caseInQa(intake: StaffActor, admin: StaffActor, reviewer: StaffActor): Promise<CaseInQa> {
  const { caseId } = await createTestCase(intake);
  await db().party.updateMany({ where: { caseId, role: "EMPLOYEE" }, data: { email: PARTY_EMAILS[0] } });
  await db().party.updateMany({ where: { caseId, role: "REQUESTING_PHYSICIAN" }, data: { email: PARTY_EMAILS[1] } });
  await offerCase(admin, reviewer, caseId);
  await acceptOffer(reviewer, caseId);
  const items = await db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(caseId, items)),
  });
  await approveDetermination({ actor: admin, input: { determinationId } });
  return { caseId, determinationId };
}

/** Everything issuing writes, read back. */
async function issueState({ caseId, determinationId }: CaseInQa) {
  const [kase, determination, letters, approvals, publishJobs, mails, audits, assignments] = await Promise.all([
    db().case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } }),
    db().determination.findUniqueOrThrow({
      where: { id: determinationId },
      select: { status: true, letterId: true, issuedAt: true },
    }),
    db().document.findMany({ where: { caseId, kind: "DETERMINATION_LETTER" }, include: { content: true } }),
    db().qaReview.count({ where: { determinationId, outcome: "APPROVED" } }),
    db().job.count({ where: { dedupeKey: `publish:${determinationId}` } }),
    db().outboxMessage.findMany({ where: { caseId, kind: "letter.issued" }, select: { toAddress: true } }),
    db().auditEvent.count({ where: { action: "determination.issued", entityId: determinationId } }),
    db().assignment.findMany({ where: { caseId, status: { in: ["ACTIVE", "COMPLETED"] } }, select: { status: true } }),
  ]);
  return {
    kase,
    determination,
    letters,
    approvals,
    publishJobs,
    mails: mails.map((m) => m.toAddress).sort(),
    audits,
    assignments: assignments.map((a) => a.status),
  };
}

type State = Awaited<ReturnType<typeof issueState>>;

function expectDecided(state: State): void {
  expect(state.kase.status).toBe("DECIDED");
  expect(state.determination.status).toBe("ISSUED");
  expect(state.determination.issuedAt).not.toBeNull();
  expect(state.letters).toHaveLength(1);
  const [letter] = state.letters;
  expect(state.determination.letterId).toBe(letter.id);
  const bytes = Buffer.from(letter.content!.bytes);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(crypto.createHash("sha256").update(bytes).digest("hex")).toBe(letter.sha256);
  expect(letter.byteSize).toBe(bytes.length);
  expect({
    approvals: state.approvals,
    publishJobs: state.publishJobs,
    audits: state.audits,
    mails: state.mails,
    assignments: state.assignments,
  }).toEqual({ approvals: 1, publishJobs: 1, audits: 1, mails: PARTY_EMAILS, assignments: ["COMPLETED"] });
}

function expectApprovedNotIssued(state: State): void {
  expect({
    case: state.kase.status,
    determination: state.determination.status,
    letterId: state.determination.letterId,
    issuedAt: state.determination.issuedAt,
    letters: state.letters.length,
    approvals: state.approvals,
    publishJobs: state.publishJobs,
    audits: state.audits,
    mails: state.mails,
    assignments: state.assignments,
  }).toEqual({
    case: "IN_QA",
    determination: "APPROVED",
    letterId: null,
    issuedAt: null,
    letters: 0,
    approvals: 1,
    publishJobs: 0,
    audits: 0,
    mails: [],
    assignments: ["ACTIVE"],
  });
}

/** What a worker does after the dead one's lease ran out: it takes the job again. */
async function runAgainAfterLease({ determinationId }: CaseInQa): Promise<void> {
  const job = await db().job.findUniqueOrThrow({ where: { dedupeKey: `issue:${determinationId}` } });
  if (job.status !== "SUCCEEDED") {
    await runDueJobs({
      workerId: "restarted",
      ids: [job.id],
      now: new Date(Date.now() + JOB_LEASE_MS + 1000),
      limit: 1,
    });
  }
  expect((await db().job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("SUCCEEDED");
}

/** PostgreSQL ends a killed client's session on its own; wait until it has (its transaction is then rolled back or committed). */
async function sessionsEnded(appName: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ count }] = await db().$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) AS count FROM pg_stat_activity WHERE application_name = ${appName} AND datname = current_database()`;
    if (Number(count) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The sessions of ${appName} did not end`);
}

test(`killing the issuing process at ${KILLS} random moments never leaves a case half-issued, and issuing again works`, async () => {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  // Children start before the cases are prepared: a Node process with the PDF renderer takes seconds to start.
  const url = process.env.DATABASE_URL!;
  const startChild = (i: number) => {
    if (i <= KILLS && !children[i]) children[i] = startIssuingChild(url, `imr-crash-${i}`);
  };
  for (let i = 0; i <= WARM_CHILDREN; i++) startChild(i);

  const reviewers = await Promise.all(Array.from({ length: 3 }, () => createReviewer()));
  const cases: CaseInQa[] = [];
  for (let i = 0; i <= KILLS; i++) cases.push(await caseInQa(intake, admin, reviewers[i % reviewers.length]));

  // A normal issuance in a child process: how long it takes, from "go" to committed.
  await children[0].ready;
  startChild(WARM_CHILDREN + 1);
  const started = performance.now();
  children[0].go(cases[0].determinationId);
  const finished = await children[0].done;
  expect(finished).not.toBeNull();
  const normalMs = finished! - started;
  await children[0].exited;
  expectDecided(await issueState(cases[0]));

  const random = seededRandom(4610);
  const outcomes = { decided: 0, approved: 0 };
  for (let i = 1; i <= KILLS; i++) {
    const child = children[i];
    await child.ready;
    startChild(i + WARM_CHILDREN + 1);
    const delay = random() * normalMs;
    child.go(cases[i].determinationId);
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.process.kill("SIGKILL");
    const exit = await child.exited;
    if (exit.signal !== "SIGKILL") expect(exit).toMatchObject({ code: 0 }); // it finished before the kill: it must have succeeded
    await sessionsEnded(child.appName);

    const state = await issueState(cases[i]);
    if (state.kase.status === "DECIDED") {
      outcomes.decided++;
      expectDecided(state);
    } else {
      outcomes.approved++;
      expectApprovedNotIssued(state);
    }
    await runAgainAfterLease(cases[i]);
    expectDecided(await issueState(cases[i]));
    await expect(
      approveDetermination({ actor: admin, input: { determinationId: cases[i].determinationId } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  }
  expect(outcomes.decided + outcomes.approved).toBe(KILLS);

  // Nothing left over from an issue that did not happen.
  const issued = await db().determination.count({ where: { status: "ISSUED" } });
  expect(issued).toBe(KILLS + 1);
  expect(await db().document.count({ where: { kind: "DETERMINATION_LETTER", determination: null } })).toBe(0);
  expect(await db().qaReview.count({ where: { outcome: "APPROVED" } })).toBe(issued);
  expect(await db().job.count({ where: { kind: "publish-decision" } })).toBe(issued);
  expect(await db().auditEvent.count({ where: { action: "determination.issued" } })).toBe(issued);
  expect(await db().outboxMessage.count({ where: { kind: "letter.issued" } })).toBe(issued * PARTY_EMAILS.length);
  expect(await db().job.count({ where: { kind: "issue-letter", status: { not: "SUCCEEDED" } } })).toBe(0);
  console.info(
    `A normal issuance took ${Math.round(normalMs)} ms; of ${KILLS} killed issuances ${outcomes.approved} left the case approved, waiting for its letter, and ${outcomes.decided} had committed.`,
  );
});
