// Every audit action in plain words, for the audit viewer's action filter and a case's
// history. The words complete a sentence that starts with who acted ("Ana Ruiz (Intake)
// created the case"). An action without words here is still shown, by its code, but cannot
// be chosen as a filter: tests/integration/audit-viewer.test.ts checks that none is missing.
import type { AuditAction } from "../audit/record-audit.ts";

export const AUDIT_ACTION_WORDS: { [A in AuditAction]?: string } = {
  "case.created": "created the case",
  "case.application_merged": "merged a duplicate application into the case",
  "case.application_edited": "corrected the application",
  "case.eligibility_decided": "decided eligibility",
  "case.records_complete": "marked the records complete",
  "document.uploaded": "uploaded a document",
  "filing.submitted": "filed an application online",
  "filing.accepted": "accepted an online application as a case",
  "filing.rejected": "rejected an online application",
  "filing.viewed": "opened an online application",
  "case.assigned": "offered the case to a reviewer",
  "assignment.accepted": "accepted the case",
  "assignment.declined": "declined the case",
  "assignment.withdrawn": "withdrew the offer of the case",
  "assignment.batch_run": "ran batch assignment",
  "assignment.batch_requested": "asked for a batch assignment run",
  "reviewer.created": "added a reviewer",
  "reviewer.updated": "updated a reviewer's record",
  "reviewer.disabled": "disabled a reviewer",
  "reviewer.enabled": "enabled a reviewer again",
  "credential.added": "added a credential",
  "credential.updated": "changed a credential",
  "credential.removed": "removed a credential",
  "credential.verified": "verified a credential",
  "affiliation.added": "added an affiliation",
  "affiliation.updated": "changed an affiliation",
  "affiliation.removed": "removed an affiliation",
  "organization.created": "added an organisation to the directory",
  "organization.updated": "changed an organisation in the directory",
  "conflict.confirmed": "confirmed a possible conflict of interest",
  "conflict.dismissed": "dismissed a possible conflict of interest",
  "leave.added": "added a leave",
  "leave.removed": "removed a leave",
  "specialty.similarity_added": "marked two specialties as similar",
  "specialty.similarity_removed": "removed a similar-specialty pair",
  "determination.draft_saved": "saved the draft determination",
  "determination.submitted": "submitted the determination to QA",
  "determination.returned": "returned the determination to the reviewer",
  "determination.amendment_started": "started an amendment",
  "letter.previewed": "previewed the draft letter",
  "document.viewed": "viewed a document",
  "determination.approved": "approved the determination for issue",
  "determination.issued": "issued the final determination letter",
  "decision.published": "published the redacted decision",
  "decision.redaction_opened": "opened the redaction review of a decision (the unredacted letter)",
  "decision.held_for_review": "held the redacted decision for redaction review",
  "decision.redaction_edited": "edited the redaction of a decision",
  "decision.withdrawn": "withdrew the published decision",
  "party.code_reissued": "issued a party a new access code",
  "party.lockout_lifted": "lifted a party-access lockout",
  "user.locked": "was locked out after failed sign-ins",
  "user.unlocked": "unlocked an account",
  "user.password_changed": "changed a password",
  "user.role_changed": "changed a user's role",
  "user.totp_enabled": "turned on two-factor sign-in",
  "user.totp_reset": "reset two-factor sign-in",
  "user.recovery_code_used": "signed in with a recovery code",
  "user.sessions_revoked": "ended a user's sessions",
  "audit.exported": "exported the audit trail",
  "report.exported": "exported a report",
  "job.failed": "recorded a failed background job",
  "notification.failed": "recorded an e-mail that could not be sent",
  "job.retried": "retried a background job",
  "notification.retried": "retried sending an e-mail",
  "letter.downloaded": "downloaded a letter",
  "party.access_granted": "opened the case with an access code",
  "party.access_denied": "was refused party access",
  "party.signed_out": "left party access (ended the session)",
  "user.signed_in": "signed in",
  "user.created": "created a user",
  "user.sign_in_failed": "failed to sign in",
  "user.unlock_link_issued": "e-mailed an account's owner a sign-in unlock link after failed sign-ins",
  "user.unlock_link_used": "cleared an account's sign-in wait with its e-mailed unlock link",
  "user.status_changed": "enabled or disabled a user",
};

/**
 * Actions written by earlier versions and no longer: their rows may still be in the trail,
 * so they keep their words, but they are not offered as a filter. A copy with a leak was
 * "blocked" until the redaction review replaced it (now decision.held_for_review).
 */
export const RETIRED_AUDIT_ACTION_WORDS: Readonly<Record<string, string>> = {
  "decision.publication_blocked": "held back publication (personal data found)",
};

/** The actions the viewer offers as a filter, sorted by code. */
export const KNOWN_AUDIT_ACTIONS = (Object.keys(AUDIT_ACTION_WORDS) as AuditAction[]).sort();

export function auditActionWords(action: string): string {
  return AUDIT_ACTION_WORDS[action as AuditAction] ?? RETIRED_AUDIT_ACTION_WORDS[action] ?? `recorded “${action}”`;
}
