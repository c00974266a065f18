// Writes one audit event. Called inside the same transaction as the change it records,
// so a change without its audit row (or the reverse) cannot happen. Every use case imports
// this writer and nothing else of the audit trail; reading it (the viewer, a case's history,
// the CSV export, the words for each action) is lib/audit-viewer. AuditPayloads lists only
// the actions some use case writes; the viewer keeps words for actions no longer written
// (lib/audit-viewer/audit-actions.ts, RETIRED_AUDIT_ACTION_WORDS).
import type { Prisma } from "../db/generated/client.ts";
import type { Actor } from "../auth/actor.ts";

type CredentialKind = "license" | "certification";

export type AuditPayloads = {
  "case.created": { caseNumber: string; reviewType: string; items: number; separateFromDuplicate?: string };
  "case.application_merged": { claimNumber: string; addedItems: string[] };
  /** intake corrected the application: each changed field with its value before and after, and why */
  "case.application_edited": {
    caseNumber: string;
    reason: string;
    changes: { field: string; label: string; before: string | boolean | null; after: string | boolean | null }[];
  };
  "case.eligibility_decided": {
    outcome: string;
    computed: string;
    overrideReason: string | null;
    reasons: string[];
    noticeId: string | null;
  };
  "case.records_complete": { recordsCompleteAt: string; dueAt: string };
  /** an application filed online (the public actor): its number, whether late, and each paper's checksum */
  "filing.submitted": {
    filingNumber: string;
    late: boolean;
    papers: { kind: string; sha256: string; byteSize: number }[];
  };
  /** intake accepted an online filing as a case (the case's documents made from its papers) */
  "filing.accepted": { filingId: string; filingNumber: string; caseNumber: string; documents: number };
  "filing.rejected": { filingId: string; filingNumber: string; reason: string };
  /** intake opened an online filing, or one of its papers */
  "filing.viewed": { filingId: string; filingNumber: string; paperId?: string };
  "document.uploaded": {
    documentId: string;
    kind: string;
    sha256: string;
    byteSize: number;
    pageCount: number | null;
    scanner: string | null;
  };
  /** an offer to a reviewer: who or what chose them (method), why, and from how many qualified candidates */
  "case.assigned": {
    reviewerId: string;
    assignmentId: string;
    method: "MANUAL" | "AUTO" | "BATCH";
    score: number | null;
    override: boolean;
    candidates: number;
    reason: string | null;
  };
  "assignment.accepted": {
    assignmentId: string;
    reviewerId: string;
    determinationId: string;
    conflictAttestedAt: string;
  };
  "assignment.declined": { assignmentId: string; reviewerId: string; reason: string };
  /** an administrator withdrew a pending offer (OFFERED -> REVOKED); the case waits for assignment again */
  "assignment.withdrawn": { assignmentId: string; reviewerId: string; reason: string; offeredAt: string };
  "assignment.batch_run": { cases: number; offered: number; unassigned: number; skipped: number };
  "assignment.batch_requested": { jobId: string };
  "reviewer.created": { userId: string; email: string };
  "reviewer.updated": { changed: string[] };
  "reviewer.disabled": { userId: string; sessionVersion: number };
  "reviewer.enabled": { userId: string };
  "credential.added": { credential: CredentialKind; credentialId: string; summary: string };
  "credential.updated": {
    credential: CredentialKind;
    credentialId: string;
    changed: string[];
    verificationCleared: boolean;
  };
  "credential.removed": { credential: CredentialKind; credentialId: string; summary: string };
  /** with what the credential said when it was verified */
  "credential.verified": {
    credential: CredentialKind;
    credentialId: string;
    summary: string;
    expiresOn: string;
    verifiedBy: string;
    source: string;
  };
  "affiliation.added": { affiliationId: string; kind: string; normalizedName: string; identifier: string | null };
  "affiliation.updated": {
    affiliationId: string;
    kind: string;
    normalizedName: string;
    identifier: string | null;
    changed: string[];
  };
  "affiliation.removed": { affiliationId: string; kind: string; normalizedName: string };
  "organization.created": {
    organizationId: string;
    kind: string;
    name: string;
    aliases: number;
    parentId: string | null;
    from: "directory" | "intake";
  };
  "organization.updated": { organizationId: string; changed: string[] };
  /** an administrator's answer to a possible conflict (lib/identity found two names it could not tell apart) */
  "conflict.confirmed": {
    reviewerId: string;
    affiliationName: string;
    partyName: string;
    partyLabel: string;
    reason: string;
  };
  "conflict.dismissed": {
    reviewerId: string;
    affiliationName: string;
    partyName: string;
    partyLabel: string;
    reason: string;
  };
  "leave.added": { leaveId: string; startsOn: string; endsOn: string };
  "leave.removed": { leaveId: string; startsOn: string; endsOn: string };
  "specialty.similarity_added": { specialtyCode: string; similarCode: string };
  "specialty.similarity_removed": { specialtyCode: string; similarCode: string };
  "determination.draft_saved": { determinationId: string; revision: number };
  /** with the qualifications paragraph captured for the letter, and how the case file was accounted for */
  "determination.submitted": {
    determinationId: string;
    version: number;
    qualifications?: string;
    documentsReviewed?: number;
    documentsNotRelevant?: number;
    /** documents marked reviewed that the reviewer never opened in the reader, with their reason */
    reviewedUnopened?: { documentId: string; reason: string }[];
  };
  "determination.returned": { determinationId: string; qaReviewId: string };
  "determination.amendment_started": { determinationId: string; amends: string; version: number; reason: string };
  "letter.previewed": { determinationId: string };
  "document.viewed": { documentId: string; kind: string };
  /** pages of a document a reviewer opened in the reader for the first time (reading progress) */
  "document.pages_opened": { documentId: string; pages: number[] };
  /** the reviewer's private notes pinned to a page */
  "note.created": { noteId: string; documentId: string; pageNumber: number; quoted: boolean };
  "note.updated": { noteId: string; documentId: string; pageNumber: number };
  "note.deleted": { noteId: string; documentId: string; pageNumber: number };
  /** QA read a reviewer's notes on a case */
  "notes.read": { notes: number };
  "letter.draft_previewed": { determinationId: string };
  /** the extract-document-text job ended: how many pages it stored, how many by OCR, how many without text */
  "document.text_read": {
    documentId: string;
    status: string;
    pages: number;
    ocrPages: number;
    noTextPages: number;
  };
  /** a search of a case file's page text: the query's length and the number of hits, never its words */
  "case_file.searched": { queryLength: number; hits: number };
  /** the stored text of one page (OCR'd or from the text layer) was read */
  "document.page_text_viewed": { documentId: string; pageNumber: number; source: string };
  /** a draft QA's check flagged (lib/qa/draft-flags.ts) is approved with the reader's reason and how many of each kind were flagged */
  "determination.approved": {
    determinationId: string;
    version: number;
    flagCounts?: Partial<Record<string, number>>;
    flagsOverrideReason?: string;
  };
  "determination.issued": {
    determinationId: string;
    letterId: string;
    sha256: string;
    version: number;
    partyCodesExpireAt?: string;
    approvedById?: string | null;
  };
  "decision.published": { publicationId: string; determinationId: string; version: number; pdfSha256: string };
  "decision.redaction_opened": { publicationId: string; determinationId: string };
  "decision.held_for_review": { publicationId: string; determinationId: string; doubts: number; leaks: number };
  /** a redaction reviewer removed more text, or kept text the redactor doubted ("keep"); never the text itself */
  "decision.redaction_edited": {
    publicationId: string;
    action: "remove" | "keep" | "undo";
    section: string;
    length: number;
  };
  "decision.withdrawn": { publicationId: string; caseNumber: string; reason: string };
  /** sessionsEnded: the party's open sessions the new code ended (absent before sessions were held on the server) */
  "party.code_reissued": { partyId: string; partyRole: string; expiresAt: string | null; sessionsEnded?: number };
  /** intake's codes page showed these parties' codes (still waiting to be sent) */
  "party.codes_viewed": { partyIds: string[] };
  "party.code_marked_sent": { partyId: string; partyRole: string };
  "party.code_letter_printed": { partyId: string; partyRole: string };
  /** a request for information to one party, due on a California date */
  "information_request.sent": { requestId: string; partyId: string; partyRole: string; dueDate: string };
  "information_request.answered": { requestId: string; documentIds: string[]; textLength: number; late: boolean };
  /** the party opened the request on its page for the first time */
  "information_request.opened": { requestId: string };
  "party.lockout_lifted": { caseNumber: string | null; ip: string | null; lifted: number };
  "user.locked": { failedSignIns: number };
  "user.unlocked": { userId: string };
  "user.password_changed": { userId: string; byAdmin: boolean; sessionVersion: number };
  "user.role_changed": { userId: string; from: string; to: string; sessionVersion: number };
  "user.totp_enabled": { userId: string };
  "user.totp_reset": { userId: string; byAdmin: boolean };
  "user.recovery_code_used": { userId: string; remaining: number };
  "user.sessions_revoked": { userId: string; sessionVersion: number };
  "audit.exported": { rows: number; filters: Record<string, string> };
  "report.exported": { report: string; rows: number; from: string | null; to: string | null };
  "job.failed": { jobId: string; kind: string; attempts: number; error: string };
  "notification.failed": { messageId: string; kind: string; attempts: number; error: string };
  "job.retried": { jobId: string; kind: string; lastError: string | null };
  "notification.retried": { messageId: string; kind: string; lastError: string | null };
  "letter.downloaded": { documentId: string; sha256: string; by: "staff" | "party" };
  "party.access_granted": { partyRole: string };
  "party.access_denied": { caseNumber: string; reason: "bad_code" | "rate_limited" };
  /** the party left (closed the case): its session ended */
  "party.signed_out": { partyRole: string };
  /** a party started sending a file (lib/records/submission/) */
  "records.upload_started": { uploadId: string; fileName: string; byteSize: number; partyRole: string };
  /** a party's file was refused (limits, checks, duplicate): nothing of it kept */
  "records.upload_refused": { uploadId: string | null; fileName: string; reason: string; partyRole: string };
  /** a party's file passed the checks and joined the case file (the receipt) */
  "records.submitted": {
    documentId: string;
    uploadId: string;
    fileName: string;
    mimeType: string;
    sha256: string;
    byteSize: number;
    pageCount: number;
    late: boolean;
    scanner: string | null;
    partyRole: string;
  };
  /** a party labelled its own document: the fields before and after */
  "records.labelled": {
    documentId: string;
    changes: { field: string; before: string | null; after: string | null }[];
    partyRole: string;
  };
  /** the claims administrator declared its records submission complete */
  "records.declared_complete": { recordsRequestId: string; documents: number; late: boolean; partyRole: string };
  "user.signed_in": { email: string };
  "user.created": { email: string; role: string };
  /**
   * a failed staff sign-in (lib/auth/sign-in.ts). waitSeconds: the wait it set for the next
   * attempt (failures beyond the free ones); throttled: refused during a wait unchecked (once
   * per wait); pastTheWait: a code tried during a wait; unlockLink: made with that link's pass
   */
  "user.sign_in_failed": {
    email: string;
    throttled?: boolean;
    locked?: boolean;
    reason?: "password" | "totp" | "totp_reused";
    waitSeconds?: number;
    waitBy?: "account" | "address";
    pastTheWait?: boolean;
    unlockLink?: string;
  };
  /** a one-time link e-mailed to the account's owner after failed sign-ins (lib/auth/sign-in-unlock.ts) */
  "user.unlock_link_issued": { userId: string; unlockId: string; failures: number; expiresAt: string };
  "user.unlock_link_used": { userId: string; unlockId: string };
  "user.status_changed": { userId: string; disabled: boolean; sessionVersion: number };
};

export type AuditAction = keyof AuditPayloads;

export type AuditEntry<A extends AuditAction> = {
  action: A;
  entityType: string;
  entityId: string;
  caseId?: string | null;
  payload: AuditPayloads[A];
};

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

export async function recordAudit<A extends AuditAction>(
  tx: AuditWriter,
  actor: Actor,
  entry: AuditEntry<A>,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorType:
        actor.kind === "user"
          ? "USER"
          : actor.kind === "party"
            ? "PARTY"
            : actor.kind === "public"
              ? "PUBLIC"
              : "SYSTEM",
      actorId: actor.kind === "user" ? actor.userId : actor.kind === "party" ? actor.partyId : null,
      actorRole: actor.kind === "user" ? actor.role : actor.kind === "party" ? "PARTY" : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      caseId: entry.caseId ?? null,
      ip: actor.meta.ip,
      userAgent: actor.meta.userAgent?.slice(0, 500) ?? null,
      payload: entry.payload as Prisma.InputJsonValue,
    },
  });
}
