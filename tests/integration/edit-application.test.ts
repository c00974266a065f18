// Intake corrects a case's application: who may, that a reason is required, that each changed
// field is audited with its value before and after (and only the changed ones), that a refused
// correction changes nothing at all, and that the application closes when the letter is issued
// (while it is being issued too), pointing to an amendment, and opens again during one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { db, closeDb } from "@/lib/db/client.ts";
import { runAction } from "@/lib/action-result.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { applicationForEdit, editApplication } from "@/lib/cases/edit-application.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { AppError } from "@/lib/errors.ts";
import {
  applicationInput,
  assignAndAccept,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueApproved,
  unique,
  withCaseFileReviewed,
} from "../factories/index.ts";

let intake: StaffActor;
let admin: StaffActor;
let reviewer: StaffActor;
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-edit-"));

beforeAll(async () => {
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  await ensureSpecialties();
  [intake, admin, reviewer] = [await createStaff("INTAKE"), await createStaff("ADMIN"), await createReviewer()];
}, 60_000);
afterAll(async () => {
  await closeDb();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

/** A received case with a representative, so every served party is there to correct. */
async function receivedCase(): Promise<string> {
  const input = applicationInput({
    representativeName: "Maria Lopez",
    representativeAddress: "5 Law Plaza, Fresno CA",
    claimsAdministratorAddress: "1 Claims Way, Sacramento CA",
  });
  return (await createCase({ actor: intake, input })).caseId;
}

/** Everything a correction could touch, and the case's audit trail. */
async function snapshot(caseId: string) {
  const kase = await db().case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      claimNumber: true,
      dateOfInjury: true,
      urDecisionDate: true,
      urDecisionReference: true,
      updatedAt: true,
      parties: {
        orderBy: { role: "asc" },
        select: {
          role: true,
          name: true,
          address: true,
          email: true,
          serviceMethod: true,
          electronicServiceConsent: true,
        },
      },
      items: { orderBy: { ordinal: "asc" }, select: { id: true, ordinal: true, description: true } },
    },
  });
  const audit = await db().auditEvent.findMany({ where: { caseId }, orderBy: { at: "asc" }, select: { action: true } });
  return { kase, audit };
}

const itemsOf = (caseId: string) => db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
const REASON = "The claim number was mistyped at intake (application, page 1).";

async function refusal(work: Promise<unknown>): Promise<AppError | z.ZodError> {
  const outcome = await work.then(
    () => null,
    (error: unknown) => error,
  );
  if (outcome instanceof AppError || outcome instanceof z.ZodError) return outcome;
  throw new Error(`expected a refusal, got ${String(outcome)}`);
}

describe("who may correct an application", () => {
  test.each<[string, () => Actor | null]>([
    ["intake", () => intake],
    ["an administrator", () => admin],
  ])("%s may", async (_label, actor) => {
    const caseId = await receivedCase();
    const edited = await editApplication({
      actor: actor(),
      input: { caseId, reason: REASON, claimNumber: unique("WC") },
    });
    expect(edited.changes.map((c) => c.field)).toEqual(["claimNumber"]);
  });

  test.each<[string, () => Actor | null, string]>([
    ["a reviewer", () => reviewer, "FORBIDDEN"],
    ["no one signed in", () => null, "UNAUTHENTICATED"],
    ["the system", () => ({ kind: "system", meta: { ip: null, userAgent: null } }), "UNAUTHENTICATED"],
  ])("%s may not, and nothing changes", async (_label, actor, code) => {
    const caseId = await receivedCase();
    const before = await snapshot(caseId);
    const error = await refusal(
      editApplication({ actor: actor(), input: { caseId, reason: REASON, claimNumber: unique("WC") } }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(await snapshot(caseId)).toEqual(before);
    await expect(applicationForEdit({ actor: actor(), caseId })).rejects.toMatchObject({ code });
  });

  test("the case's own party may not", async () => {
    const caseId = await receivedCase();
    const employee = await db().party.findFirstOrThrow({ where: { caseId, role: "EMPLOYEE" } });
    const party: Actor = { kind: "party", partyId: employee.id, caseId, meta: { ip: null, userAgent: null } };
    const before = await snapshot(caseId);
    await expect(
      editApplication({ actor: party, input: { caseId, reason: REASON, employeeName: "Someone Else" } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await snapshot(caseId)).toEqual(before);
  });
});

describe("a correction", () => {
  test("changes the fields given, records each changed one with its value before and after and the reason, in one audit event", async () => {
    const caseId = await receivedCase();
    const [item1, item2] = await itemsOf(caseId);
    const before = await snapshot(caseId);
    const employer = before.kase.parties.find((p) => p.role === "EMPLOYER")!;
    const employee = before.kase.parties.find((p) => p.role === "EMPLOYEE")!;
    const edited = await editApplication({
      actor: intake,
      input: {
        caseId,
        reason: `  ${REASON}  `,
        employeeName: "Jane Q. Doe",
        claimNumber: "WC-2020-0042",
        dateOfInjury: "2020-01-16",
        urDecisionReference: "UR-2026-88412",
        employerName: employer.name, // as it was: not a change
        claimsAdministratorEmail: "notices@claims.example",
        claimsAdministratorServiceMethod: "EMAIL",
        claimsAdministratorElectronicConsent: true,
        representativeAddress: "",
        items: [
          { itemId: item1.id, description: item1.description },
          { itemId: item2.id, description: "Physical therapy, 12 sessions" },
        ],
      },
    });
    const changes = [
      { field: "claimNumber", label: "Claim number", before: before.kase.claimNumber, after: "WC-2020-0042" },
      { field: "dateOfInjury", label: "Date of injury", before: "2020-01-15", after: "2020-01-16" },
      { field: "urDecisionReference", label: "UR decision reference", before: null, after: "UR-2026-88412" },
      { field: "employeeName", label: "Employee name", before: employee.name, after: "Jane Q. Doe" },
      {
        field: "representativeAddress",
        label: "Employee's representative: address",
        before: "5 Law Plaza, Fresno CA",
        after: null,
      },
      {
        field: "claimsAdministratorEmail",
        label: "Claims administrator: e-mail",
        before: null,
        after: "notices@claims.example",
      },
      {
        field: "claimsAdministratorServiceMethod",
        label: "Claims administrator: served by",
        before: "MAIL",
        after: "EMAIL",
      },
      {
        field: "claimsAdministratorElectronicConsent",
        label: "Claims administrator: consent to electronic service",
        before: false,
        after: true,
      },
      { field: "items.1", label: "Disputed item 2", before: item2.description, after: "Physical therapy, 12 sessions" },
    ];
    expect(edited).toEqual({ caseId, caseNumber: expect.any(String), changes });
    // the case lists find the corrected name (the case's own copy follows the party)
    expect(await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { employeeName: true } })).toEqual({
      employeeName: "Jane Q. Doe",
    });

    const after = await snapshot(caseId);
    expect(after.kase).toMatchObject({
      claimNumber: "WC-2020-0042",
      dateOfInjury: new Date("2020-01-16T00:00:00Z"),
      urDecisionReference: "UR-2026-88412",
    });
    expect(after.kase.parties.find((p) => p.role === "EMPLOYEE")!.name).toBe("Jane Q. Doe");
    expect(after.kase.parties.find((p) => p.role === "REPRESENTATIVE")!.address).toBeNull();
    expect(after.kase.parties.find((p) => p.role === "CLAIMS_ADMINISTRATOR")).toMatchObject({
      email: "notices@claims.example",
      serviceMethod: "EMAIL",
      electronicServiceConsent: true,
    });
    expect(after.kase.items.map((i) => i.description)).toEqual([item1.description, "Physical therapy, 12 sessions"]);

    const events = await db().auditEvent.findMany({ where: { caseId, action: "case.application_edited" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: intake.userId,
      actorRole: "INTAKE",
      entityType: "Case",
      entityId: caseId,
    });
    expect(events[0].payload).toEqual({ caseNumber: edited.caseNumber, reason: REASON, changes });
  });

  test("the edit form starts from the case's facts, its parties' fields only for the parties it has", async () => {
    const caseId = await receivedCase();
    const application = await applicationForEdit({ actor: intake, caseId });
    expect(application.editable).toEqual({ ok: true });
    expect(application.parties.map((p) => p.key)).toEqual([
      "employee",
      "representative",
      "requestingPhysician",
      "claimsAdministrator",
      "employer",
    ]);
    expect(application.values).toMatchObject({
      dateOfInjury: "2020-01-15",
      urDecisionReference: "",
      representativeName: "Maria Lopez",
      representativeAddress: "5 Law Plaza, Fresno CA",
      claimsAdministratorServiceMethod: "MAIL",
      claimsAdministratorElectronicConsent: false,
      claimsAdministratorEmail: "",
    });
    expect(application.values).not.toHaveProperty("urOrganizationName");
    expect(application.items).toHaveLength(2);
  });
});

describe("a refused correction changes nothing", () => {
  test.each<[string, Record<string, unknown>, Record<string, string[]> | string]>([
    ["no reason", { reason: undefined }, { reason: ["State the reason for the correction."] }],
    [
      "a reason too short",
      { reason: "typo" },
      { reason: ["State the reason for the correction (at least 10 characters)."] },
    ],
    ["a name emptied", { employeeName: "  " }, { employeeName: ["Employee name is required."] }],
    ["an impossible date", { dateOfInjury: "2020-02-30" }, { dateOfInjury: ["Date of injury is not a valid date."] }],
    [
      "a date of injury in the future",
      { dateOfInjury: "2099-01-01" },
      {
        dateOfInjury: ["Date of injury cannot be in the future."],
        urDecisionDate: ["UR decision date cannot be before the date of injury."],
      },
    ],
    [
      "e-mail service without an address",
      { claimsAdministratorServiceMethod: "EMAIL", claimsAdministratorElectronicConsent: true },
      { claimsAdministratorEmail: ["Claims administrator: enter the e-mail address to serve by e-mail."] },
    ],
    [
      "portal service without consent",
      { employeeServiceMethod: "PORTAL" },
      {
        employeeElectronicConsent: [
          "Employee: electronic service needs the party's consent; tick the box or choose mail.",
        ],
      },
    ],
    [
      "a party the case does not have",
      { urOrganizationName: "Utilization Partners" },
      { urOrganizationName: ["UR organization: this case has none to correct."] },
    ],
    [
      "an item of another case",
      { items: [{ itemId: "00000000-0000-4000-8000-000000000000", description: "MRI" }] },
      { "items.0": ["This disputed item is not one of the case's (or is given twice); reload the page."] },
    ],
    [
      "nothing to change",
      { employeeName: undefined },
      "Nothing was changed: correct a field first (the reason alone is not a correction).",
    ],
  ])("%s", async (_label, patch, expected) => {
    const caseId = await receivedCase();
    const before = await snapshot(caseId);
    const input = { caseId, reason: REASON, employeeName: "A Name Corrected", ...patch };
    const result = await runAction(() => editApplication({ actor: intake, input }));
    if (typeof expected === "string") expect(result).toEqual({ ok: false, message: expected, fieldErrors: undefined });
    else
      expect(result).toEqual({ ok: false, message: "Please correct the highlighted fields.", fieldErrors: expected });
    expect(await snapshot(caseId)).toEqual(before);
  });
});

describe("the letter closes the application; an amendment opens it again", () => {
  test("refused while the letter is being issued and once it is, pointing to an amendment; allowed during the amendment", async () => {
    const { caseId, caseNumber } = await createTestCase(intake);
    await assignAndAccept(admin, reviewer, caseId);
    const draft = await db().determination.findFirstOrThrow({ where: { caseId, status: "DRAFT" } });
    const { determinationId } = await submitDetermination({
      actor: reviewer,
      input: await withCaseFileReviewed(completeDecisions(caseId, await itemsOf(caseId), "OVERTURNED", draft.revision)),
    });

    // allowed while the determination is with QA (the letter is not issued yet)
    await editApplication({ actor: intake, input: { caseId, reason: REASON, urDecisionReference: "UR-1" } });

    await approveDetermination({ actor: admin, input: { determinationId } });
    let before = await snapshot(caseId);
    let error = await refusal(
      editApplication({ actor: intake, input: { caseId, reason: REASON, claimNumber: unique("WC") } }),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringContaining(`The letter of case ${caseNumber} is being issued now`),
    });
    expect(await snapshot(caseId)).toEqual(before);

    await issueApproved(determinationId);
    before = await snapshot(caseId);
    error = await refusal(
      editApplication({ actor: admin, input: { caseId, reason: REASON, claimNumber: unique("WC") } }),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(
        new RegExp(
          `^The letter of case ${caseNumber} was issued on \\d{2}/\\d{2}/\\d{4}, .*needs an amendment of the letter`,
        ),
      ),
    });
    expect(await snapshot(caseId)).toEqual(before);
    const closed = await applicationForEdit({ actor: intake, caseId });
    expect(closed.editable).toEqual({ ok: false, message: (error as AppError).userMessage });

    await startAmendment({ actor: admin, input: { caseId, reason: "The claim number in the letter was wrong." } });
    expect((await applicationForEdit({ actor: intake, caseId })).editable).toEqual({ ok: true });
    const edited = await editApplication({
      actor: intake,
      input: { caseId, reason: REASON, claimNumber: "WC-AMENDED-1" },
    });
    expect(edited.changes).toEqual([
      { field: "claimNumber", label: "Claim number", before: expect.any(String), after: "WC-AMENDED-1" },
    ]);
  }, 120_000);
});
