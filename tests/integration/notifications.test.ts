// E-mail notifications on the real database, delivered to a local SMTP server started here:
// an offer (manual, automatic, batch, re-match), an acceptance and an issued letter each
// write their outbox rows in the change's own transaction (none when it rolls back);
// delivery sends the right mail to the right address; an unreachable server is retried
// with backoff and then FAILED with its error shown; without SMTP_URL messages wait; the
// reminder sweep writes each reminder once. A database of its own: delivery and the sweep
// take every due row of their database.
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { batchAssignWaitingCases } from "@/lib/cases/batch-assign-waiting-cases.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { throughIntake } from "@/tools/demo/through-intake.ts";
import { getOperationsOverview } from "@/lib/jobs/operations-overview.ts";
import { notifyAcceptance, notifyLetterIssued, notifyOffer } from "@/lib/notifications/case-notifications.ts";
import { deliverDueMessages, OUTBOX_BACKOFF, OUTBOX_MAX_ATTEMPTS } from "@/lib/notifications/deliver-outbox.ts";
import { retryNotification } from "@/lib/notifications/retry-notification.ts";
import { sweepReminders } from "@/lib/notifications/sweep-reminders.ts";
import { retryDelayMs } from "@/lib/jobs/backoff.ts";
import { mailStatus, smtpOptions } from "@/lib/notifications/mail-config.ts";
import * as texts from "@/lib/notifications/message-texts.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { closedPort, startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";
import {
  acceptOffer,
  applicationInput,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  offerCase,
} from "../factories/index.ts";
import { createSpecialty } from "../factories/reviewers.ts";

withOwnDatabase("imr_it_notify");
jest.setTimeout(30_000);

let sink: SmtpSink;
beforeAll(async () => {
  await ensureSpecialties();
  sink = await startSmtpSink();
});
afterAll(() => sink.close());
beforeEach(() => {
  delete process.env.SMTP_URL;
  process.env.MAIL_FROM = "IMR Portal <imr-portal@test.imr>";
});

const outboxOf = (caseId: string, kind?: string) =>
  db().outboxMessage.findMany({ where: { caseId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
const emailOf = async (userId: string) => (await db().user.findUniqueOrThrow({ where: { id: userId } })).email;

async function people(specialty?: string) {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer(specialty ? { specialty } : {});
  return { intake, admin, reviewer };
}

describe("outbox rows written with the change", () => {
  test.each([
    ["a manual", "manual"],
    ["an automatic", "auto"],
    ["a batch", "batch"],
  ] as const)("%s offer writes exactly one e-mail, to the reviewer, with no medical details", async (_label, how) => {
    const specialty = await createSpecialty();
    const { intake, admin, reviewer } = await people(specialty);
    const application = applicationInput({ specialtyCode: specialty });
    const { caseId, caseNumber } = await createCase({ actor: intake, input: application });
    await throughIntake(intake, caseId);
    if (how === "manual") await offerCase(admin, reviewer, caseId);
    if (how === "auto") await autoAssignCase({ actor: admin, input: { caseId } });
    if (how === "batch") await batchAssignWaitingCases({ actor: admin });

    const assignment = await db().assignment.findFirstOrThrow({ where: { caseId, status: "OFFERED" } });
    const rows = await outboxOf(caseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "assignment.offered",
      toAddress: await emailOf(reviewer.userId),
      status: "PENDING",
      dedupeKey: `offer:${assignment.id}`,
    });
    expect(rows[0].subject).toContain(caseNumber);
    for (const secret of [
      application.employeeName,
      application.claimNumber,
      ...application.items,
      application.employerName,
    ]) {
      expect(`${rows[0].subject}\n${rows[0].body}`).not.toContain(secret);
    }
  });

  test("acceptance writes one e-mail to the administrator who offered the case", async () => {
    const { intake, admin, reviewer } = await people();
    const { caseId } = await createTestCase(intake);
    await offerCase(admin, reviewer, caseId);
    await acceptOffer(reviewer, caseId);
    const rows = await outboxOf(caseId, "assignment.accepted");
    expect(rows).toHaveLength(1);
    expect(rows[0].toAddress).toBe(await emailOf(admin.userId));
    expect(rows[0].body).toContain(reviewer.name);
  });

  test("acceptance of an offer the system made (re-match after a decline) goes to every active administrator", async () => {
    const specialty = await createSpecialty();
    const { intake, admin, reviewer } = await people(specialty);
    const second = await createReviewer({ specialty });
    const disabledAdmin = await createStaff("ADMIN");
    await db().user.update({ where: { id: disabledAdmin.userId }, data: { disabledAt: new Date() } });
    const { caseId } = await createTestCase(intake, { specialtyCode: specialty });
    await offerCase(admin, reviewer, caseId);
    const offer = await db().assignment.findFirstOrThrow({ where: { caseId, reviewerId: reviewer.reviewerId! } });
    const declined = await respondToOffer({
      actor: reviewer,
      input: { assignmentId: offer.id, response: "DECLINE", reason: "Scheduling conflict this month" },
    });
    expect(declined).toMatchObject({ reoffered: true });
    await acceptOffer(second, caseId);

    const admins = (await db().user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { email: true } }))
      .map((u) => u.email)
      .sort();
    const rows = await outboxOf(caseId, "assignment.accepted");
    expect(rows.map((r) => r.toAddress).sort()).toEqual(admins);
    expect(rows.map((r) => r.toAddress)).not.toContain(await emailOf(disabledAdmin.userId));
    expect((await outboxOf(caseId, "assignment.offered")).map((r) => r.toAddress).sort()).toEqual(
      [await emailOf(reviewer.userId), await emailOf(second.userId)].sort(),
    );
  });

  test("an issued letter writes one e-mail per party with an address and a live code, without the code or the decision", async () => {
    const { intake, admin, reviewer } = await people();
    const { caseId, caseNumber, accessCodes } = await createTestCase(intake);
    const parties = await db().party.findMany({ where: { caseId }, include: { accessCode: true } });
    const employee = parties.find((p) => p.role === "EMPLOYEE")!;
    const physician = parties.find((p) => p.role === "REQUESTING_PHYSICIAN")!;
    const claims = parties.find((p) => p.role === "CLAIMS_ADMINISTRATOR")!;
    const employer = parties.find((p) => p.role === "EMPLOYER")!;
    await db().party.update({ where: { id: employee.id }, data: { email: "employee@party.test" } });
    await db().party.update({ where: { id: physician.id }, data: { email: "physician@party.test" } });
    await db().party.update({ where: { id: claims.id }, data: { email: "claims@party.test" } });
    await db().party.update({ where: { id: employer.id }, data: { email: "employer@party.test" } }); // no access code: receives no letters
    await db().partyAccessCode.update({ where: { partyId: claims.id }, data: { revokedAt: new Date() } });
    await offerCase(admin, reviewer, caseId);
    const { determinationId } = await issueDetermination(reviewer, admin, caseId, "OVERTURNED");

    const rows = await outboxOf(caseId, "letter.issued");
    expect(rows.map((r) => r.toAddress).sort()).toEqual(["employee@party.test", "physician@party.test"]);
    expect(rows.map((r) => r.dedupeKey).sort()).toEqual(
      [`letter:${determinationId}:${employee.id}`, `letter:${determinationId}:${physician.id}`].sort(),
    );
    for (const row of rows) {
      expect(row.subject).toContain(caseNumber);
      expect(row.body).toContain("/access");
      for (const code of accessCodes.map((c) => c.code)) expect(row.body).not.toContain(code);
      expect(row.body).not.toMatch(/overturned|upheld/i);
    }
  });

  test.each([
    [
      "offer",
      (tx: Parameters<typeof notifyOffer>[0], f: Fixture) =>
        notifyOffer(tx, { caseId: f.caseId, reviewerId: f.reviewerId, assignmentId: crypto.randomUUID() }),
    ],
    ["acceptance", (tx: Parameters<typeof notifyOffer>[0], f: Fixture) => notifyAcceptance(tx, f.assignmentId)],
    [
      "issued letter",
      (tx: Parameters<typeof notifyOffer>[0], f: Fixture) =>
        notifyLetterIssued(tx, { caseId: f.caseId, determinationId: crypto.randomUUID(), amended: false }),
    ],
  ])("the %s e-mail is written in the caller's transaction: a rollback leaves none", async (_name, write) => {
    const f = await offeredCase();
    await db().party.updateMany({ where: { caseId: f.caseId }, data: { email: "someone@party.test" } });
    const before = await db().outboxMessage.count({ where: { caseId: f.caseId } });
    let written = 0;
    await expect(
      db().$transaction(async (tx) => {
        written = await write(tx, f);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(written).toBeGreaterThan(0);
    expect(await db().outboxMessage.count({ where: { caseId: f.caseId } })).toBe(before);
  });
});

type Fixture = { caseId: string; reviewerId: string; assignmentId: string };
async function offeredCase(): Promise<Fixture> {
  const { intake, admin, reviewer } = await people();
  const { caseId } = await createTestCase(intake);
  const assignmentId = await offerCase(admin, reviewer, caseId);
  return { caseId, reviewerId: reviewer.reviewerId!, assignmentId };
}

async function pendingMessage(to: string) {
  return db().outboxMessage.create({
    data: {
      kind: "assignment.offered",
      caseId: null,
      toAddress: to,
      subject: "IMR case CM26-0000001 offered to you",
      body: "Line one.\n\nA longer second paragraph that goes past the seventy-six characters of a mail line, to check folding.",
      nextAttemptAt: new Date(Date.now() - 1000),
    },
  });
}

describe("delivery", () => {
  // Only this test's messages are due: the outbox of this database is emptied first.
  beforeEach(() => db().outboxMessage.deleteMany({}));

  test("sends each due message once, from MAIL_FROM to its own address, through the configured server with its login", async () => {
    process.env.SMTP_URL = sink.url;
    const first = await pendingMessage("reviewer.one@test.imr");
    const second = await pendingMessage("reviewer.two@test.imr");
    const before = sink.received.length;

    const summary = await deliverDueMessages();
    expect(summary).toMatchObject({ configured: true, sent: 2, failed: 0, retried: 0 });
    const mails = sink.received.slice(before);
    expect(mails.map((m) => m.to)).toEqual([["reviewer.one@test.imr"], ["reviewer.two@test.imr"]]);
    expect(mails[0]).toMatchObject({
      from: "imr-portal@test.imr",
      headers: { subject: first.subject, to: "reviewer.one@test.imr" },
    });
    expect(mails[0].text).toBe(first.body);
    for (const m of [first, second]) {
      const row = await db().outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
      expect(row.sentAt).not.toBeNull();
    }
    expect(await deliverDueMessages()).toMatchObject({ sent: 0 });
    expect(sink.received.length).toBe(before + 2);
  });

  test("a server that cannot be reached: retried with backoff, then FAILED with the error, audited and shown to administrators", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const message = await pendingMessage("unlucky@test.imr");
    let now = new Date();
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt++) {
      const summary = await deliverDueMessages({ now });
      expect(summary).toMatchObject(
        attempt < OUTBOX_MAX_ATTEMPTS ? { retried: 1, failed: 0 } : { retried: 0, failed: 1 },
      );
      const row = await db().outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      if (attempt < OUTBOX_MAX_ATTEMPTS) {
        expect(row).toMatchObject({
          status: "PENDING",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt, OUTBOX_BACKOFF)),
        });
        expect(await deliverDueMessages({ now: new Date(row.nextAttemptAt.getTime() - 1) })).toMatchObject({
          retried: 0,
          failed: 0,
        });
        now = row.nextAttemptAt;
      } else {
        expect(row.status).toBe("FAILED");
      }
    }
    expect(
      await db().auditEvent.findFirst({ where: { action: "notification.failed", entityId: message.id } }),
    ).toMatchObject({
      actorType: "SYSTEM",
      payload: { messageId: message.id, attempts: OUTBOX_MAX_ATTEMPTS, error: expect.stringMatching(/ECONNREFUSED/) },
    });

    const admin = await createStaff("ADMIN");
    const overview = await getOperationsOverview({ actor: admin });
    expect(overview.outbox.mail).toMatchObject({
      configured: true,
      server: expect.stringMatching(/^smtp:\/\/127\.0\.0\.1:\d+$/),
    });
    expect(overview.outbox.failed.find((m) => m.id === message.id)).toMatchObject({
      toAddress: "unlucky@test.imr",
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(overview.outbox.counts.FAILED).toBeGreaterThanOrEqual(1);

    // Once the server is back, an administrator sends it round again.
    await expect(
      retryNotification({ actor: await createStaff("INTAKE"), input: { messageId: message.id } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await retryNotification({ actor: admin, input: { messageId: message.id } });
    expect(
      await db().auditEvent.count({
        where: { action: "notification.retried", entityId: message.id, actorId: admin.userId },
      }),
    ).toBe(1);
    await expect(retryNotification({ actor: admin, input: { messageId: message.id } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    process.env.SMTP_URL = sink.url;
    await deliverDueMessages();
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect(sink.received.at(-1)!.to).toEqual(["unlucky@test.imr"]);
  });

  test("without SMTP_URL nothing is sent and messages wait, and the operations page says e-mail is not configured", async () => {
    const message = await pendingMessage("waiting@test.imr");
    expect(await deliverDueMessages()).toEqual({ configured: false, sent: 0, retried: 0, failed: 0 });
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      lastError: null,
    });
    const overview = await getOperationsOverview({ actor: await createStaff("ADMIN") });
    expect(overview.outbox.mail).toEqual({ configured: false, server: null, problem: "SMTP_URL is not set." });
    expect(overview.outbox.pending.map((m) => m.id)).toContain(message.id);
    await expect(getOperationsOverview({ actor: await createStaff("INTAKE") })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("reminder sweep", () => {
  test("records overdue: one e-mail to the intake user and one to the claims administrator, once however often the sweep runs", async () => {
    const intake = await createStaff("INTAKE");
    const { caseId } = await createCase({ actor: intake, input: applicationInput() });
    await throughIntake(intake, caseId, { recordsComplete: false });
    await db().party.updateMany({
      where: { caseId, role: "CLAIMS_ADMINISTRATOR" },
      data: { email: "records@claims.test" },
    });
    const request = await db().recordsRequest.findFirstOrThrow({ where: { caseId } });

    await sweepReminders({ now: new Date(request.dueAt.getTime() - 60_000) });
    expect(await outboxOf(caseId, "records.overdue")).toHaveLength(0);

    const late = new Date(request.dueAt.getTime() + 86_400_000);
    await sweepReminders({ now: late });
    await sweepReminders({ now: new Date(late.getTime() + 3_600_000) });
    const rows = await outboxOf(caseId, "records.overdue");
    expect(rows.map((r) => r.toAddress).sort()).toEqual([await emailOf(intake.userId), "records@claims.test"].sort());
  });

  test("decision due soon: to the reviewer once the case is in the last fifth of its window, once", async () => {
    const { intake, admin, reviewer } = await people();
    const { caseId } = await createTestCase(intake);
    await offerCase(admin, reviewer, caseId);
    await acceptOffer(reviewer, caseId);
    const kase = await db().case.findUniqueOrThrow({ where: { id: caseId } });
    const window = kase.dueAt!.getTime() - kase.recordsCompleteAt!.getTime();

    await sweepReminders({ now: new Date(kase.recordsCompleteAt!.getTime() + window * 0.5) });
    expect(await outboxOf(caseId, "decision.due_soon")).toHaveLength(0);
    await sweepReminders({ now: new Date(kase.dueAt!.getTime() - window * 0.1) });
    await sweepReminders({ now: new Date(kase.dueAt!.getTime() - window * 0.05) });
    const rows = await outboxOf(caseId, "decision.due_soon");
    expect(rows).toHaveLength(1);
    expect(rows[0].toAddress).toBe(await emailOf(reviewer.userId));
    expect(rows[0].body).toContain("/reviewer");
  });
});

describe("settings and texts", () => {
  test.each([
    ["smtp://mail.example.org", { host: "mail.example.org", port: 587, secure: false }],
    ["smtps://mail.example.org", { host: "mail.example.org", port: 465, secure: true }],
    [
      "smtp://u%40x:p%3Aw@10.0.0.5:2525?requireTLS=true",
      { host: "10.0.0.5", port: 2525, auth: { user: "u@x", pass: "p:w" }, requireTLS: true },
    ],
    ["smtp://127.0.0.1:25?ignoreTLS", { port: 25, ignoreTLS: true }],
  ])("SMTP_URL %s", (url, expected) => {
    expect(smtpOptions(url)).toMatchObject(expected);
  });

  test("an unusable SMTP_URL is reported, not thrown, and its password is never shown", () => {
    expect(mailStatus({ SMTP_URL: "http://mail.example.org" })).toMatchObject({
      configured: false,
      problem: expect.stringMatching(/smtp:\/\//),
    });
    expect(mailStatus({ SMTP_URL: "smtp://user:hunter2@mail.example.org:587" })).toEqual({
      configured: true,
      server: "smtp://mail.example.org:587",
      problem: null,
    });
  });

  test("links are absolute when the portal's address is known", () => {
    expect(texts.portalLink("/access", { IMR_PUBLIC_URL: "https://imr.example.org/" })).toBe(
      "https://imr.example.org/access",
    );
    expect(texts.portalLink("/access", {})).toBe("/access");
  });
});
