// The data the authorization matrix and the fuzz tests act on: one actor of each kind and,
// for every use case, a record it may legitimately act on (a record per granted actor where
// acting changes the record's state). Built through the domain's own functions.
import { db } from "@/lib/db/client.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { confirmEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { startPartySession } from "@/lib/parties/party-sessions.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { addLicense } from "@/lib/reviewers/add-license.ts";
import { addCertification } from "@/lib/reviewers/add-certification.ts";
import { addAffiliation } from "@/lib/reviewers/add-affiliation.ts";
import { addLeave } from "@/lib/reviewers/add-leave.ts";
import { addSimilarSpecialty } from "@/lib/specialties/add-similar-specialty.ts";
import { createOrganization } from "@/lib/organizations/create-organization.ts";
import { createSpecialty } from "../factories/reviewers.ts";
import { screenForOffer } from "@/lib/cases/case-candidates.ts";
import { hashPassword } from "@/lib/auth/passwords.ts";
import { startTwoFactorEnrolment } from "@/lib/users/two-factor-enrolment.ts";
import { publishDecision } from "@/lib/publication/publish-decision.ts";
import { createReaderNote } from "@/lib/reader-notes/reader-notes.ts";
import { createTestFiling } from "../factories/filings.ts";
import {
  applicationInput,
  assignAndAccept,
  caseFileReviewed,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  offerCase,
  unique,
  withCaseFileReviewed,
} from "../factories/index.ts";

export const ACTOR_KEYS = [
  "anonymous",
  "intake",
  "admin",
  "assignedReviewer",
  "otherReviewer",
  "ownParty",
  "otherParty",
  /** the claims administrator of a case waiting for records, through a party session */
  "recordsParty",
] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];

/** One record per staff actor that may change it (the grants run once per allowed actor). */
export type PerStaff = { intake: string; admin: string };
/** The password every staff actor of the world signs in with (their own-account rows need it). */
export const WORLD_PASSWORD = "world-password-2026";
export type Enrolment = { secret: string; enrolment: string };

export type Ids = {
  assignedCaseId: string;
  offeredCaseId: string;
  readyCaseId: string;
  autoCaseId: string;
  decidedCaseId: string;
  letterId: string;
  noticeId: string;
  freeReviewerId: string;
  itemIds: { id: string }[];
  offeredItemIds: { id: string }[];
  assignedDocumentId: string;
  offeredDocumentId: string;
  acceptOfferId: string;
  declineOfferId: string;
  withdrawOfferId: string;
  withdrawCaseId: string;
  recordReviewerId: string;
  disposableReviewerId: string;
  licenseId: string;
  removableLicenseId: string;
  certificationId: string;
  removableCertificationId: string;
  affiliationId: string;
  removableAffiliationId: string;
  leaveId: string;
  receivedCaseIds: PerStaff;
  awaitingRecordsCaseIds: PerStaff;
  /** the first disputed item of each received case (its wording is corrected by the edit-application row) */
  receivedItemIds: PerStaff;
  /** notes of the assigned reviewer on the assigned case's document: one to edit, one to delete */
  readerNoteId: string;
  removableNoteId: string;
  submitCaseId: string;
  submitItemIds: { id: string }[];
  submitDocuments: Awaited<ReturnType<typeof caseFileReviewed>>;
  returnDeterminationId: string;
  approveDeterminationId: string;
  enrolments: Record<"intake" | "admin" | "assignedReviewer" | "otherReviewer", Enrolment>;
  userTargetId: string;
  reissuePartyIds: PerStaff;
  lockoutCaseNumber: string;
  failedJobId: string;
  failedMessageId: string;
  publishedPublicationId: string;
  blockedPublicationId: string;
  reviewPublicationId: string;
  conflictCaseId: string;
  conflictReviewerId: string;
  conflictPairKey: string;
  organizationId: string;
  parentOrganizationId: string;
  /** a case waiting for records, and a document its claims administrator sent */
  recordsCaseId: string;
  recordsDocumentId: string;
  /** a party of an open case to ask for information */
  rfiCaseId: string;
  rfiPartyId: string;
  /** requests sent to ownParty: one to open, one to answer */
  openRequestId: string;
  answerRequestId: string;
  /** a case whose codes wait to be sent: one party per staff actor to mark, one for the code letter */
  codeCaseId: string;
  codePartyIds: PerStaff;
  codeLetterPartyId: string;
  /** online filings: one to open (with its paper), one per staff actor to accept and to reject */
  filingId: string;
  filingPaperId: string;
  acceptFilingIds: PerStaff;
  rejectFilingIds: PerStaff;
  acceptFilingData: Record<string, PerStaffData>;
};
type PerStaffData = Record<string, unknown>;
export type World = Record<ActorKey, Actor | null> & Ids;

const addDocument = (caseId: string) =>
  db().$transaction((tx) =>
    storeDocument(tx, {
      caseId,
      kind: "MEDICAL_REPORT",
      title: "Progress report",
      fileName: "r.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 test"),
      pageCount: 1,
    }),
  );

async function inTurn<T>(count: number, make: () => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < count; i++) made.push(await make());
  return made;
}

const itemsOf = (caseId: string) =>
  db().disputedItem.findMany({ where: { caseId }, select: { id: true }, orderBy: { ordinal: "asc" } });

async function receivedCase(intake: StaffActor): Promise<string> {
  return (await createCase({ actor: intake, input: applicationInput() })).caseId;
}

async function awaitingRecordsCase(intake: StaffActor): Promise<string> {
  const caseId = await receivedCase(intake);
  await confirmEligibility({ actor: intake, input: { caseId, outcome: "ELIGIBLE" } });
  return caseId;
}

/** A case waiting for records, its claims administrator in an open party session, and one document it sent. */
async function recordsSubmission(intake: StaffActor) {
  const caseId = await awaitingRecordsCase(intake);
  const party = await db().party.findFirstOrThrow({ where: { caseId, role: "CLAIMS_ADMINISTRATOR" } });
  const { sessionId } = await db().$transaction((tx) => startPartySession(tx, party.id, new Date()));
  const document = await db().$transaction((tx) =>
    storeDocument(tx, {
      caseId,
      kind: "MEDICAL_REPORT",
      title: "ur-file.pdf",
      fileName: "ur-file.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 records"),
      pageCount: 1,
    }),
  );
  await db().document.update({ where: { id: document.id }, data: { submittedByPartyId: party.id } });
  const actor = {
    kind: "party" as const,
    partyId: party.id,
    caseId,
    sessionId,
    meta: { ip: "127.0.0.9", userAgent: "jest" },
  };
  return { caseId, documentId: document.id, party: actor };
}

/** A case accepted by the reviewer whose complete determination waits for QA. */
async function submittedDetermination(intake: StaffActor, admin: StaffActor, reviewer: StaffActor): Promise<string> {
  const { caseId } = await createTestCase(intake);
  await assignAndAccept(admin, reviewer, caseId);
  return (
    await submitDetermination({
      actor: reviewer,
      input: await withCaseFileReviewed(completeDecisions(caseId, await itemsOf(caseId))),
    })
  ).determinationId;
}

export async function buildWorld(): Promise<World> {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const [assignedReviewer, otherReviewer, freeReviewer, recordReviewer, disposable] = await Promise.all(
    Array.from({ length: 5 }, () => createReviewer()),
  );
  // one after another: each is a few transactions, and a busy machine times out parallel ones
  const [assigned, decided, ready, auto, offered, toDecline, submit] = await inTurn(7, () => createTestCase(intake));
  await assignAndAccept(admin, assignedReviewer, assigned.caseId);
  await assignAndAccept(admin, assignedReviewer, decided.caseId);
  await assignAndAccept(admin, assignedReviewer, submit.caseId);
  const { letterId } = await issueDetermination(assignedReviewer, admin, decided.caseId);
  const { id: noticeId } = await db().document.findFirstOrThrow({
    where: { caseId: decided.caseId, kind: "NOTICE" },
    select: { id: true },
  });
  const acceptOfferId = await offerCase(admin, assignedReviewer, offered.caseId);
  const declineOfferId = await offerCase(admin, assignedReviewer, toDecline.caseId);
  // an offer for the administrator to withdraw, to a reviewer of its own (the reviewers' own offers are counted below)
  const toWithdraw = await createTestCase(intake);
  const withdrawOfferId = await offerCase(admin, freeReviewer, toWithdraw.caseId);
  const [assignedDocument, offeredDocument] = await Promise.all([
    addDocument(assigned.caseId),
    addDocument(offered.caseId),
  ]);
  const [receivedIntake, receivedAdmin] = await inTurn(2, () => receivedCase(intake));
  const [awaitingIntake, awaitingAdmin] = await inTurn(2, () => awaitingRecordsCase(intake));
  const returnDeterminationId = await submittedDetermination(intake, admin, assignedReviewer);
  const approveDeterminationId = await submittedDetermination(intake, admin, assignedReviewer);

  const record = await db().reviewerProfile.findUniqueOrThrow({
    where: { id: recordReviewer.reviewerId! },
    include: { licenses: true, certifications: true },
  });
  const reviewerId = record.id;
  const { licenseId: removableLicenseId } = await addLicense({
    actor: admin,
    input: { reviewerId, state: "NV", number: unique("NV"), status: "ACTIVE", expiresOn: "2030-01-31" },
  });
  const { certificationId: removableCertificationId } = await addCertification({
    actor: admin,
    input: { reviewerId, board: "American Board of Anesthesiology", specialtyCode: "PAIN", expiresOn: "2030-01-31" },
  });
  const { affiliationId } = await addAffiliation({
    actor: admin,
    input: { reviewerId, kind: "EMPLOYER", name: "Sunrise Medical Supply" },
  });
  const { affiliationId: removableAffiliationId } = await addAffiliation({
    actor: admin,
    input: { reviewerId, kind: "FACILITY", name: "Valley Surgery Center" },
  });
  const { leaveId } = await addLeave({
    actor: admin,
    input: { reviewerId, startsOn: "2031-01-05", endsOn: "2031-01-09" },
  });
  await addSimilarSpecialty({ actor: admin, input: { specialtyCode: "PLAS", similarCode: "RHEUM" } });
  const { organizationId: parentOrganizationId } = await createOrganization({
    actor: admin,
    input: { kind: "INSURER", name: unique("World Insurance") },
  });
  const { organizationId } = await createOrganization({
    actor: admin,
    input: { kind: "TPA", name: unique("World TPA"), aliases: "World Claims" },
  });

  const parties = await db().party.findMany({
    where: { caseId: { in: [decided.caseId, ready.caseId] }, role: "EMPLOYEE" },
  });
  const meta = { ip: "127.0.0.1", userAgent: "jest" };
  const partyOf = (caseId: string) => ({
    kind: "party" as const,
    partyId: parties.find((p) => p.caseId === caseId)!.id,
    caseId,
    meta,
  });
  const records = await recordsSubmission(intake);
  const accounts = await ownAccounts({ intake, admin, assignedReviewer, otherReviewer });
  const operations = await operationsRecords(ready.caseId, ready.caseNumber);
  const publications = await publicationRecords(intake, admin, assignedReviewer, decided.caseId);
  const conflicts = await conflictRecords(intake);
  const requests = await informationRequestRecords(intake, ready.caseId, partyOf(decided.caseId));
  return {
    anonymous: null,
    intake,
    admin,
    assignedReviewer,
    otherReviewer,
    ownParty: partyOf(decided.caseId),
    otherParty: partyOf(ready.caseId),
    recordsParty: records.party,
    recordsCaseId: records.caseId,
    recordsDocumentId: records.documentId,
    assignedCaseId: assigned.caseId,
    offeredCaseId: offered.caseId,
    readyCaseId: ready.caseId,
    autoCaseId: auto.caseId,
    decidedCaseId: decided.caseId,
    letterId,
    noticeId,
    freeReviewerId: freeReviewer.reviewerId!,
    itemIds: await itemsOf(assigned.caseId),
    offeredItemIds: await itemsOf(offered.caseId),
    assignedDocumentId: assignedDocument.id,
    offeredDocumentId: offeredDocument.id,
    acceptOfferId,
    declineOfferId,
    withdrawOfferId,
    withdrawCaseId: toWithdraw.caseId,
    recordReviewerId: reviewerId,
    disposableReviewerId: disposable.reviewerId!,
    licenseId: record.licenses[0].id,
    removableLicenseId,
    certificationId: record.certifications[0].id,
    removableCertificationId,
    affiliationId,
    removableAffiliationId,
    leaveId,
    organizationId,
    parentOrganizationId,
    receivedCaseIds: { intake: receivedIntake, admin: receivedAdmin },
    awaitingRecordsCaseIds: { intake: awaitingIntake, admin: awaitingAdmin },
    receivedItemIds: { intake: (await itemsOf(receivedIntake))[0].id, admin: (await itemsOf(receivedAdmin))[0].id },
    ...(await readerNotes(assignedReviewer, assignedDocument.id)),
    submitCaseId: submit.caseId,
    submitItemIds: await itemsOf(submit.caseId),
    submitDocuments: await caseFileReviewed(submit.caseId),
    returnDeterminationId,
    approveDeterminationId,
    ...accounts,
    ...operations,
    ...publications,
    ...conflicts,
    ...requests,
    ...(await filingRecords()),
  };
}

/** Online filings waiting in the queue (made through the public use cases). */
async function filingRecords() {
  const [open, acceptIntake, acceptAdmin, rejectIntake, rejectAdmin] = await inTurn(5, () => createTestFiling());
  return {
    filingId: open.filingId,
    filingPaperId: open.paper.id,
    acceptFilingIds: { intake: acceptIntake.filingId, admin: acceptAdmin.filingId },
    rejectFilingIds: { intake: rejectIntake.filingId, admin: rejectAdmin.filingId },
    acceptFilingData: { intake: acceptIntake.data, admin: acceptAdmin.data },
  };
}

/** Requests for information to ownParty (one to open, one to answer) and a case whose codes wait to be sent. */
async function informationRequestRecords(
  intake: StaffActor,
  readyCaseId: string,
  own: { partyId: string; caseId: string },
) {
  const rfiParty = await db().party.findFirstOrThrow({ where: { caseId: readyCaseId, role: "REQUESTING_PHYSICIAN" } });
  const request = () =>
    db().informationRequest.create({
      data: {
        caseId: own.caseId,
        partyId: own.partyId,
        question: "Please send the report of the last visit.",
        sentAt: new Date(),
        sentById: intake.userId,
        dueDate: new Date("2031-01-10T00:00:00Z"),
        dueAt: new Date("2031-01-11T07:59:59.999Z"),
      },
    });
  const [toOpen, toAnswer] = [await request(), await request()];
  const codes = await createTestCase(intake);
  const parties = await db().party.findMany({ where: { caseId: codes.caseId }, orderBy: { role: "asc" } });
  const of = (role: string) => parties.find((p) => p.role === role)!.id;
  return {
    rfiCaseId: readyCaseId,
    rfiPartyId: rfiParty.id,
    openRequestId: toOpen.id,
    answerRequestId: toAnswer.id,
    codeCaseId: codes.caseId,
    codePartyIds: { intake: of("EMPLOYEE"), admin: of("CLAIMS_ADMINISTRATOR") },
    codeLetterPartyId: of("REQUESTING_PHYSICIAN"),
  };
}

/** Two notes pinned by the assigned reviewer to a page of the assigned case's document. */
async function readerNotes(reviewer: StaffActor, documentId: string) {
  const pin = (body: string) => createReaderNote({ actor: reviewer, input: { documentId, pageNumber: 1, body } });
  const kept = await pin("The MRI shows no nerve root compression.");
  const removable = await pin("Compare with the UR reviewer's reading.");
  return { readerNoteId: kept.id, removableNoteId: removable.id };
}

/** A waiting case, in a specialty of its own, whose only reviewer may be tied to its claims administrator. */
async function conflictRecords(intake: StaffActor) {
  const specialty = await createSpecialty();
  const word = `Quillfeather${unique("q").slice(2, 8).replace(/\d/g, "x")}`;
  const reviewer = await createReviewer({ specialty, affiliations: [{ kind: "CLAIMS_ADMINISTRATOR", name: word }] });
  const { caseId } = await createTestCase(intake, {
    specialtyCode: specialty,
    claimsAdministratorName: `${word} Insurance Company`,
  });
  const candidates = await db().$transaction((tx) => screenForOffer(tx, caseId));
  const tie = candidates
    .find((c) => c.reviewerId === reviewer.reviewerId)
    ?.reasons.find((r) => r.possibleConflict)?.possibleConflict;
  if (!tie) throw new Error("The world's possible conflict was not found by the screen");
  return { conflictCaseId: caseId, conflictReviewerId: reviewer.reviewerId!, conflictPairKey: tie.pairKey };
}

/** Each staff actor with a known password and a two-factor set-up under way; a target account for the user rows. */
async function ownAccounts(staff: Record<"intake" | "admin" | "assignedReviewer" | "otherReviewer", StaffActor>) {
  const passwordHash = await hashPassword(WORLD_PASSWORD);
  await db().user.updateMany({
    where: { id: { in: Object.values(staff).map((a) => a.userId) } },
    data: { passwordHash },
  });
  const enrolments = {} as Record<keyof typeof staff, Enrolment>;
  for (const [key, actor] of Object.entries(staff) as [keyof typeof staff, StaffActor][]) {
    const { secret, enrolment } = await startTwoFactorEnrolment({ actor });
    enrolments[key] = { secret: secret.replace(/\s/g, ""), enrolment };
  }
  // locked, with two-factor on: every administrator's user row has something to do
  const target = await createStaff("INTAKE");
  await db().user.update({
    where: { id: target.userId },
    data: { lockedAt: new Date(), failedSignIns: 10, totpSecret: "sealed-secret", totpEnabledAt: new Date() },
  });
  return { enrolments, userTargetId: target.userId };
}

/** Party codes to reissue, a lockout to lift, a failed job and a failed e-mail to retry. */
async function operationsRecords(readyCaseId: string, readyCaseNumber: string) {
  const parties = await db().party.findMany({
    where: { caseId: readyCaseId, role: { in: ["EMPLOYEE", "CLAIMS_ADMINISTRATOR"] } },
    orderBy: { role: "asc" },
  });
  await db().accessAttempt.createMany({
    data: Array.from({ length: 25 }, () => ({ caseNumber: readyCaseNumber, ip: "198.51.100.9", succeeded: false })),
  });
  const job = await db().job.create({
    data: {
      kind: "publish-decision",
      status: "FAILED",
      attempts: 5,
      lastError: "renderer crashed",
      finishedAt: new Date(),
    },
  });
  const message = await db().outboxMessage.create({
    data: {
      kind: "letter-issued",
      toAddress: "party@test.imr",
      subject: "Letter",
      body: "Your letter is ready.",
      status: "FAILED",
      attempts: 5,
      lastError: "SMTP refused",
    },
  });
  return {
    reissuePartyIds: { intake: parties[0].id, admin: parties[1].id },
    lockoutCaseNumber: readyCaseNumber,
    failedJobId: job.id,
    failedMessageId: message.id,
  };
}

/** Two published copies of issued letters: one published (to withdraw), one blocked (to publish again). */
async function publicationRecords(intake: StaffActor, admin: StaffActor, reviewer: StaffActor, decidedCaseId: string) {
  const { caseId } = await createTestCase(intake);
  await assignAndAccept(admin, reviewer, caseId);
  const second = await issueDetermination(reviewer, admin, caseId);
  const first = await db().determination.findFirstOrThrow({ where: { caseId: decidedCaseId, status: "ISSUED" } });
  const third = await createTestCase(intake);
  await assignAndAccept(admin, reviewer, third.caseId);
  const review = await issueDetermination(reviewer, admin, third.caseId);
  const published = await publishDecision(first.id);
  const blocked = await publishDecision(second.determinationId);
  const held = await publishDecision(review.determinationId);
  await db().publishedDecision.update({ where: { id: published.publicationId }, data: { status: "PUBLISHED" } });
  await db().publishedDecision.update({ where: { id: blocked.publicationId }, data: { status: "BLOCKED" } });
  await db().publishedDecision.update({
    where: { id: held.publicationId },
    data: { status: "NEEDS_REVIEW", pdf: null, pdfSha256: null, redactedText: "", publishedAt: null },
  });
  return {
    publishedPublicationId: published.publicationId,
    blockedPublicationId: blocked.publicationId,
    reviewPublicationId: held.publicationId,
  };
}
