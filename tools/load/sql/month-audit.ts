// The month's audit trail: the events the use cases write (lib/audit/record-audit.ts, same
// action names and payload shapes), at the time each step happened, by the staff member,
// reviewer, party or system that took it. About a dozen per decided case. Inserted in time
// order so that ids follow time as in a live system. Over load_case c; no parameters.

const iso = (timestamp: string) => `to_char(${timestamp}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const INSERT_AUDIT_EVENTS = `
INSERT INTO "AuditEvent" ("at", "actorType", "actorId", "actorRole", "action", "entityType", "entityId", "caseId", "ip", "userAgent", "payload")
SELECT e.at, e.actor_type::"ActorType", e.actor_id, e.actor_role, e.action, e.entity_type, e.entity_id, c.id,
       CASE WHEN e.actor_type = 'SYSTEM' THEN NULL ELSE '10.' || (c.r_misc * 250)::int || '.' || (c.r_rev * 250)::int || '.' || (c.r_qa * 250)::int END,
       CASE WHEN e.actor_type = 'SYSTEM' THEN NULL ELSE 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' END,
       e.payload
  FROM load_case c CROSS JOIN load_const k
  CROSS JOIN LATERAL (VALUES
    (c.received_at, 'USER', k.intake_id::text, 'INTAKE', 'case.created', 'Case', c.id::text,
     jsonb_build_object('caseNumber', c.case_number, 'reviewType', c.review_type, 'items', c.n_items)),
    (c.elig_at, 'USER', k.intake_id::text, 'INTAKE', 'case.eligibility_decided', 'Case', c.id::text,
     jsonb_build_object('outcome', c.first_outcome, 'computed', c.first_outcome, 'overrideReason', NULL, 'reasons', '[]'::jsonb, 'noticeId', c.notice_id)),
    (CASE WHEN c.first_outcome = 'NEEDS_INFORMATION' THEN c.elig2_at END, 'USER', k.intake_id::text, 'INTAKE', 'case.eligibility_decided', 'Case', c.id::text,
     jsonb_build_object('outcome', CASE WHEN c.eligible_at IS NULL THEN 'INELIGIBLE' ELSE 'ELIGIBLE' END,
                        'computed', CASE WHEN c.eligible_at IS NULL THEN 'INELIGIBLE' ELSE 'ELIGIBLE' END,
                        'overrideReason', NULL, 'reasons', '[]'::jsonb, 'noticeId', c.notice_id)),
    (CASE WHEN c.records_at <= c.now THEN c.records_at - interval '1 hour' END, 'USER', k.intake_id::text, 'INTAKE', 'document.uploaded', 'Document', c.record_ids[1]::text,
     jsonb_build_object('documentId', c.record_ids[1], 'kind', 'MEDICAL_REPORT', 'sha256', k.records_sha256, 'byteSize', k.records_size,
                        'pageCount', 1, 'scanner', NULL)),
    (c.records_at, 'USER', k.intake_id::text, 'INTAKE', 'case.records_complete', 'Case', c.id::text,
     jsonb_build_object('recordsCompleteAt', ${iso("c.records_at")}, 'dueAt', ${iso("c.due_at")})),
    (CASE WHEN c.declined THEN c.assign_at END, 'USER', k.admin_id::text, 'ADMIN', 'case.assigned', 'Case', c.id::text,
     jsonb_build_object('reviewerId', c.reviewer2_id, 'assignmentId', c.declined_assignment_id, 'method', 'BATCH', 'score', 70,
                        'override', false, 'candidates', 12, 'reason', 'Best overall fit within capacity')),
    (CASE WHEN c.declined THEN c.decline_at END, 'USER', c.reviewer2_user_id::text, 'REVIEWER', 'assignment.declined', 'Assignment',
     c.declined_assignment_id::text, jsonb_build_object('assignmentId', c.declined_assignment_id, 'reviewerId', c.reviewer2_id, 'reason', 'Scheduling conflict this week')),
    (c.final_assign_at, CASE WHEN c.declined THEN 'SYSTEM' ELSE 'USER' END, CASE WHEN c.declined THEN NULL ELSE k.admin_id::text END,
     CASE WHEN c.declined THEN NULL ELSE 'ADMIN' END, 'case.assigned', 'Case', c.id::text,
     jsonb_build_object('reviewerId', c.reviewer_id, 'assignmentId', c.assignment_id, 'method', c.method, 'score', 60 + floor(c.r_rev * 30)::int,
                        'override', false, 'candidates', 5 + floor(c.r_rev2 * 30)::int, 'reason', 'Top-ranked qualified reviewer')),
    (c.accept_at, 'USER', c.reviewer_user_id::text, 'REVIEWER', 'assignment.accepted', 'Assignment', c.assignment_id::text,
     jsonb_build_object('assignmentId', c.assignment_id, 'reviewerId', c.reviewer_id, 'determinationId', c.determination_id, 'conflictAttestedAt', ${iso("c.accept_at")})),
    (c.accept_at + interval '30 minutes', 'USER', c.reviewer_user_id::text, 'REVIEWER', 'document.viewed', 'Document', c.record_ids[1]::text,
     jsonb_build_object('documentId', c.record_ids[1], 'kind', 'MEDICAL_REPORT')),
    (c.accept_at + (c.first_submit_at - c.accept_at) / 2, 'USER', c.reviewer_user_id::text, 'REVIEWER', 'determination.draft_saved', 'Determination',
     c.determination_id::text, jsonb_build_object('determinationId', c.determination_id, 'revision', 1)),
    (c.first_submit_at, 'USER', c.reviewer_user_id::text, 'REVIEWER', 'determination.submitted', 'Determination', c.determination_id::text,
     jsonb_build_object('determinationId', c.determination_id, 'version', 1)),
    (c.returned_at, 'USER', k.qa_id::text, 'ADMIN', 'determination.returned', 'Determination', c.determination_id::text,
     jsonb_build_object('determinationId', c.determination_id, 'qaReviewId', c.determination_id)),
    (CASE WHEN c.returned_at IS NOT NULL THEN c.submit_at END, 'USER', c.reviewer_user_id::text, 'REVIEWER', 'determination.submitted', 'Determination',
     c.determination_id::text, jsonb_build_object('determinationId', c.determination_id, 'version', 1)),
    (c.issue_at, 'USER', k.qa_id::text, 'ADMIN', 'determination.issued', 'Determination', c.determination_id::text,
     jsonb_build_object('determinationId', c.determination_id, 'letterId', c.letter_id, 'sha256', k.letter_sha256, 'version', 1,
                        'partyCodesExpireAt', ${iso("c.issue_at + interval '180 days'")})),
    (CASE WHEN c.r_qa < 0.4 THEN c.issue_at + interval '1 day' * (1 + c.r_accept * 9) END, 'PARTY', c.employee_party_id::text, 'PARTY',
     'letter.downloaded', 'Document', c.letter_id::text, jsonb_build_object('documentId', c.letter_id, 'sha256', k.letter_sha256, 'by', 'party'))
  ) e(at, actor_type, actor_id, actor_role, action, entity_type, entity_id, payload)
 WHERE e.at <= c.now
 ORDER BY e.at
`;
