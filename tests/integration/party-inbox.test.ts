// Requests for information, the party's inbox and the access codes intake sends, on the real
// database: a request is due in 5 business days and reaches only its party; the party answers
// once with text and files (case documents from that party), a refused answer stores nothing;
// intake sees answers and overdue requests; the inbox marks items new until opened; the e-mails
// carry no medical content; the records are due by the claims administrator's consent; sealed
// codes survive reloads and vanish when marked sent.
import { db, closeDb } from "@/lib/db/client.ts";
import type { PartyActor, StaffActor } from "@/lib/auth/actor.ts";
import { AppError } from "@/lib/errors.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { confirmEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { informationRequestDue } from "@/lib/deadlines/information-request-due.ts";
import { sendInformationRequest } from "@/lib/information-requests/send-information-request.ts";
import { answerInformationRequest } from "@/lib/information-requests/answer-information-request.ts";
import { caseInformationRequests } from "@/lib/information-requests/case-information-requests.ts";
import {
  openPartyInformationRequest,
  partyInformationRequests,
} from "@/lib/information-requests/party-information-requests.ts";
import { partyInbox } from "@/lib/parties/party-inbox.ts";
import { codesToSend } from "@/lib/parties/codes-to-send.ts";
import { markCodeSent } from "@/lib/parties/mark-code-sent.ts";
import { printCodeLetter } from "@/lib/parties/print-code-letter.ts";
import { reissueAccessCode } from "@/lib/parties/reissue-access-code.ts";
import { applicationInput, createStaff, ensureSpecialties, unique } from "../factories/index.ts";
import { readPdf } from "../support/pdf-text.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

const meta = { ip: "127.0.0.1", userAgent: "jest" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const ENCRYPTED = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n",
  "latin1",
);

async function errorOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** A case whose employee and claims administrator consented to e-mail service; the physician is served by mail. */
async function electronicCase(intake: StaffActor, claimsAdministratorConsents = true) {
  const employeeName = unique("Rosalind Quarrytown");
  const created = await createCase({
    actor: intake,
    input: applicationInput({
      employeeName,
      employeeEmail: `${unique("emp")}@party.test`,
      employeeServiceMethod: "EMAIL",
      employeeElectronicConsent: true,
      claimsAdministratorEmail: `${unique("ca")}@party.test`,
      claimsAdministratorServiceMethod: claimsAdministratorConsents ? "EMAIL" : "MAIL",
      claimsAdministratorElectronicConsent: claimsAdministratorConsents,
      requestingPhysicianEmail: `${unique("dr")}@party.test`,
      items: ["Lumbar epidural steroid injection", "Physical therapy, 8 sessions"],
    }),
  });
  const parties = await db().party.findMany({ where: { caseId: created.caseId } });
  const partyActor = (role: string): PartyActor => ({
    kind: "party",
    partyId: parties.find((p) => p.role === role)!.id,
    caseId: created.caseId,
    meta,
  });
  return {
    ...created,
    employeeName,
    employee: partyActor("EMPLOYEE"),
    physician: partyActor("REQUESTING_PHYSICIAN"),
    claimsAdmin: partyActor("CLAIMS_ADMINISTRATOR"),
  };
}

test("the records are due 12 days after the notice when the claims administrator consented to electronic service, 15 otherwise", async () => {
  const intake = await createStaff("INTAKE");
  const now = new Date("2026-12-07T18:00:00Z");
  for (const [consents, due] of [
    [true, "2026-12-21"],
    [false, "2026-12-22"],
  ] as const) {
    const kase = await electronicCase(intake, consents);
    await confirmEligibility({ actor: intake, input: { caseId: kase.caseId, outcome: "ELIGIBLE" }, now });
    const row = await db().case.findUniqueOrThrow({ where: { id: kase.caseId } });
    expect(row.noticeMethod).toBe(consents ? "ELECTRONIC" : "MAIL");
    const request = await db().recordsRequest.findFirstOrThrow({ where: { caseId: kase.caseId } });
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(request.dueAt)).toBe(due);
  }
});

test("the eligibility notice reaches each party's inbox, new until opened, with an e-mail that names no medical fact", async () => {
  const intake = await createStaff("INTAKE");
  const kase = await electronicCase(intake);
  await confirmEligibility({ actor: intake, input: { caseId: kase.caseId, outcome: "ELIGIBLE" } });
  const notice = await db().document.findFirstOrThrow({ where: { caseId: kase.caseId, kind: "NOTICE" } });
  // the notice names the portal and points to the code letter, never a code
  const model = JSON.stringify(notice.renditionModel);
  expect(model).toMatch(/\/access/);
  expect(model).toMatch(/code letter/);
  for (const code of kase.accessCodes) expect(model).not.toContain(code.code);

  const mails = await db().outboxMessage.findMany({ where: { caseId: kase.caseId, kind: "party.inbox_new" } });
  expect(mails.map((m) => m.toAddress).sort()).toEqual(
    (await db().party.findMany({ where: { caseId: kase.caseId, email: { not: null } } })).map((p) => p.email).sort(),
  );
  for (const mail of mails) {
    const text = `${mail.subject}\n${mail.body}`;
    expect(text).toContain(kase.caseNumber);
    expect(text).toContain("/access");
    for (const secret of [kase.employeeName, "epidural", "Physical therapy", ...kase.accessCodes.map((c) => c.code)])
      expect(text).not.toContain(secret);
  }
  const employeeMail = mails.find((m) => m.toAddress.startsWith("emp"))!;
  const physicianMail = mails.find((m) => m.toAddress.startsWith("dr"))!;
  expect(employeeMail.body).toMatch(/served on you through the portal/);
  expect(physicianMail.body).toMatch(/paper copy is also mailed/);

  const before = await partyInbox(kase.employee);
  expect(before).toEqual([expect.objectContaining({ key: `doc:${notice.id}`, kind: "notice", isNew: true })]);
  await downloadLetter({ actor: kase.employee, documentId: notice.id });
  expect((await partyInbox(kase.employee))[0].isNew).toBe(false);
  // another party's marker is its own
  expect((await partyInbox(kase.physician))[0].isNew).toBe(true);
});

test("a request for information: due in 5 business days, to its party only, answered once with text and a file", async () => {
  const intake = await createStaff("INTAKE");
  const kase = await electronicCase(intake);
  await confirmEligibility({ actor: intake, input: { caseId: kase.caseId, outcome: "ELIGIBLE" } });
  const sentAt = new Date("2026-12-04T18:00:00Z"); // a Friday
  const sent = await sendInformationRequest({
    actor: intake,
    input: {
      caseId: kase.caseId,
      partyId: kase.employee.partyId,
      question: "Please send the work status report of May.",
    },
    now: sentAt,
  });
  expect(sent.dueDate).toBe("2026-12-11");
  expect(sent.dueAt).toEqual(informationRequestDue(sentAt).dueAt);
  const mails = await db().outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `inbox:rfi:${sent.requestId}` } },
  });
  expect(mails).toHaveLength(1);
  expect(mails[0].body).not.toMatch(/work status/);
  expect(mails[0].body).toMatch(/December 11, 2026/);
  expect(await db().auditEvent.count({ where: { action: "information_request.sent", entityId: sent.requestId } })).toBe(
    1,
  );

  // the employee sees it, new; another party of the same case sees nothing of it
  const inbox = await partyInbox(kase.employee);
  expect(inbox.find((i) => i.key === `rfi:${sent.requestId}`)).toMatchObject({ kind: "request", isNew: true });
  expect((await partyInbox(kase.physician)).some((i) => i.kind === "request")).toBe(false);
  expect(await partyInformationRequests({ actor: kase.physician })).toEqual([]);
  expect((await errorOf(openPartyInformationRequest({ actor: kase.physician, requestId: sent.requestId }))).code).toBe(
    "NOT_FOUND",
  );
  expect(
    (
      await errorOf(
        answerInformationRequest({
          actor: kase.physician,
          input: { requestId: sent.requestId, answer: "Not mine to answer" },
          files: [],
        }),
      )
    ).code,
  ).toBe("NOT_FOUND");

  // opening it takes the marker off (audited once)
  await openPartyInformationRequest({ actor: kase.employee, requestId: sent.requestId });
  await openPartyInformationRequest({ actor: kase.employee, requestId: sent.requestId });
  expect((await partyInbox(kase.employee)).find((i) => i.key === `rfi:${sent.requestId}`)?.isNew).toBe(false);
  expect(
    await db().auditEvent.count({ where: { action: "information_request.opened", entityId: sent.requestId } }),
  ).toBe(1);

  // overdue for intake after the due day, while unanswered
  const late = new Date("2026-12-12T09:00:00Z");
  expect((await caseInformationRequests({ actor: intake, caseId: kase.caseId, now: late }))[0].overdue).toBe(true);

  // a refused file stores nothing, and the message is in the party's language
  const documentsBefore = await db().document.count({ where: { caseId: kase.caseId } });
  const refused = await errorOf(
    answerInformationRequest({
      actor: kase.employee,
      input: { requestId: sent.requestId, answer: "Aquí está" },
      files: [
        { name: "ok.pdf", bytes: PDF },
        { name: "locked.pdf", bytes: ENCRYPTED },
      ],
      lang: "es",
    }),
  );
  expect(refused.code).toBe("VALIDATION");
  expect(refused.fieldErrors?.files).toEqual(["locked.pdf está protegido con contraseña. Envíelo sin contraseña."]);
  expect(await db().document.count({ where: { caseId: kase.caseId } })).toBe(documentsBefore);
  expect((await db().informationRequest.findUniqueOrThrow({ where: { id: sent.requestId } })).answeredAt).toBeNull();
  const empty = await errorOf(
    answerInformationRequest({ actor: kase.employee, input: { requestId: sent.requestId, answer: "  " }, files: [] }),
  );
  expect(empty.fieldErrors?.answer).toEqual(["Write an answer or attach a file."]);

  const answered = await answerInformationRequest({
    actor: kase.employee,
    input: { requestId: sent.requestId, answer: "The report is attached." },
    files: [{ name: "../work status.pdf", bytes: PDF }],
  });
  expect(answered.documentIds).toHaveLength(1);
  const doc = await db().document.findUniqueOrThrow({ where: { id: answered.documentIds[0] } });
  expect(doc).toMatchObject({ kind: "CORRESPONDENCE", fileName: "work status.pdf", uploadedById: null, pageCount: 1 });
  expect(doc.author).toMatch(/\(Employee\)$/);
  // its text is read for the reviewer's search, like every uploaded document
  expect(await db().job.count({ where: { dedupeKey: `extract-text:${doc.id}:1` } })).toBe(1);
  const audit = await db().auditEvent.findFirstOrThrow({
    where: { action: "information_request.answered" },
    orderBy: { at: "desc" },
  });
  expect(audit).toMatchObject({ actorType: "PARTY", actorId: kase.employee.partyId, caseId: kase.caseId });

  // intake sees the answer, no longer overdue
  const [row] = await caseInformationRequests({ actor: intake, caseId: kase.caseId, now: late });
  expect(row).toMatchObject({ answerText: "The report is attached.", overdue: false });
  expect(row.files.map((f) => f.documentId)).toEqual(answered.documentIds);

  // once only
  const again = await errorOf(
    answerInformationRequest({
      actor: kase.employee,
      input: { requestId: sent.requestId, answer: "Again" },
      files: [],
    }),
  );
  expect(again.code).toBe("CONFLICT");
  expect((await db().informationRequest.findUniqueOrThrow({ where: { id: sent.requestId } })).answerText).toBe(
    "The report is attached.",
  );
});

test("a request goes only to a party that receives the letters, with a real question", async () => {
  const intake = await createStaff("INTAKE");
  const kase = await electronicCase(intake);
  const employer = await db().party.findFirstOrThrow({ where: { caseId: kase.caseId, role: "EMPLOYER" } });
  const toEmployer = await errorOf(
    sendInformationRequest({
      actor: intake,
      input: { caseId: kase.caseId, partyId: employer.id, question: "Anything at all?" },
    }),
  );
  expect(toEmployer.fieldErrors?.partyId).toBeDefined();
  await expect(
    sendInformationRequest({
      actor: intake,
      input: { caseId: kase.caseId, partyId: kase.employee.partyId, question: "?" },
    }),
  ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["question"] })] });
  expect(await db().informationRequest.count({ where: { caseId: kase.caseId } })).toBe(0);
});

test("sealed access codes: shown on every reload until marked sent, then erased; reissuing keeps the new one", async () => {
  const intake = await createStaff("INTAKE");
  const kase = await electronicCase(intake);
  const byRole = new Map(kase.accessCodes.map((c) => [c.role, c.code]));
  for (let reload = 0; reload < 2; reload++) {
    const view = await codesToSend({ actor: intake, caseId: kase.caseId });
    expect(new Map(view.codes.map((c) => [c.role, c.code]))).toEqual(byRole);
  }
  const stored = await db().partyAccessCode.findMany({ where: { party: { caseId: kase.caseId } } });
  for (const row of stored) {
    expect(row.sealedCode).toMatch(/^v1\./);
    for (const code of byRole.values()) expect(row.sealedCode).not.toContain(code.replace(/-/g, ""));
  }
  const letter = await printCodeLetter({ actor: intake, caseId: kase.caseId, partyId: kase.employee.partyId });
  const text = (await readPdf(letter.bytes)).all;
  expect(text).toContain(byRole.get("EMPLOYEE"));
  expect(text).toContain(kase.caseNumber);
  expect(text).toMatch(/Su código de acceso/);

  await markCodeSent({ actor: intake, input: { partyId: kase.employee.partyId } });
  const after = await codesToSend({ actor: intake, caseId: kase.caseId });
  expect(after.codes.find((c) => c.role === "EMPLOYEE")).toMatchObject({ code: null, sentAt: expect.any(Date) });
  expect(after.codes.filter((c) => c.code).length).toBe(byRole.size - 1);
  const employeeCode = await db().partyAccessCode.findUniqueOrThrow({ where: { partyId: kase.employee.partyId } });
  expect(employeeCode.sealedCode).toBeNull();
  expect((await errorOf(markCodeSent({ actor: intake, input: { partyId: kase.employee.partyId } }))).code).toBe(
    "CONFLICT",
  );
  expect(
    (await errorOf(printCodeLetter({ actor: intake, caseId: kase.caseId, partyId: kase.employee.partyId }))).code,
  ).toBe("CONFLICT");
  expect(
    await db().auditEvent.count({ where: { action: "party.code_marked_sent", entityId: kase.employee.partyId } }),
  ).toBe(1);

  const reissued = await reissueAccessCode({ actor: intake, input: { partyId: kase.employee.partyId } });
  const again = await codesToSend({ actor: intake, caseId: kase.caseId });
  expect(again.codes.find((c) => c.role === "EMPLOYEE")?.code).toBe(reissued.code);
});
