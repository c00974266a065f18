// What protects each way into the app (tests/support/entry-points.ts finds them in the source).
// `matrix`: the rows of the authorization matrix (tests/security/matrix-rows.ts) whose use
// cases the entry point calls; the matrix proves each refuses every actor it should, with no
// data and no change. `open`: no sign-in is needed, and why that is safe.
// tests/integration/authorization-matrix.test.ts fails for an entry point missing here, for an
// entry here that no longer exists, and for a row the entry point does not actually call.
// Adding an entry point: one line, `"<key from the failure message>": { matrix: ["<row>"] },`.
export type Protection = { matrix: readonly string[] } | { open: string };

export const ENTRY_POINTS: Record<string, Protection> = {
  // server actions: own account (any staff; the account holder even while a step is owed)
  "action app/(account)/account/actions.ts#changePasswordAction": { matrix: ["account.change_password"] },
  "action app/(account)/account/actions.ts#confirmTwoFactorAction": { matrix: ["account.two_factor_confirm"] },
  "action app/(account)/account/actions.ts#resetOwnTwoFactorAction": { matrix: ["account.two_factor_reset_own"] },
  // server actions: admin
  "action app/(admin)/admin/access-lockouts/actions.ts#liftLockoutAction": { matrix: ["parties.lift_lockout"] },
  "action app/(admin)/admin/operations/actions.ts#retryJobAction": { matrix: ["operations.retry_job"] },
  "action app/(admin)/admin/operations/actions.ts#retryNotificationAction": {
    matrix: ["operations.retry_notification"],
  },
  "action app/(admin)/admin/publications/actions.ts#retryPublicationAction": { matrix: ["publications.retry"] },
  "action app/(admin)/admin/publications/actions.ts#withdrawPublicationAction": { matrix: ["publications.withdraw"] },
  "action app/(admin)/admin/users/actions.ts#changeRoleAction": { matrix: ["users.change_role"] },
  "action app/(admin)/admin/users/actions.ts#resetPasswordAction": { matrix: ["users.reset_password"] },
  "action app/(admin)/admin/users/actions.ts#resetTwoFactorAction": { matrix: ["users.reset_two_factor"] },
  "action app/(admin)/admin/users/actions.ts#setUserDisabledAction": { matrix: ["users.disable"] },
  "action app/(admin)/admin/users/actions.ts#unlockUserAction": { matrix: ["users.unlock"] },
  "action app/(admin)/admin/actions.ts#batchAssignAction": { matrix: ["cases.batch_assign_request"] },
  "action app/(admin)/admin/cases/[caseId]/actions.ts#assignReviewerAction": { matrix: ["cases.assign"] },
  "action app/(admin)/admin/cases/[caseId]/actions.ts#autoAssignAction": { matrix: ["cases.auto_assign"] },
  "action app/(admin)/admin/cases/[caseId]/actions.ts#startAmendmentAction": { matrix: ["determinations.amend"] },
  "action app/(admin)/admin/cases/[caseId]/actions.ts#decidePossibleConflictAction": { matrix: ["conflicts.decide"] },
  "action app/(admin)/admin/cases/[caseId]/actions.ts#withdrawOfferAction": { matrix: ["offers.withdraw"] },
  "action app/(admin)/admin/publications/[publicationId]/review/actions.ts#editRedactionAction": {
    matrix: ["publications.review_edit"],
  },
  "action app/(admin)/admin/qa/[determinationId]/actions.ts#approveDeterminationAction": { matrix: ["qa.approve"] },
  "action app/(admin)/admin/qa/[determinationId]/actions.ts#returnDeterminationAction": { matrix: ["qa.return"] },
  "action app/(reviewer)/reviewer/cases/[caseId]/reader-actions.ts#createNoteAction": { matrix: ["notes.create"] },
  "action app/(reviewer)/reviewer/cases/[caseId]/reader-actions.ts#editNoteAction": { matrix: ["notes.edit"] },
  "action app/(reviewer)/reviewer/cases/[caseId]/reader-actions.ts#deleteNoteAction": { matrix: ["notes.delete"] },
  "action app/(reviewer)/reviewer/cases/[caseId]/reader-actions.ts#recordPageViewsAction": {
    matrix: ["reader.record_pages"],
  },
  "action app/(admin)/admin/reviewers/actions.ts#addAffiliationAction": { matrix: ["affiliations.add"] },
  "action app/(admin)/admin/reviewers/actions.ts#addCertificationAction": { matrix: ["certifications.add"] },
  "action app/(admin)/admin/reviewers/actions.ts#addLeaveAction": { matrix: ["leaves.add"] },
  "action app/(admin)/admin/reviewers/actions.ts#addLicenseAction": { matrix: ["licenses.add"] },
  "action app/(admin)/admin/reviewers/actions.ts#createReviewerAction": { matrix: ["reviewers.create"] },
  "action app/(admin)/admin/reviewers/actions.ts#removeAffiliationAction": { matrix: ["affiliations.remove"] },
  "action app/(admin)/admin/reviewers/actions.ts#removeCertificationAction": { matrix: ["certifications.remove"] },
  "action app/(admin)/admin/reviewers/actions.ts#removeLeaveAction": { matrix: ["leaves.remove"] },
  "action app/(admin)/admin/reviewers/actions.ts#removeLicenseAction": { matrix: ["licenses.remove"] },
  "action app/(admin)/admin/reviewers/actions.ts#setDisabledAction": { matrix: ["reviewers.disable"] },
  "action app/(admin)/admin/reviewers/actions.ts#updateAffiliationAction": { matrix: ["affiliations.update"] },
  "action app/(admin)/admin/reviewers/actions.ts#updateCertificationAction": { matrix: ["certifications.update"] },
  "action app/(admin)/admin/reviewers/actions.ts#updateLicenseAction": { matrix: ["licenses.update"] },
  "action app/(admin)/admin/reviewers/actions.ts#updateProfileAction": { matrix: ["reviewers.update"] },
  "action app/(admin)/admin/reviewers/actions.ts#verifyCredentialAction": { matrix: ["credentials.verify"] },
  "action app/(admin)/admin/organizations/actions.ts#createOrganizationAction": { matrix: ["organizations.create"] },
  "action app/(admin)/admin/organizations/actions.ts#updateOrganizationAction": { matrix: ["organizations.update"] },
  "action app/(admin)/admin/specialties/actions.ts#addSimilarAction": { matrix: ["specialties.add_pair"] },
  "action app/(admin)/admin/specialties/actions.ts#removeSimilarAction": { matrix: ["specialties.remove_pair"] },
  // server actions: intake
  "action app/(intake)/intake/cases/[caseId]/actions.ts#confirmEligibilityAction": { matrix: ["cases.eligibility"] },
  "action app/(intake)/intake/cases/[caseId]/actions.ts#markRecordsCompleteAction": { matrix: ["records.complete"] },
  "action app/(intake)/intake/cases/new/actions.ts#createCaseAction": {
    matrix: ["applications.submit", "applications.clear_draft"],
  },
  "action app/(intake)/intake/cases/new/actions.ts#saveApplicationDraftAction": { matrix: ["applications.save_draft"] },
  "action app/(intake)/intake/cases/new/actions.ts#discardApplicationDraftAction": {
    matrix: ["applications.discard_draft"],
  },
  "action app/(intake)/intake/cases/[caseId]/application-actions.ts#editApplicationAction": {
    matrix: ["cases.edit_application"],
  },
  "action app/(intake)/intake/cases/[caseId]/reissue-actions.ts#reissueAccessCodeAction": {
    matrix: ["parties.reissue_code"],
  },
  "action app/(intake)/intake/cases/[caseId]/information-request-actions.ts#sendInformationRequestAction": {
    matrix: ["information_requests.send"],
  },
  "action app/(intake)/intake/cases/[caseId]/codes/actions.ts#markCodeSentAction": {
    matrix: ["parties.mark_code_sent"],
  },
  "action app/(intake)/intake/filings/[filingId]/actions.ts#acceptFilingAction": { matrix: ["filings.accept"] },
  "action app/(intake)/intake/filings/[filingId]/actions.ts#rejectFilingAction": { matrix: ["filings.reject"] },
  // server actions: reviewer
  "action app/(reviewer)/reviewer/actions.ts#respondToOfferAction": {
    matrix: ["offers.accept (own offer)", "offers.decline (own offer)"],
  },
  "action app/(reviewer)/reviewer/cases/[caseId]/actions.ts#submitDeterminationAction": {
    matrix: ["determinations.submit", "determinations.submit (offered case)"],
  },
  // server actions: parties
  "action app/(public)/access/actions.ts#openPartyAccessAction": {
    open: "The party's own sign-in: case number and access code, limited per address and per case, every attempt recorded (tests/integration/party-access.test.ts).",
  },
  "action app/(public)/access/actions.ts#leavePartyAccessAction": {
    open: "Only ends the party session the caller's own signed cookie names, and deletes that cookie (tests/integration/party-sessions.test.ts).",
  },
  "action app/(public)/access/case/records-actions.ts#labelPartyDocumentAction": { matrix: ["records.label"] },
  "action app/(public)/access/case/records-actions.ts#declareRecordsCompleteAction": { matrix: ["records.declare"] },
  // server actions: staff sign-in
  "action app/(public)/signin/unlock/actions.ts#takeUnlockLinkAction": {
    open: "The owner's e-mailed unlock link: takes a one-time token (256 random bits, stored hashed, an hour, once) and only lifts the account's sign-in wait; it signs nobody in (tests/integration/sign-in-security.test.ts).",
  },
  // route handlers
  "route GET /access/lang": { open: "Only sets the caller's language cookie and redirects to a fixed page." },
  "route GET /api/auth/[...nextauth]": {
    open: "next-auth: CSRF token, providers, the caller's own session (empty without one).",
  },
  "route POST /api/auth/[...nextauth]": {
    open: "next-auth: staff sign-in (throttled, argon2id) and sign-out, CSRF-checked.",
  },
  "route GET /api/health": { open: "Liveness: answers {status: ok}, reads nothing." },
  "route GET /api/ready": {
    open: "Readiness: answers whether the database is reachable and migrated, with a short reason.",
  },
  "route GET /api/public/decisions/[publicationId]/pdf": {
    open: "The public copy of a decision: redacted and leak-checked; a withdrawn or blocked one is not found.",
  },
  "route GET /api/public/filings/challenge": {
    open: "The online application's proof-of-work challenge: a signed nonce, expiry and difficulty; reads and writes nothing (lib/filings/proof-of-work.ts).",
  },
  "route POST /api/public/filings/draft": {
    open: "The online application's draft: a new one only with a solved, unspent proof of work and within the address's draft limit; saving needs the draft's 256-bit token (stored hashed); drafts expire (tests/integration/online-filing.test.ts).",
  },
  "route POST /api/public/filings/draft/resume": {
    open: "Answers only the draft its 256-bit token names (stored hashed), unexpired; any other token is the same 'expired' answer.",
  },
  "route POST /api/public/filings/draft/link": {
    open: "E-mails a link to the draft its token names (the token sealed under the server secret), within the address's link limit; no medical content.",
  },
  "route POST /api/public/filings/papers": {
    open: "A paper for the draft its token names: checked by content before storage (PDF/JPEG/PNG, not encrypted or damaged, size, the same file twice, virus-scan hook), within the address's upload limit.",
  },
  "route POST /api/public/filings/papers/remove": {
    open: "Removes a paper only from the draft its token names, before filing.",
  },
  "route POST /api/public/filings": {
    open: "Files the draft its token names: every field checked, signed, a UR decision attached, a late one explained, a solved unspent proof of work, within the address's filing limit. It becomes a case only when intake accepts it.",
  },
  "route GET /api/filings/[filingId]/papers/[paperId]": { matrix: ["filings.view_paper"] },
  "route GET /api/audit/export": { matrix: ["audit.export"] },
  "route GET /api/reports/[report]": { matrix: ["reports.export"] },
  "route GET /api/documents/[documentId]": {
    matrix: ["documents.view (accepted case)", "documents.view (offered case)"],
  },
  "route GET /api/cases/[caseId]/search": {
    matrix: ["case_file.search (accepted case)", "case_file.search (offered case)"],
  },
  "route GET /api/documents/[documentId]/pages/[page]/text": {
    matrix: ["documents.page_text (accepted case)", "documents.page_text (offered case)"],
  },
  "route GET /api/letters/[documentId]": { matrix: ["letters.download"] },
  "route GET /api/party/letters/[documentId]": { matrix: ["letters.download"] },
  "route GET /api/qa/[determinationId]/preview": { matrix: ["qa.preview"] },
  "route POST /api/party/uploads/[[...tus]]": { matrix: ["records.upload"] },
  "route PATCH /api/party/uploads/[[...tus]]": { matrix: ["records.upload"] },
  "route HEAD /api/party/uploads/[[...tus]]": { matrix: ["records.upload"] },
  "route POST /api/cases/[caseId]/documents": { matrix: ["documents.upload"] },
  "route GET /api/intake/cases/[caseId]/codes/[partyId]/letter": { matrix: ["parties.code_letter"] },
  "route POST /api/party/information-requests/[requestId]/answer": { matrix: ["information_requests.answer"] },
  "route GET /api/organizations": { matrix: ["organizations.list"] },
  "route GET /api/reviewer/cases/[caseId]/preview": { matrix: ["determinations.preview_own"] },
  "route POST /api/reviewer/draft": { matrix: ["determinations.draft", "determinations.draft (offered case)"] },
};
