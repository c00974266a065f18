// Role x action x ownership: every use case behind a page, action or route, called by each
// kind of actor. A denial returns no data and changes nothing (the rows of every table a
// use case writes are compared before and after). On a database of its own: the batch
// assignment grant takes every waiting case.
import { db } from "@/lib/db/client.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { batchAssignWaitingCases } from "@/lib/cases/batch-assign-waiting-cases.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { listMyOffers } from "@/lib/cases/list-offers.ts";
import { listCaseCandidates } from "@/lib/cases/list-case-candidates.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { createReviewer as createReviewerRecord } from "@/lib/reviewers/create-reviewer.ts";
import { updateReviewerProfile } from "@/lib/reviewers/update-reviewer-profile.ts";
import { setReviewerDisabled } from "@/lib/reviewers/set-reviewer-disabled.ts";
import { addLicense } from "@/lib/reviewers/add-license.ts";
import { updateLicense } from "@/lib/reviewers/update-license.ts";
import { removeLicense } from "@/lib/reviewers/remove-license.ts";
import { addCertification } from "@/lib/reviewers/add-certification.ts";
import { updateCertification } from "@/lib/reviewers/update-certification.ts";
import { removeCertification } from "@/lib/reviewers/remove-certification.ts";
import { verifyCredential } from "@/lib/reviewers/verify-credential.ts";
import { addAffiliation } from "@/lib/reviewers/add-affiliation.ts";
import { updateAffiliation } from "@/lib/reviewers/update-affiliation.ts";
import { removeAffiliation } from "@/lib/reviewers/remove-affiliation.ts";
import { addLeave } from "@/lib/reviewers/add-leave.ts";
import { removeLeave } from "@/lib/reviewers/remove-leave.ts";
import { listReviewers } from "@/lib/reviewers/list-reviewers.ts";
import { getReviewer } from "@/lib/reviewers/get-reviewer.ts";
import { listExpiringCredentials } from "@/lib/reviewers/expiring-credentials.ts";
import { getSpecialtyTable } from "@/lib/specialties/specialty-table.ts";
import { addSimilarSpecialty } from "@/lib/specialties/add-similar-specialty.ts";
import { removeSimilarSpecialty } from "@/lib/specialties/remove-similar-specialty.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import {
  applicationInput, assignAndAccept, completeDecisions, createReviewer, createStaff, createTestCase, ensureSpecialties, issueDetermination, offerCase, unique,
} from "../factories/index.ts";

withOwnDatabase("imr_it_authz");

type ActorKey = "anonymous" | "intake" | "admin" | "assignedReviewer" | "otherReviewer" | "ownParty" | "otherParty";
type Ids = {
  assignedCaseId: string; offeredCaseId: string; readyCaseId: string; autoCaseId: string; letterId: string; freeReviewerId: string;
  itemIds: { id: string }[]; offeredItemIds: { id: string }[]; assignedDocumentId: string; offeredDocumentId: string;
  acceptOfferId: string; declineOfferId: string; recordReviewerId: string; disposableReviewerId: string;
  licenseId: string; removableLicenseId: string; certificationId: string; removableCertificationId: string;
  affiliationId: string; removableAffiliationId: string; leaveId: string;
};
type World = Record<ActorKey, Actor | null> & Ids;

let world: World;

const addDocument = (caseId: string) =>
  db().$transaction((tx) => storeDocument(tx, { caseId, kind: "MEDICAL_REPORT", title: "Progress report", fileName: "r.pdf", mimeType: "application/pdf", bytes: Buffer.from("%PDF-1.4 test"), pageCount: 1 }));

beforeAll(async () => {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const [assignedReviewer, otherReviewer, freeReviewer, recordReviewer, disposable] = await Promise.all(Array.from({ length: 5 }, () => createReviewer()));
  const [assigned, decided, ready, auto, offered, toDecline] = await Promise.all(Array.from({ length: 6 }, () => createTestCase(intake)));
  await assignAndAccept(admin, assignedReviewer, assigned.caseId);
  await assignAndAccept(admin, assignedReviewer, decided.caseId);
  const { letterId } = await issueDetermination(assignedReviewer, admin, decided.caseId);
  const acceptOfferId = await offerCase(admin, assignedReviewer, offered.caseId);
  const declineOfferId = await offerCase(admin, assignedReviewer, toDecline.caseId);
  const [assignedDocument, offeredDocument] = await Promise.all([addDocument(assigned.caseId), addDocument(offered.caseId)]);

  const record = await db().reviewerProfile.findUniqueOrThrow({ where: { id: recordReviewer.reviewerId! }, include: { licenses: true, certifications: true } });
  const reviewerId = record.id;
  const { licenseId: removableLicenseId } = await addLicense({ actor: admin, input: { reviewerId, state: "NV", number: unique("NV"), status: "ACTIVE", expiresOn: "2030-01-31" } });
  const { certificationId: removableCertificationId } = await addCertification({ actor: admin, input: { reviewerId, board: "American Board of Anesthesiology", specialtyCode: "PAIN", expiresOn: "2030-01-31" } });
  const { affiliationId } = await addAffiliation({ actor: admin, input: { reviewerId, kind: "EMPLOYER", name: "Sunrise Medical Supply" } });
  const { affiliationId: removableAffiliationId } = await addAffiliation({ actor: admin, input: { reviewerId, kind: "FACILITY", name: "Valley Surgery Center" } });
  const { leaveId } = await addLeave({ actor: admin, input: { reviewerId, startsOn: "2031-01-05", endsOn: "2031-01-09" } });
  await addSimilarSpecialty({ actor: admin, input: { specialtyCode: "PLAS", similarCode: "RHEUM" } });

  const parties = await db().party.findMany({ where: { caseId: { in: [decided.caseId, ready.caseId] }, role: "EMPLOYEE" } });
  const meta = { ip: "127.0.0.1", userAgent: "jest" };
  const partyOf = (caseId: string) => ({ kind: "party" as const, partyId: parties.find((p) => p.caseId === caseId)!.id, caseId, meta });
  const itemsOf = (caseId: string) => db().disputedItem.findMany({ where: { caseId }, select: { id: true }, orderBy: { ordinal: "asc" } });
  world = {
    anonymous: null, intake, admin, assignedReviewer, otherReviewer,
    ownParty: partyOf(decided.caseId), otherParty: partyOf(ready.caseId),
    assignedCaseId: assigned.caseId, offeredCaseId: offered.caseId, readyCaseId: ready.caseId, autoCaseId: auto.caseId, letterId,
    freeReviewerId: freeReviewer.reviewerId!, itemIds: await itemsOf(assigned.caseId), offeredItemIds: await itemsOf(offered.caseId),
    assignedDocumentId: assignedDocument.id, offeredDocumentId: offeredDocument.id, acceptOfferId, declineOfferId,
    recordReviewerId: reviewerId, disposableReviewerId: disposable.reviewerId!,
    licenseId: record.licenses[0].id, removableLicenseId, certificationId: record.certifications[0].id, removableCertificationId,
    affiliationId, removableAffiliationId, leaveId,
  };
}, 60_000);

const profile = { name: "Dr. Renamed Reviewer", yearsInPractice: 20, hoursPerWeek: 36, disciplinaryHistory: false, maxOpenCases: 8, maxCasesPerWeek: 12 };

const ACTIONS: Record<string, (actor: Actor | null) => Promise<unknown>> = {
  "cases.create": (actor) => createCase({ actor, input: applicationInput() }),
  "cases.list": (actor) => listCases({ actor, query: {} }),
  "cases.read (assigned case)": (actor) => getCase({ actor, caseId: world.assignedCaseId }),
  "cases.read (offered case)": (actor) => getCase({ actor, caseId: world.offeredCaseId }),
  "cases.candidates": (actor) => listCaseCandidates({ actor, caseId: world.readyCaseId }),
  "cases.assign": (actor) => assignReviewer({ actor, input: { caseId: world.readyCaseId, reviewerId: world.freeReviewerId, reason: "Matrix test" } }),
  "cases.auto_assign": (actor) => autoAssignCase({ actor, input: { caseId: world.autoCaseId } }),
  "offers.list": (actor) => listMyOffers({ actor }),
  "offers.accept (own offer)": (actor) => respondToOffer({ actor, input: { assignmentId: world.acceptOfferId, response: "ACCEPT", attestNoConflict: true } }),
  "offers.decline (own offer)": (actor) => respondToOffer({ actor, input: { assignmentId: world.declineOfferId, response: "DECLINE", reason: "Travelling that week." } }),
  "determinations.draft": (actor) => saveDeterminationDraft({ actor, input: completeDecisions(world.assignedCaseId, world.itemIds) }),
  "determinations.draft (offered case)": (actor) => saveDeterminationDraft({ actor, input: completeDecisions(world.offeredCaseId, world.offeredItemIds) }),
  "documents.view (accepted case)": (actor) => viewDocument({ actor, documentId: world.assignedDocumentId }),
  "documents.view (offered case)": (actor) => viewDocument({ actor, documentId: world.offeredDocumentId }),
  "letters.download": (actor) => downloadLetter({ actor, documentId: world.letterId }),
  "reviewers.list": (actor) => listReviewers({ actor, query: {} }),
  "reviewers.read": (actor) => getReviewer({ actor, reviewerId: world.recordReviewerId }),
  "reviewers.expiring": (actor) => listExpiringCredentials({ actor, query: { window: "90" } }),
  "reviewers.create": (actor) => createReviewerRecord({ actor, input: { ...profile, email: `${unique("new")}@test.imr` } }),
  "reviewers.update": (actor) => updateReviewerProfile({ actor, input: { reviewerId: world.recordReviewerId, ...profile } }),
  "reviewers.disable": (actor) => setReviewerDisabled({ actor, input: { reviewerId: world.disposableReviewerId, disabled: true } }),
  "licenses.add": (actor) => addLicense({ actor, input: { reviewerId: world.recordReviewerId, state: "CA", number: unique("A"), status: "ACTIVE", expiresOn: "2031-06-30" } }),
  "licenses.update": (actor) => updateLicense({ actor, input: { licenseId: world.licenseId, state: "CA", number: unique("A"), status: "ACTIVE", expiresOn: "2032-06-30" } }),
  "licenses.remove": (actor) => removeLicense({ actor, input: { licenseId: world.removableLicenseId } }),
  "certifications.add": (actor) => addCertification({ actor, input: { reviewerId: world.recordReviewerId, board: "American Board of Psychiatry and Neurology", specialtyCode: "NEURO", expiresOn: "2031-06-30" } }),
  "certifications.update": (actor) => updateCertification({ actor, input: { certificationId: world.certificationId, board: "ABPMR", specialtyCode: "PMR", expiresOn: "2033-12-31" } }),
  "certifications.remove": (actor) => removeCertification({ actor, input: { certificationId: world.removableCertificationId } }),
  "credentials.verify": (actor) => verifyCredential({ actor, input: { credential: "certification", credentialId: world.certificationId, source: "ABMS Certification Matters" } }),
  "affiliations.add": (actor) => addAffiliation({ actor, input: { reviewerId: world.recordReviewerId, kind: "MANUFACTURER", name: "Medtronic, Inc." } }),
  "affiliations.update": (actor) => updateAffiliation({ actor, input: { affiliationId: world.affiliationId, kind: "EMPLOYER", name: "Sunrise Medical Supply Co.", identifier: "12-3456789" } }),
  "affiliations.remove": (actor) => removeAffiliation({ actor, input: { affiliationId: world.removableAffiliationId } }),
  "leaves.add": (actor) => addLeave({ actor, input: { reviewerId: world.recordReviewerId, startsOn: "2031-03-02", endsOn: "2031-03-06" } }),
  "leaves.remove": (actor) => removeLeave({ actor, input: { leaveId: world.leaveId } }),
  "specialties.read": (actor) => getSpecialtyTable({ actor }),
  "specialties.add_pair": (actor) => addSimilarSpecialty({ actor, input: { specialtyCode: "PLAS", similarCode: "ORTH" } }),
  "specialties.remove_pair": (actor) => removeSimilarSpecialty({ actor, input: { specialtyCode: "RHEUM", similarCode: "PLAS" } }),
  // last: it offers every case still waiting
  "cases.batch_assign": (actor) => batchAssignWaitingCases({ actor }),
};

const ADMIN_ONLY: ActorKey[] = ["admin"];
const REVIEWERS: ActorKey[] = ["assignedReviewer", "otherReviewer"];

// allowed: the call succeeds; everything else must be refused.
const ALLOWED: Record<keyof typeof ACTIONS, ActorKey[]> = {
  "cases.create": ["intake", "admin"],
  "cases.list": ["intake", "admin", ...REVIEWERS],
  "cases.read (assigned case)": ["intake", "admin", "assignedReviewer"],
  "cases.read (offered case)": ["intake", "admin", "assignedReviewer"],
  "cases.candidates": ADMIN_ONLY,
  "cases.assign": ADMIN_ONLY,
  "cases.auto_assign": ADMIN_ONLY,
  "offers.list": REVIEWERS,
  "offers.accept (own offer)": ["assignedReviewer"],
  "offers.decline (own offer)": ["assignedReviewer"],
  "determinations.draft": ["assignedReviewer"],
  "determinations.draft (offered case)": [],
  "documents.view (accepted case)": ["intake", "admin", "assignedReviewer"],
  "documents.view (offered case)": ["intake", "admin"],
  "letters.download": ["intake", "admin", "assignedReviewer", "ownParty"],
  "reviewers.list": ADMIN_ONLY,
  "reviewers.read": ADMIN_ONLY,
  "reviewers.expiring": ADMIN_ONLY,
  "reviewers.create": ADMIN_ONLY,
  "reviewers.update": ADMIN_ONLY,
  "reviewers.disable": ADMIN_ONLY,
  "licenses.add": ADMIN_ONLY,
  "licenses.update": ADMIN_ONLY,
  "licenses.remove": ADMIN_ONLY,
  "certifications.add": ADMIN_ONLY,
  "certifications.update": ADMIN_ONLY,
  "certifications.remove": ADMIN_ONLY,
  "credentials.verify": ADMIN_ONLY,
  "affiliations.add": ADMIN_ONLY,
  "affiliations.update": ADMIN_ONLY,
  "affiliations.remove": ADMIN_ONLY,
  "leaves.add": ADMIN_ONLY,
  "leaves.remove": ADMIN_ONLY,
  "specialties.read": ADMIN_ONLY,
  "specialties.add_pair": ADMIN_ONLY,
  "specialties.remove_pair": ADMIN_ONLY,
  "cases.batch_assign": ADMIN_ONLY,
};

const ACTORS: ActorKey[] = ["anonymous", "intake", "admin", "assignedReviewer", "otherReviewer", "ownParty", "otherParty"];
const DENIALS = Object.keys(ACTIONS).flatMap((action) => ACTORS.filter((a) => !ALLOWED[action].includes(a)).map((actor) => [action, actor] as const));
const GRANTS = Object.keys(ACTIONS).flatMap((action) => ALLOWED[action].map((actor) => [action, actor] as const));

/** Everything a denied call could have changed (small: this database holds only this file's data). */
async function databaseState() {
  const p = db();
  const byId = { orderBy: { id: "asc" as const } };
  const [cases, assignments, determinations, documents, decided, audit, users, profiles, licenses, certifications, affiliations, leaves, similar] = await Promise.all([
    p.case.findMany({ select: { id: true, status: true }, ...byId }),
    p.assignment.findMany({ select: { id: true, status: true, reviewerId: true }, ...byId }),
    p.determination.findMany({ select: { id: true, status: true, revision: true }, ...byId }),
    p.document.count(),
    p.determinationItem.count({ where: { rationale: { not: "" } } }),
    p.auditEvent.count(),
    p.user.findMany({ select: { id: true, name: true, disabledAt: true, sessionVersion: true }, ...byId }),
    p.reviewerProfile.findMany(byId),
    p.license.findMany(byId),
    p.boardCertification.findMany(byId),
    p.affiliation.findMany(byId),
    p.reviewerLeave.findMany(byId),
    p.specialtySimilarity.findMany({ orderBy: [{ specialtyCode: "asc" }, { similarCode: "asc" }] }),
  ]);
  return { cases, assignments, determinations, documents, decided, audit, users, profiles, licenses, certifications, affiliations, leaves, similar };
}

describe("denials return no data and change nothing", () => {
  test.each(DENIALS)("%s by %s is refused", async (action, actorKey) => {
    const before = await databaseState();
    const outcome = await ACTIONS[action](world[actorKey]).then((data) => ({ data }), (error: unknown) => ({ error }));
    expect(outcome).toHaveProperty("error");
    expect(await databaseState()).toEqual(before);
  });
});

describe("record reach", () => {
  test("a reviewer's case list holds only their own cases; accepted ones apart from offers", async () => {
    const own = await listCases({ actor: world.assignedReviewer, query: { pageSize: 100 } });
    const accepted = await listCases({ actor: world.assignedReviewer, query: { pageSize: 100 }, acceptedOnly: true });
    const other = await listCases({ actor: world.otherReviewer, query: { pageSize: 100 } });
    expect(own.rows.map((r) => r.id)).toEqual(expect.arrayContaining([world.assignedCaseId, world.offeredCaseId]));
    expect(accepted.rows.map((r) => r.id)).toContain(world.assignedCaseId);
    expect(accepted.rows.map((r) => r.id)).not.toContain(world.offeredCaseId);
    expect(other.total).toBe(0);
  });

  test("a reviewer's offers are their own", async () => {
    expect((await listMyOffers({ actor: world.assignedReviewer })).map((o) => o.id).sort()).toEqual([world.acceptOfferId, world.declineOfferId].sort());
    expect(await listMyOffers({ actor: world.otherReviewer })).toEqual([]);
  });
});

describe("grants", () => {
  test.each(GRANTS)("%s by %s succeeds", async (action, actorKey) => {
    await expect(ACTIONS[action](world[actorKey])).resolves.toBeDefined();
  });
});
