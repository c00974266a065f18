// The online application on the real database: drafts saved and resumed by token (and gone
// once expired), papers checked by content, filing with its receipt e-mail, every bad input
// refused with nothing stored, proof of work spent once, per-address limits, and intake
// accepting a filing as a case with its papers as documents, or rejecting it by e-mail.
import { db, closeDb } from "@/lib/db/client.ts";
import { saveFilingDraft, resumeFilingDraft } from "@/lib/filings/filing-drafts.ts";
import { uploadFilingPaper } from "@/lib/filings/filing-papers.ts";
import { submitFiling } from "@/lib/filings/submit-filing.ts";
import { getFilingForIntake } from "@/lib/filings/filing-for-intake.ts";
import { acceptFiling, rejectFiling } from "@/lib/filings/decide-filing.ts";
import { FILING_LIMITS } from "@/lib/filings/filing-limits.ts";
import { issueChallenge, solveChallenge } from "@/lib/filings/proof-of-work.ts";
import { AppError } from "@/lib/errors.ts";
import { addDays } from "@/lib/deadlines/calendar.ts";
import { californiaToday } from "@/lib/format/dates.ts";
import { createStaff, createTestCase, ensureSpecialties, unique } from "../factories/index.ts";
import { createTestFiling, filingData, filingMeta, onePagePdf, solvedPow, startDraft } from "../factories/filings.ts";
import { tableChecksums } from "../security/table-checksums.ts";
import { tokenHash as tokenHashOf } from "@/lib/filings/filing-tokens.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

const ip = () => `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const signed = (token: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  token,
  lang: "en",
  data,
  signedName: "Rosa Alvarez",
  attest: true,
  pow: solvedPow(),
  ...extra,
});

test("a draft is saved, found again by its token only, and gone once expired", async () => {
  const { token, data } = await startDraft();
  const stored = await db().filingDraft.findMany({ where: { tokenHash: { not: token } } });
  expect(stored.every((d) => d.tokenHash !== token)).toBe(true);
  await saveFilingDraft({
    meta: filingMeta(),
    input: { token, lang: "en", data: { ...data, claimNumber: "CHANGED-1" } },
  });
  const resumed = await resumeFilingDraft({ input: { token, lang: "es" } });
  expect(resumed.data.claimNumber).toBe("CHANGED-1");
  expect(resumed.papers).toHaveLength(1);
  const later = new Date(Date.now() + 8 * 24 * 3600_000);
  const expired = await refusal(resumeFilingDraft({ input: { token, lang: "es" }, now: later }));
  expect(expired.code).toBe("NOT_FOUND");
  expect(expired.userMessage).toMatch(/venció/);
  expect((await refusal(resumeFilingDraft({ input: { token: "x".repeat(43), lang: "en" } }))).code).toBe("NOT_FOUND");
});

test("filing creates a waiting filing, moves the papers, deletes the draft, audits and e-mails a receipt without medical content", async () => {
  const filed = await createTestFiling();
  const filing = await db().filing.findUniqueOrThrow({ where: { id: filed.filingId }, include: { papers: true } });
  expect(filing.status).toBe("PENDING");
  expect(filing.caseId).toBeNull();
  expect(filing.papers).toHaveLength(1);
  expect(filing.papers[0].draftTokenHash).toBeNull();
  const mail = await db().outboxMessage.findFirstOrThrow({
    where: { kind: "filing.received", toAddress: filing.filerEmail },
  });
  expect(mail.body).toContain(filed.filingNumber);
  expect(mail.body).toContain(filing.papers[0].sha256);
  expect(mail.body).not.toContain("Lumbar MRI");
  expect(mail.body).not.toContain(filed.data.employeeName as string);
  const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "filing.submitted", entityId: filing.id } });
  expect(audit.actorType).toBe("PUBLIC");
});

test("intake sees a possible duplicate, then accepts the filing as a case with its papers as documents", async () => {
  const intake = await createStaff("INTAKE");
  const filed = await createTestFiling();
  const data = filed.data as Record<string, string | string[]>;
  const open = await createTestCase(intake, {
    employeeName: data.employeeName as string,
    claimNumber: data.claimNumber as string,
    urDecisionDate: data.urDecisionDate as string,
    items: ["Lumbar MRI without contrast"],
  });
  const view = await getFilingForIntake({ actor: intake, filingId: filed.filingId });
  expect(view.duplicate?.caseNumber).toBe(open.caseNumber);
  const application = { ...data, specialtyCode: "PMR" };
  const needsReason = await refusal(
    acceptFiling({ actor: intake, input: { filingId: filed.filingId, confirmed: true, application } }),
  );
  expect(needsReason.fieldErrors?.separateReason).toBeDefined();
  const created = await acceptFiling({
    actor: intake,
    input: {
      filingId: filed.filingId,
      confirmed: true,
      application,
      separateReason: "A second request from another UR decision letter.",
    },
  });
  const kase = await db().case.findUniqueOrThrow({ where: { id: created.caseId }, include: { documents: true } });
  expect(kase.arrivalChannel).toBe("ONLINE");
  expect(kase.documents.map((d) => [d.kind, d.sha256])).toEqual([["UR_DECISION", filed.paper.sha256]]);
  // its text is read for the reviewer's search, like every uploaded document
  const textJobs = kase.documents.map((d) => `extract-text:${d.id}:1`);
  expect(await db().job.count({ where: { dedupeKey: { in: textJobs } } })).toBe(1);
  const filing = await db().filing.findUniqueOrThrow({ where: { id: filed.filingId } });
  expect([filing.status, filing.caseId]).toEqual(["ACCEPTED", created.caseId]);
  expect(
    (
      await refusal(
        rejectFiling({
          actor: intake,
          input: { filingId: filed.filingId, confirmed: true, reason: "Too late now, already a case." },
        }),
      )
    ).code,
  ).toBe("CONFLICT");
});

test("rejecting e-mails the reason to the filer in their language", async () => {
  const intake = await createStaff("INTAKE");
  const filed = await createTestFiling();
  await db().filing.update({ where: { id: filed.filingId }, data: { lang: "es" } });
  await rejectFiling({
    actor: intake,
    input: { filingId: filed.filingId, confirmed: true, reason: "The UR decision is for another claim." },
  });
  const mail = await db().outboxMessage.findFirstOrThrow({
    where: { kind: "filing.rejected", toAddress: filed.data.filerEmail as string },
  });
  expect(mail.body).toContain("The UR decision is for another claim.");
  expect(mail.subject).toMatch(/no aceptada/);
});

describe("bad input is refused with a clear message and nothing stored", () => {
  const encrypted = Buffer.from(
    onePagePdf().toString("latin1").replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 6 0 R"),
    "latin1",
  );
  test.each([
    ["a file that is not a PDF or image", Buffer.from("PK\u0003\u0004zip"), /not a PDF, JPEG or PNG/],
    ["an encrypted PDF", encrypted, /password-protected or encrypted/],
    ["a corrupt PDF", Buffer.from("%PDF-1.4\nnothing here"), /damaged/],
    ["a 0-byte file", Buffer.alloc(0), /empty/],
  ])("upload: %s", async (_name, bytes, message) => {
    const { token } = await startDraft({ withUrDecision: false });
    const before = await tableChecksums();
    const error = await refusal(
      uploadFilingPaper({ meta: filingMeta(), input: { token, kind: "UR_DECISION" }, bytes }),
    );
    expect(error.fieldErrors?.file?.[0]).toMatch(message);
    expect(await tableChecksums()).toEqual(before);
  });

  test("upload: a file over the limit", async () => {
    const { token } = await startDraft({ withUrDecision: false });
    process.env.IMR_MAX_UPLOAD_MB = "0.001";
    try {
      const error = await refusal(
        uploadFilingPaper({ meta: filingMeta(), input: { token, kind: "OTHER" }, bytes: onePagePdf("x".repeat(2000)) }),
      );
      expect(error.userMessage).toMatch(/larger than the limit/);
    } finally {
      delete process.env.IMR_MAX_UPLOAD_MB;
    }
  });

  test("upload: the same file twice", async () => {
    const { token } = await startDraft({ withUrDecision: false });
    const pdf = onePagePdf();
    await uploadFilingPaper({ meta: filingMeta(), input: { token, kind: "UR_DECISION" }, bytes: pdf });
    const error = await refusal(uploadFilingPaper({ meta: filingMeta(), input: { token, kind: "OTHER" }, bytes: pdf }));
    expect(error.userMessage).toMatch(/already uploaded/);
  });

  test.each([
    ["unsigned", (t: string, d: Record<string, unknown>) => signed(t, d, { signedName: "" }), "signedName"],
    ["not attested", (t: string, d: Record<string, unknown>) => signed(t, d, { attest: false }), "attest"],
    [
      "missing required fields",
      (t: string, d: Record<string, unknown>) => signed(t, { ...d, employeeName: "", claimNumber: undefined }),
      "employeeName",
    ],
    [
      "late without an explanation",
      (t: string, d: Record<string, unknown>) =>
        signed(t, {
          ...d,
          urDecisionDate: addDays(californiaToday(), -90),
          urDecisionServedOn: addDays(californiaToday(), -90),
        }),
      "lateExplanation",
    ],
  ])("filing: %s", async (_name, make, field) => {
    const { token, data } = await startDraft();
    const before = await tableChecksums();
    const error = await refusal(submitFiling({ meta: filingMeta(), input: make(token, data) }));
    expect(error.fieldErrors?.[field]).toBeDefined();
    expect(await tableChecksums()).toEqual(before);
  });

  test("filing: no UR decision attached", async () => {
    const { token, data } = await startDraft({ withUrDecision: false });
    const error = await refusal(submitFiling({ meta: filingMeta(), input: signed(token, data) }));
    expect(error.fieldErrors?.urDecision?.[0]).toMatch(/Attach a copy of the UR decision/);
  });

  test("a late application with an explanation is filed, marked late", async () => {
    const { token, data } = await startDraft({
      data: filingData({
        urDecisionDate: addDays(californiaToday(), -90),
        urDecisionServedOn: addDays(californiaToday(), -90),
      }),
    });
    const filed = await submitFiling({
      meta: filingMeta(),
      input: signed(token, data, { lateExplanation: "I was in hospital for six weeks." }),
    });
    expect(await db().filing.findUniqueOrThrow({ where: { id: filed.filingId } })).toMatchObject({ late: true });
  });

  test.each([
    ["forged", () => ({ ...solvedPow(), challenge: issueChallenge("not-the-server", new Date(), 4).challenge })],
    [
      "stale",
      () => {
        const old = issueChallenge(process.env.IMR_AUTH_SECRET!, new Date(Date.now() - 3600_000), 4);
        return { challenge: old.challenge, counter: solveChallenge(old.challenge, 4) };
      },
    ],
    ["missing", () => undefined],
  ])("proof of work: %s", async (_name, pow) => {
    const before = await tableChecksums();
    const error = await refusal(
      saveFilingDraft({ meta: filingMeta(), input: { data: filingData(), lang: "en", pow: pow() } }),
    );
    expect(error.userMessage).toMatch(/security check was not accepted/);
    expect(await tableChecksums()).toEqual(before);
  });

  test("proof of work: a solved challenge is accepted once", async () => {
    const pow = solvedPow();
    await saveFilingDraft({ meta: filingMeta(), input: { data: filingData(), lang: "en", pow } });
    const error = await refusal(
      saveFilingDraft({ meta: filingMeta(), input: { data: filingData(), lang: "en", pow } }),
    );
    expect(error.userMessage).toMatch(/security check was not accepted/);
  });
});

test("drafts are limited per address, never for an unknown address", async () => {
  const address = ip();
  for (let i = 0; i < FILING_LIMITS.draft.max; i++)
    await saveFilingDraft({ meta: filingMeta(address), input: { data: {}, lang: "en", pow: solvedPow() } });
  const limited = await refusal(
    saveFilingDraft({ meta: filingMeta(address), input: { data: {}, lang: "es", pow: solvedPow() } }),
  );
  expect(limited.code).toBe("RATE_LIMITED");
  expect(limited.userMessage).toMatch(/Demasiados intentos/);
  await saveFilingDraft({ meta: filingMeta(ip()), input: { data: {}, lang: "en", pow: solvedPow() } });
  await saveFilingDraft({ meta: filingMeta(null), input: { data: {}, lang: "en", pow: solvedPow() } });
});

test("filings are limited per address", async () => {
  const address = ip();
  await db().filingAttempt.createMany({
    data: Array.from({ length: FILING_LIMITS.filing.max }, () => ({ kind: "filing", ip: address })),
  });
  const { token, data } = await startDraft();
  const error = await refusal(submitFiling({ meta: filingMeta(address), input: signed(token, data) }));
  expect(error.code).toBe("RATE_LIMITED");
  expect(await db().filing.count({ where: { filerEmail: data.filerEmail as string } })).toBe(0);
  expect(unique("x")).toBeTruthy();
});

test("the hourly sweep deletes expired drafts with their papers, and keeps live ones", async () => {
  const { sweepFilingDrafts } = await import("@/lib/filings/sweep-filing-drafts.ts");
  const live = await startDraft();
  const old = await startDraft();
  await db().filingDraft.update({
    where: { tokenHash: tokenHashOf(old.token) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const swept = await sweepFilingDrafts({ now: new Date() });
  expect(swept.filingDraftsDeleted).toBeGreaterThanOrEqual(1);
  expect(await db().filingPaper.count({ where: { id: old.paper!.id } })).toBe(0);
  expect((await resumeFilingDraft({ input: { token: live.token } })).papers).toHaveLength(1);
});

test("a photographed paper becomes a one-page PDF document of the accepted case", async () => {
  const intake = await createStaff("INTAKE");
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  const draft = await startDraft();
  await uploadFilingPaper({
    meta: draft.meta,
    input: { token: draft.token, kind: "OTHER", fileName: "photo.png" },
    bytes: png,
  });
  const filed = await submitFiling({ meta: draft.meta, input: signed(draft.token, draft.data) });
  const created = await acceptFiling({
    actor: intake,
    input: { filingId: filed.filingId, confirmed: true, application: { ...draft.data, specialtyCode: "PMR" } },
  });
  const docs = await db().document.findMany({ where: { caseId: created.caseId }, orderBy: { kind: "asc" } });
  expect(docs.map((d) => [d.kind, d.mimeType, d.pageCount]).sort()).toEqual([
    ["OTHER", "application/pdf", 1],
    ["UR_DECISION", "application/pdf", 1],
  ]);
});
