// The rows of the authorization matrix: each use case behind a server action, a route or a
// page, with a valid call and the actors allowed to make it (everyone else must be refused).
// A row that parses a raw input also lends its use case to the fuzz tests.
// Adding a use case: one line here (`row(useCase, allowed, (w, as) => validInput)`).
import type { Actor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { batchAssignWaitingCases } from "@/lib/cases/batch-assign-waiting-cases.ts";
import { latestBatchRun, requestBatchAssignment } from "@/lib/cases/batch-assignment-runs.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { listMyOffers } from "@/lib/cases/list-offers.ts";
import { withdrawOffer, withdrawnOfferNotice } from "@/lib/cases/withdraw-offer.ts";
import { listCaseCandidates } from "@/lib/cases/list-case-candidates.ts";
import { listCases } from "@/lib/cases/list-cases.ts";
import { listCompletedReviews } from "@/lib/cases/list-completed-reviews.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { submitApplication } from "@/lib/intake/submit-application.ts";
import {
  clearApplicationDraft,
  discardApplicationDraft,
  saveApplicationDraft,
} from "@/lib/intake/application-draft.ts";
import { applicationForEdit, editApplication } from "@/lib/cases/edit-application.ts";
import { confirmEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { markRecordsComplete } from "@/lib/records/mark-records-complete.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { previewLetter } from "@/lib/qa/preview-letter.ts";
import { previewOwnLetter } from "@/lib/determinations/preview-own-letter.ts";
import {
  createReaderNote,
  deleteReaderNote,
  editReaderNote,
  listMyReaderNotes,
} from "@/lib/reader-notes/reader-notes.ts";
import { listCaseNotesForQa } from "@/lib/reader-notes/qa-notes.ts";
import { readingProgress, recordPageViews } from "@/lib/reading-progress/page-views.ts";
import { returnDetermination } from "@/lib/qa/return-determination.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { readLetterRendition } from "@/lib/documents/read-letter-rendition.ts";
import { uploadDocument } from "@/lib/documents/upload-document.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { readPageText } from "@/lib/reader/read-page-text.ts";
import { searchCaseFile } from "@/lib/reader/search-case-file.ts";
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
import { listOrganizations } from "@/lib/organizations/list-organizations.ts";
import { getOrganization } from "@/lib/organizations/get-organization.ts";
import { createOrganization } from "@/lib/organizations/create-organization.ts";
import { updateOrganization } from "@/lib/organizations/update-organization.ts";
import { changeOwnPassword } from "@/lib/users/change-own-password.ts";
import { confirmTwoFactor } from "@/lib/users/two-factor-enrolment.ts";
import { resetOwnTwoFactor } from "@/lib/users/reset-own-two-factor.ts";
import { changeRole } from "@/lib/users/change-role.ts";
import { resetPassword } from "@/lib/users/reset-password.ts";
import { resetTwoFactor } from "@/lib/users/reset-two-factor.ts";
import { setUserDisabled } from "@/lib/users/set-user-disabled.ts";
import { unlockUser } from "@/lib/users/unlock-user.ts";
import { reissueAccessCode } from "@/lib/parties/reissue-access-code.ts";
import { liftLockout } from "@/lib/parties/lift-lockout.ts";
import { codesToSend } from "@/lib/parties/codes-to-send.ts";
import { markCodeSent } from "@/lib/parties/mark-code-sent.ts";
import { printCodeLetter } from "@/lib/parties/print-code-letter.ts";
import { sendInformationRequest } from "@/lib/information-requests/send-information-request.ts";
import { answerInformationRequest } from "@/lib/information-requests/answer-information-request.ts";
import { caseInformationRequests } from "@/lib/information-requests/case-information-requests.ts";
import {
  openPartyInformationRequest,
  partyInformationRequests,
} from "@/lib/information-requests/party-information-requests.ts";
import { retryJob } from "@/lib/jobs/retry-job.ts";
import { retryNotification } from "@/lib/notifications/retry-notification.ts";
import { withdrawPublication } from "@/lib/publication/withdraw-publication.ts";
import { loadRedactionReview } from "@/lib/publication/redaction-review/load-redaction-review.ts";
import { editRedaction } from "@/lib/publication/redaction-review/edit-redaction.ts";
import { decidePossibleConflict } from "@/lib/cases/decide-possible-conflict.ts";
import { retryPublication } from "@/lib/publication/retry-publication.ts";
import { exportAuditEvents } from "@/lib/audit-viewer/export-audit-events.ts";
import { exportReport } from "@/lib/reports/export-report.ts";
import { listFilings } from "@/lib/filings/filing-queue.ts";
import { getFilingForIntake, viewFilingPaper } from "@/lib/filings/filing-for-intake.ts";
import { acceptFiling, rejectFiling } from "@/lib/filings/decide-filing.ts";
import { base32Decode, totpAt } from "@/lib/auth/totp.ts";
import { handlePartyUpload } from "@/lib/records/submission/tus-upload-handler.ts";
import { startPartyUpload } from "@/lib/records/submission/start-party-upload.ts";
import { labelPartyDocument } from "@/lib/records/submission/label-party-document.ts";
import { declareRecordsComplete } from "@/lib/records/submission/declare-records-complete.ts";
import { intakeSubmissionsView } from "@/lib/records/submission/intake-submissions-view.ts";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { applicationInput, completeDecisions, unique } from "../factories/index.ts";
import { WORLD_PASSWORD, type ActorKey, type PerStaff, type World } from "./matrix-world.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any use case, whatever its arguments
type AnyUseCase = (...args: any[]) => Promise<unknown>;

export type MatrixRow = {
  /** the use case the row calls; entry points are matched to rows by its name */
  useCase: AnyUseCase;
  allowed: readonly ActorKey[];
  /** the valid call, as `as` */
  run: (actor: Actor | null, world: World, as: ActorKey) => Promise<unknown>;
  /** for use cases that parse a raw input: the valid input, and the call with any input (fuzzed) */
  input?: (world: World, as: ActorKey) => unknown;
  withInput?: (actor: Actor | null, input: unknown) => Promise<unknown>;
};

type InputUseCase = (args: { actor: Actor | null; input: unknown }) => Promise<unknown>;

/** A use case of the usual shape `({ actor, input })`. */
function row(fn: InputUseCase, allowed: readonly ActorKey[], input: (w: World, as: ActorKey) => unknown): MatrixRow {
  return {
    useCase: fn,
    allowed,
    input,
    run: (actor, w, as) => fn({ actor, input: input(w, as) }),
    withInput: (actor, raw) => fn({ actor, input: raw }),
  };
}

/** Any other shape: only the valid call. */
const call = (
  fn: AnyUseCase,
  allowed: readonly ActorKey[],
  run: (actor: Actor | null, w: World) => Promise<unknown>,
): MatrixRow => ({ useCase: fn, allowed, run });

const STAFF: readonly ActorKey[] = ["intake", "admin"];
const ADMIN_ONLY: readonly ActorKey[] = ["admin"];
const REVIEWERS: readonly ActorKey[] = ["assignedReviewer", "otherReviewer"];
const ALL_STAFF: readonly ActorKey[] = [...STAFF, ...REVIEWERS];
/** a record of the granted staff actor's own (denied actors get intake's) */
const perStaff = (ids: PerStaff, as: ActorKey) => (as === "admin" ? ids.admin : ids.intake);

/** the actor's own two-factor set-up with the code its app shows now (denied actors get intake's) */
function twoFactorCode(w: World, as: ActorKey) {
  const { secret, enrolment } = w.enrolments[as as keyof World["enrolments"]] ?? w.enrolments.intake;
  return { enrolment, code: totpAt(base32Decode(secret)!, Date.now()) };
}
const NEW_PASSWORD = "a brand new passphrase 2026";

const profile = {
  name: "Dr. Renamed Reviewer",
  yearsInPractice: 20,
  hoursPerWeek: 36,
  disciplinaryHistory: false,
  maxOpenCases: 8,
  maxCasesPerWeek: 12,
};
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n");

// the parties' uploads in progress, away from the project's own folder
process.env.PARTY_UPLOAD_DIR ??= path.join(os.tmpdir(), "imr-matrix-party-uploads");
/** A tus creation request from the site's own page: 1,000 bytes to come. */
const tusCreation = () =>
  new Request("http://localhost/api/party/uploads", {
    method: "POST",
    headers: {
      origin: "http://localhost",
      host: "localhost",
      "tus-resumable": "1.0.0",
      "upload-length": "1000",
      "upload-metadata": `filename ${Buffer.from("report.pdf").toString("base64")}`,
    },
  });
const uploadStart = () => ({
  byteSize: 1000,
  metadata: { filename: "report.pdf", kind: "MEDICAL_REPORT", documentDate: "2026-01-05", author: "Dr. Ana Ruiz" },
});

export const MATRIX: Record<string, MatrixRow> = {
  "cases.create": row(createCase, STAFF, () => applicationInput()),
  "applications.submit": row(submitApplication, STAFF, () => applicationInput()),
  "applications.save_draft": row(saveApplicationDraft, STAFF, () => ({
    employeeName: "Maria Lopez",
    signed: true,
    items: ["Lumbar MRI"],
  })),
  "applications.clear_draft": call(clearApplicationDraft, STAFF, (actor) => clearApplicationDraft({ actor })),
  "applications.discard_draft": row(discardApplicationDraft, STAFF, () => ({ confirmed: true })),
  "cases.application_for_edit": call(applicationForEdit, STAFF, (actor, w) =>
    applicationForEdit({ actor, caseId: w.receivedCaseIds.intake }),
  ),
  // a correction of the application: names, claim number, a date, the UR reference, a party's service, an item's wording
  "cases.edit_application": row(editApplication, STAFF, (w, as) => ({
    caseId: perStaff(w.receivedCaseIds, as),
    reason: "The claim number and the employee's name were mistyped at intake.",
    employeeName: unique("Corrected Employee"),
    claimNumber: unique("CLM"),
    dateOfInjury: "2020-01-14",
    urDecisionReference: unique("UR"),
    claimsAdministratorAddress: "1 Claims Way, Sacramento CA",
    claimsAdministratorEmail: "claims@example.com",
    claimsAdministratorServiceMethod: "EMAIL",
    claimsAdministratorElectronicConsent: true,
    items: [{ itemId: perStaff(w.receivedItemIds, as), description: unique("Cervical medial branch blocks C3-C5") }],
  })),
  "cases.eligibility": row(confirmEligibility, STAFF, (w, as) => ({
    caseId: perStaff(w.receivedCaseIds, as),
    outcome: "ELIGIBLE",
  })),
  "records.complete": row(markRecordsComplete, STAFF, (w, as) => ({ caseId: perStaff(w.awaitingRecordsCaseIds, as) })),
  "documents.upload": {
    useCase: uploadDocument,
    allowed: STAFF,
    input: (w) => ({
      caseId: w.assignedCaseId,
      kind: "MEDICAL_REPORT",
      title: "Progress report",
      documentDate: "2026-01-05",
      fileName: "report.pdf",
    }),
    run: (actor, w) =>
      uploadDocument({
        actor,
        input: { caseId: w.assignedCaseId, kind: "MEDICAL_REPORT", title: "Progress report", fileName: "report.pdf" },
        bytes: pdf,
      }),
    withInput: (actor, input) => uploadDocument({ actor, input, bytes: pdf }),
  },
  "cases.list": call(listCases, ["intake", "admin", ...REVIEWERS], (actor) => listCases({ actor, query: {} })),
  "cases.list_completed_reviews": call(listCompletedReviews, ["intake", "admin", ...REVIEWERS], (actor) =>
    listCompletedReviews({ actor, query: {} }),
  ),
  "cases.read (assigned case)": call(getCase, ["intake", "admin", "assignedReviewer"], (actor, w) =>
    getCase({ actor, caseId: w.assignedCaseId }),
  ),
  "cases.read (offered case)": call(getCase, ["intake", "admin", "assignedReviewer"], (actor, w) =>
    getCase({ actor, caseId: w.offeredCaseId }),
  ),
  "cases.candidates": call(listCaseCandidates, ADMIN_ONLY, (actor, w) =>
    listCaseCandidates({ actor, caseId: w.readyCaseId }),
  ),
  "cases.assign": row(assignReviewer, ADMIN_ONLY, (w) => ({
    caseId: w.readyCaseId,
    reviewerId: w.freeReviewerId,
    reason: "Matrix test",
  })),
  "cases.auto_assign": row(autoAssignCase, ADMIN_ONLY, (w) => ({ caseId: w.autoCaseId })),
  "offers.list": call(listMyOffers, REVIEWERS, (actor) => listMyOffers({ actor })),
  "offers.accept (own offer)": row(respondToOffer, ["assignedReviewer"], (w) => ({
    assignmentId: w.acceptOfferId,
    response: "ACCEPT",
    attestNoConflict: true,
  })),
  "offers.decline (own offer)": row(respondToOffer, ["assignedReviewer"], (w) => ({
    assignmentId: w.declineOfferId,
    response: "DECLINE",
    reason: "Travelling that week.",
  })),
  "offers.withdraw": row(withdrawOffer, ADMIN_ONLY, (w) => ({
    assignmentId: w.withdrawOfferId,
    reason: "No answer from the reviewer after two days.",
  })),
  // the reviewer's case page for an offer withdrawn from them: null for a reviewer who had none
  "offers.withdrawn_notice": call(withdrawnOfferNotice, REVIEWERS, (actor, w) =>
    withdrawnOfferNotice({ actor, caseId: w.withdrawCaseId }),
  ),
  "determinations.draft": row(saveDeterminationDraft, ["assignedReviewer"], (w) => ({
    ...completeDecisions(w.assignedCaseId, w.itemIds),
    documents: [
      {
        documentId: w.assignedDocumentId,
        account: "NOT_RELEVANT",
        reason: "A duplicate of the report already in the file.",
      },
    ],
  })),
  "determinations.draft (offered case)": row(saveDeterminationDraft, [], (w) =>
    completeDecisions(w.offeredCaseId, w.offeredItemIds),
  ),
  "determinations.submit": row(submitDetermination, ["assignedReviewer"], (w) => ({
    ...completeDecisions(w.submitCaseId, w.submitItemIds),
    documents: w.submitDocuments,
  })),
  "determinations.submit (offered case)": row(submitDetermination, [], (w) =>
    completeDecisions(w.offeredCaseId, w.offeredItemIds),
  ),
  "determinations.amend": row(startAmendment, ADMIN_ONLY, (w) => ({
    caseId: w.decidedCaseId,
    reason: "The claim number in the letter was wrong.",
  })),
  "determinations.preview_own": call(previewOwnLetter, ["assignedReviewer"], (actor, w) =>
    previewOwnLetter({ actor, caseId: w.assignedCaseId }),
  ),
  "notes.create": row(createReaderNote, ["assignedReviewer"], (w) => ({
    documentId: w.assignedDocumentId,
    pageNumber: 1,
    body: "Reported pain 7/10 despite physical therapy.",
    quote: "pain 7/10",
  })),
  "notes.edit": row(editReaderNote, ["assignedReviewer"], (w) => ({
    noteId: w.readerNoteId,
    body: "The MRI shows no nerve root compression at L4-L5.",
  })),
  "notes.delete": row(deleteReaderNote, ["assignedReviewer"], (w) => ({ noteId: w.removableNoteId })),
  "notes.list_own": call(listMyReaderNotes, ["assignedReviewer"], (actor, w) =>
    listMyReaderNotes({ actor, caseId: w.assignedCaseId }),
  ),
  "notes.read_qa": call(listCaseNotesForQa, ADMIN_ONLY, (actor, w) =>
    listCaseNotesForQa({ actor, caseId: w.assignedCaseId }),
  ),
  "reader.record_pages": row(recordPageViews, ["assignedReviewer"], (w) => ({
    documentId: w.assignedDocumentId,
    pages: [1],
  })),
  "reader.progress": call(readingProgress, ["assignedReviewer"], (actor, w) =>
    readingProgress({ actor, caseId: w.assignedCaseId }),
  ),
  "qa.preview": call(previewLetter, ADMIN_ONLY, (actor, w) =>
    previewLetter({ actor, determinationId: w.approveDeterminationId }),
  ),
  "qa.return": row(returnDetermination, ADMIN_ONLY, (w) => ({
    determinationId: w.returnDeterminationId,
    comments: "Cite the guideline for item 2.",
  })),
  "qa.approve": row(approveDetermination, ADMIN_ONLY, (w) => ({
    determinationId: w.approveDeterminationId,
    overrideReason: "Read in full; nothing to hold back.",
  })),
  "documents.view (accepted case)": call(viewDocument, ["intake", "admin", "assignedReviewer"], (actor, w) =>
    viewDocument({ actor, documentId: w.assignedDocumentId }),
  ),
  "documents.view (offered case)": call(viewDocument, STAFF, (actor, w) =>
    viewDocument({ actor, documentId: w.offeredDocumentId }),
  ),
  // the case file's page text: searched as a whole, or one page read (lib/reader)
  "case_file.search (accepted case)": call(searchCaseFile, ["intake", "admin", "assignedReviewer"], (actor, w) =>
    searchCaseFile(actor, { caseId: w.assignedCaseId, q: "report" }),
  ),
  "case_file.search (offered case)": call(searchCaseFile, STAFF, (actor, w) =>
    searchCaseFile(actor, { caseId: w.offeredCaseId, q: "report" }),
  ),
  "documents.page_text (accepted case)": call(readPageText, ["intake", "admin", "assignedReviewer"], (actor, w) =>
    readPageText(actor, { documentId: w.assignedDocumentId, page: "1" }),
  ),
  "documents.page_text (offered case)": call(readPageText, STAFF, (actor, w) =>
    readPageText(actor, { documentId: w.offeredDocumentId, page: "1" }),
  ),
  "letters.download": call(downloadLetter, ["intake", "admin", "assignedReviewer", "ownParty"], (actor, w) =>
    downloadLetter({ actor, documentId: w.letterId }),
  ),
  "letters.download (notice)": call(downloadLetter, ["intake", "admin", "assignedReviewer", "ownParty"], (actor, w) =>
    downloadLetter({ actor, documentId: w.noticeId }),
  ),
  // the web version of a letter or notice (pages /letters/[documentId] and /access/case/letters/[documentId])
  "letters.read_web": call(readLetterRendition, ["intake", "admin", "assignedReviewer", "ownParty"], (actor, w) =>
    readLetterRendition({ actor, documentId: w.letterId }),
  ),
  "letters.read_web (notice)": call(
    readLetterRendition,
    ["intake", "admin", "assignedReviewer", "ownParty"],
    (actor, w) => readLetterRendition({ actor, documentId: w.noticeId }),
  ),
  "reviewers.list": call(listReviewers, ADMIN_ONLY, (actor) => listReviewers({ actor, query: {} })),
  "reviewers.read": call(getReviewer, ADMIN_ONLY, (actor, w) => getReviewer({ actor, reviewerId: w.recordReviewerId })),
  "reviewers.expiring": call(listExpiringCredentials, ADMIN_ONLY, (actor) =>
    listExpiringCredentials({ actor, query: { window: "90" } }),
  ),
  "reviewers.create": row(createReviewerRecord, ADMIN_ONLY, () => ({ ...profile, email: `${unique("new")}@test.imr` })),
  "reviewers.update": row(updateReviewerProfile, ADMIN_ONLY, (w) => ({ reviewerId: w.recordReviewerId, ...profile })),
  "reviewers.disable": row(setReviewerDisabled, ADMIN_ONLY, (w) => ({
    reviewerId: w.disposableReviewerId,
    disabled: true,
  })),
  "licenses.add": row(addLicense, ADMIN_ONLY, (w) => ({
    reviewerId: w.recordReviewerId,
    state: "CA",
    number: unique("A"),
    status: "ACTIVE",
    expiresOn: "2031-06-30",
  })),
  "licenses.update": row(updateLicense, ADMIN_ONLY, (w) => ({
    licenseId: w.licenseId,
    state: "CA",
    number: unique("A"),
    status: "ACTIVE",
    expiresOn: "2032-06-30",
  })),
  "licenses.remove": row(removeLicense, ADMIN_ONLY, (w) => ({ licenseId: w.removableLicenseId })),
  "certifications.add": row(addCertification, ADMIN_ONLY, (w) => ({
    reviewerId: w.recordReviewerId,
    board: "American Board of Psychiatry and Neurology",
    specialtyCode: "NEURO",
    expiresOn: "2031-06-30",
  })),
  "certifications.update": row(updateCertification, ADMIN_ONLY, (w) => ({
    certificationId: w.certificationId,
    board: "American Board of Physical Medicine and Rehabilitation",
    specialtyCode: "PMR",
    expiresOn: "2033-12-31",
  })),
  "certifications.remove": row(removeCertification, ADMIN_ONLY, (w) => ({
    certificationId: w.removableCertificationId,
  })),
  "credentials.verify": row(verifyCredential, ADMIN_ONLY, (w) => ({
    credential: "certification",
    credentialId: w.certificationId,
    source: "ABMS Certification Matters",
  })),
  "affiliations.add": row(addAffiliation, ADMIN_ONLY, (w) => ({
    reviewerId: w.recordReviewerId,
    kind: "MANUFACTURER",
    name: "Medtronic, Inc.",
  })),
  "affiliations.update": row(updateAffiliation, ADMIN_ONLY, (w) => ({
    affiliationId: w.affiliationId,
    kind: "EMPLOYER",
    name: "Sunrise Medical Supply Co.",
    identifier: "12-3456789",
  })),
  "affiliations.remove": row(removeAffiliation, ADMIN_ONLY, (w) => ({ affiliationId: w.removableAffiliationId })),
  "leaves.add": row(addLeave, ADMIN_ONLY, (w) => ({
    reviewerId: w.recordReviewerId,
    startsOn: "2031-03-02",
    endsOn: "2031-03-06",
  })),
  "leaves.remove": row(removeLeave, ADMIN_ONLY, (w) => ({ leaveId: w.leaveId })),
  "specialties.read": call(getSpecialtyTable, ADMIN_ONLY, (actor) => getSpecialtyTable({ actor })),
  "specialties.add_pair": row(addSimilarSpecialty, ADMIN_ONLY, () => ({ specialtyCode: "PLAS", similarCode: "ORTH" })),
  "specialties.remove_pair": row(removeSimilarSpecialty, ADMIN_ONLY, () => ({
    specialtyCode: "RHEUM",
    similarCode: "PLAS",
  })),
  "organizations.list": call(listOrganizations, STAFF, (actor) =>
    listOrganizations({ actor, query: { q: "matrix", kind: "TPA" } }),
  ),
  "organizations.read": call(getOrganization, STAFF, (actor, w) =>
    getOrganization({ actor, organizationId: w.organizationId }),
  ),
  "organizations.create": row(createOrganization, ADMIN_ONLY, () => ({
    kind: "INSURER",
    name: unique("Matrix Insurance"),
    aliases: "Matrix Ins.\nMatrix Insurance Company",
    identifier: "95-0000001",
  })),
  "organizations.update": row(updateOrganization, ADMIN_ONLY, (w) => ({
    organizationId: w.organizationId,
    kind: "TPA",
    name: unique("Matrix Claims TPA"),
    aliases: ["Matrix TPA"],
    parentId: w.parentOrganizationId,
  })),
  "parties.reissue_code": row(reissueAccessCode, STAFF, (w, as) => ({ partyId: perStaff(w.reissuePartyIds, as) })),
  "parties.codes_to_send": call(codesToSend, STAFF, (actor, w) => codesToSend({ actor, caseId: w.codeCaseId })),
  "parties.mark_code_sent": row(markCodeSent, STAFF, (w, as) => ({ partyId: perStaff(w.codePartyIds, as) })),
  "parties.code_letter": call(printCodeLetter, STAFF, (actor, w) =>
    printCodeLetter({ actor, caseId: w.codeCaseId, partyId: w.codeLetterPartyId }),
  ),
  "information_requests.send": row(sendInformationRequest, STAFF, (w) => ({
    caseId: w.rfiCaseId,
    partyId: w.rfiPartyId,
    question: "Please send the physician's report of the last visit.",
  })),
  "information_requests.list": call(caseInformationRequests, STAFF, (actor, w) =>
    caseInformationRequests({ actor, caseId: w.rfiCaseId }),
  ),
  "information_requests.party_list": call(
    partyInformationRequests,
    ["ownParty", "otherParty", "recordsParty"],
    (actor) => partyInformationRequests({ actor }),
  ),
  "information_requests.open": call(openPartyInformationRequest, ["ownParty"], (actor, w) =>
    openPartyInformationRequest({ actor, requestId: w.openRequestId }),
  ),
  // the party's answer (text; files are fuzzed over HTTP): once, by the party asked
  "information_requests.answer": {
    useCase: answerInformationRequest,
    allowed: ["ownParty"],
    input: (w) => ({ requestId: w.answerRequestId, answer: "The report of the last visit is on its way." }),
    run: (actor, w) =>
      answerInformationRequest({
        actor,
        input: { requestId: w.answerRequestId, answer: "The report of the last visit is on its way." },
        files: [],
      }),
    withInput: (actor, raw) => answerInformationRequest({ actor, input: raw, files: [] }),
  },
  "parties.lift_lockout": row(liftLockout, ADMIN_ONLY, (w) => ({ kind: "case", caseNumber: w.lockoutCaseNumber })),
  // own account, in this order: two-factor on, off again, then a new password
  "account.two_factor_confirm": row(confirmTwoFactor, ALL_STAFF, twoFactorCode),
  "account.two_factor_reset_own": row(resetOwnTwoFactor, ALL_STAFF, () => ({ password: WORLD_PASSWORD })),
  "account.change_password": row(changeOwnPassword, ALL_STAFF, () => ({
    currentPassword: WORLD_PASSWORD,
    newPassword: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
  })),
  "users.unlock": row(unlockUser, ADMIN_ONLY, (w) => ({ userId: w.userTargetId })),
  "users.reset_two_factor": row(resetTwoFactor, ADMIN_ONLY, (w) => ({ userId: w.userTargetId })),
  "users.reset_password": row(resetPassword, ADMIN_ONLY, (w) => ({ userId: w.userTargetId })),
  "users.change_role": row(changeRole, ADMIN_ONLY, (w) => ({ userId: w.userTargetId, role: "ADMIN" })),
  "users.disable": row(setUserDisabled, ADMIN_ONLY, (w) => ({ userId: w.userTargetId, disabled: true })),
  "operations.retry_job": row(retryJob, ADMIN_ONLY, (w) => ({ jobId: w.failedJobId })),
  "operations.retry_notification": row(retryNotification, ADMIN_ONLY, (w) => ({ messageId: w.failedMessageId })),
  "publications.withdraw": row(withdrawPublication, ADMIN_ONLY, (w) => ({
    publicationId: w.publishedPublicationId,
    reason: "Published before the correction of the letter.",
  })),
  "publications.review_open": call(loadRedactionReview, ADMIN_ONLY, (actor, w) =>
    loadRedactionReview({ actor, input: { publicationId: w.reviewPublicationId } }),
  ),
  "publications.review_edit": row(editRedaction, ADMIN_ONLY, (w) => ({
    publicationId: w.reviewPublicationId,
    section: "clinicalSummary",
    action: "keep",
    text: "neck pain",
  })),
  "publications.retry": row(retryPublication, ADMIN_ONLY, (w) => ({ publicationId: w.blockedPublicationId })),
  "conflicts.decide": row(decidePossibleConflict, ADMIN_ONLY, (w) => ({
    caseId: w.conflictCaseId,
    reviewerId: w.conflictReviewerId,
    pairKey: w.conflictPairKey,
    resolution: "DISMISSED",
    reason: "A different company: checked its FEIN.",
  })),
  // exports: filters are all optional, so only the call (a read, audited when granted)
  "audit.export": call(exportAuditEvents, ADMIN_ONLY, (actor) =>
    exportAuditEvents({ actor, input: { action: "case.created" } }),
  ),
  "reports.export": call(exportReport, ADMIN_ONLY, (actor) =>
    exportReport({ actor, input: { report: "overturn-by-year" } }),
  ),
  // records sent by the parties, in this order: the declaration ends the party's uploads and labels
  "records.upload": {
    useCase: handlePartyUpload,
    allowed: ["recordsParty"],
    // the route answers refusals as responses: anything but "created" is a refusal
    run: async (actor) => {
      const response = await handlePartyUpload(actor, tusCreation());
      if (response.status !== 201) throw new Error(`refused with ${response.status}`);
      return response.status;
    },
  },
  "records.start_upload": {
    useCase: startPartyUpload,
    allowed: ["recordsParty"],
    input: uploadStart,
    run: (actor) => startPartyUpload({ actor, uploadId: crypto.randomUUID(), input: uploadStart() }),
    withInput: (actor, input) => startPartyUpload({ actor, uploadId: crypto.randomUUID(), input }),
  },
  "records.label": row(labelPartyDocument, ["recordsParty"], (w) => ({
    documentId: w.recordsDocumentId,
    kind: "MEDICAL_REPORT",
    documentDate: "2026-01-05",
    author: unique("Dr. Author"),
  })),
  "records.declare": row(declareRecordsComplete, ["recordsParty"], () => ({ confirmed: true })),
  "records.intake_view": call(intakeSubmissionsView, STAFF, (actor, w) =>
    intakeSubmissionsView({ actor, caseId: w.recordsCaseId }),
  ),
  // online filings: intake's queue, a filing and its paper, accept (the corrected application) and reject
  "filings.list": call(listFilings, STAFF, (actor) => listFilings({ actor, query: {} })),
  "filings.read": call(getFilingForIntake, STAFF, (actor, w) => getFilingForIntake({ actor, filingId: w.filingId })),
  "filings.view_paper": call(viewFilingPaper, STAFF, (actor, w) =>
    viewFilingPaper({ actor, filingId: w.filingId, paperId: w.filingPaperId }),
  ),
  "filings.accept": row(acceptFiling, STAFF, (w, as) => {
    // the intake form's fields only (the filer's own details are not the case's)
    const {
      filerRole: _role,
      filerEmail: _email,
      ...filed
    } = as === "admin" ? w.acceptFilingData.admin : w.acceptFilingData.intake;
    return {
      filingId: perStaff(w.acceptFilingIds, as),
      confirmed: true,
      application: { ...filed, specialtyCode: "PMR" },
    };
  }),
  "filings.reject": row(rejectFiling, STAFF, (w, as) => ({
    filingId: perStaff(w.rejectFilingIds, as),
    confirmed: true,
    reason: "The UR decision attached is for another employee.",
  })),
  // last: it offers every case still waiting
  "cases.batch_assign": call(batchAssignWaitingCases, ADMIN_ONLY, (actor) => batchAssignWaitingCases({ actor })),
  "cases.batch_assign_request": call(requestBatchAssignment, ADMIN_ONLY, (actor) => requestBatchAssignment({ actor })),
  "cases.batch_assign_latest": call(latestBatchRun, ADMIN_ONLY, (actor) => latestBatchRun({ actor })),
};
