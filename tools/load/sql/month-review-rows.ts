// The month's rows from assignment to publication: offers (about 6% declined first and
// re-matched by the system), the determination with one row per disputed item, the
// documents reviewed, QA readings (about 4% returned once), and the redacted public copy of
// every issued letter (PublishedDecision, searchable text in the layout of the published
// DWC letters, names of people and organizations already absent). Over load_case c and
// load_item i; no parameters.
import { DECLINE_REASONS, OVERTURNED_REASONS, QA_RETURN_COMMENTS, UPHELD_REASONS } from "../load-vocabulary.ts";
import { organizationName } from "../../../lib/config/organization.ts";
import {
  DOCUMENTS_INTRO,
  HEADINGS,
  ISSUES_INTRO,
  SUMMARY_INTRO,
} from "../../../lib/determinations/letter/letter-text.ts";
import { at, literal, pick } from "./sql-text.ts";

const guideline = (random: string) =>
  `k.guideline_citations[1 + floor(${random} * cardinality(k.guideline_citations))::int]`;

const SCORE = `jsonb_build_object('score', 60 + floor(c.r_rev * 30)::int, 'parts', jsonb_build_array(
    jsonb_build_object('label', 'Specialty', 'points', 40, 'explanation', 'Exact specialty match (+40)'),
    jsonb_build_object('label', 'License', 'points', 20, 'explanation', 'California license (+20)'),
    jsonb_build_object('label', 'Current load', 'points', floor(c.r_rev2 * 20)::int,
                       'explanation', floor((1 - c.r_rev2) * 25)::int || ' of 25 open cases (+' || floor(c.r_rev2 * 20)::int || ')')))`;

const CANDIDATES = (
  reviewer: string,
) => `jsonb_build_object('screened', k.panel_size, 'qualified', 5 + floor(c.r_rev2 * 30)::int,
    'ranked', jsonb_build_array(jsonb_build_object('reviewerId', ${reviewer}, 'name', 'Top-ranked reviewer', 'score', 60 + floor(c.r_rev * 30)::int)),
    'notOffered', jsonb_build_object('SPECIALTY', k.panel_size - 40))`;

const ASSIGNMENT_COLUMNS = `("id", "caseId", "reviewerId", "status", "method", "score", "respondedAt", "declineReason",
  "conflictAttestedAt", "assignedById", "reason", "candidates", "assignedAt", "endedAt")`;

export const INSERT_DECLINED_ASSIGNMENTS = `
INSERT INTO "Assignment" ${ASSIGNMENT_COLUMNS}
SELECT c.declined_assignment_id, c.id, c.reviewer2_id,
       CASE WHEN c.decline_at <= c.now THEN 'DECLINED' ELSE 'OFFERED' END::"AssignmentStatus",
       CASE WHEN c.r_method < 0.8 THEN 'BATCH' ELSE 'MANUAL' END::"AssignmentMethod", ${SCORE},
       CASE WHEN c.decline_at <= c.now THEN c.decline_at END,
       CASE WHEN c.decline_at <= c.now THEN ${pick(DECLINE_REASONS)} END,
       NULL, k.admin_id, 'Best overall fit within capacity', ${CANDIDATES("c.reviewer2_id")}, c.assign_at,
       CASE WHEN c.decline_at <= c.now THEN c.decline_at END
  FROM load_case c CROSS JOIN load_const k
 WHERE c.declined AND c.assign_at <= c.now
`;

export const INSERT_ASSIGNMENTS = `
INSERT INTO "Assignment" ${ASSIGNMENT_COLUMNS}
SELECT c.assignment_id, c.id, c.reviewer_id,
       CASE WHEN c.issue_at <= c.now THEN 'COMPLETED' WHEN c.accept_at <= c.now THEN 'ACTIVE' ELSE 'OFFERED' END::"AssignmentStatus",
       c.method::"AssignmentMethod", ${SCORE},
       CASE WHEN c.accept_at <= c.now THEN c.accept_at END, NULL,
       CASE WHEN c.accept_at <= c.now THEN c.accept_at END,
       CASE WHEN c.declined THEN NULL ELSE k.admin_id END,
       CASE WHEN c.declined THEN 'Re-matched after a decline: top-ranked reviewer who has not declined'
            WHEN c.method = 'BATCH' THEN 'Best overall fit within capacity'
            ELSE 'Top-ranked qualified reviewer' END,
       ${CANDIDATES("c.reviewer_id")}, c.final_assign_at,
       CASE WHEN c.issue_at <= c.now THEN c.issue_at END
  FROM load_case c CROSS JOIN load_const k
 WHERE c.final_assign_at <= c.now
`;

export const INSERT_DETERMINATIONS = `
INSERT INTO "Determination" ("id", "caseId", "version", "status", "reviewerId", "clinicalSummary", "qualifications", "revision",
  "approvedById", "submittedAt", "issuedAt", "letterId", "createdAt", "updatedAt")
SELECT c.determination_id, c.id, 1,
       CASE WHEN c.issue_at <= c.now THEN 'ISSUED' WHEN c.submit_at <= c.now THEN 'SUBMITTED'
            WHEN c.returned_at <= c.now THEN 'RETURNED' WHEN c.first_submit_at <= c.now THEN 'SUBMITTED'
            ELSE 'DRAFT' END::"DeterminationStatus",
       c.reviewer_id, c.summary,
       'The physician reviewer is Board Certified in ' || c.reviewer_specialty || ' and is licensed to practice in California.',
       1 + floor(c.r_review * 9)::int,
       CASE WHEN c.issue_at <= c.now THEN k.qa_id END,
       CASE WHEN c.submit_at <= c.now THEN c.submit_at WHEN c.first_submit_at <= c.now THEN c.first_submit_at END,
       CASE WHEN c.issue_at <= c.now THEN c.issue_at END,
       CASE WHEN c.issue_at <= c.now THEN c.letter_id END,
       c.accept_at, LEAST(c.now, GREATEST(c.accept_at, CASE WHEN c.issue_at <= c.now THEN c.issue_at WHEN c.first_submit_at <= c.now THEN c.first_submit_at END))
  FROM load_case c CROSS JOIN load_const k
 WHERE c.accept_at <= c.now
`;

/** The rationale of one item, in the manner of the published letters. */
const RATIONALE = `format('This patient presents with %s.  The request for %s was %s by utilization review.  %s.  %s.  Therefore, the request for %s is %s.',
    i.diagnosis, i.description, CASE WHEN c.ur_kind = 'MEDICAL_NECESSITY_MODIFICATION' THEN 'modified' ELSE 'non-certified' END,
    'The guideline applied is ' || ${guideline("i.r_guide")},
    CASE WHEN i.decision = 'OVERTURNED' THEN ${at(OVERTURNED_REASONS, "i.r_reason")} ELSE ${at(UPHELD_REASONS, "i.r_reason")} END,
    i.description, CASE WHEN i.decision = 'OVERTURNED' THEN 'medically necessary and appropriate' ELSE 'not medically necessary and appropriate' END)`;

export const CREATE_ITEM_TEXTS = `
ALTER TABLE load_item ADD COLUMN rationale text, ADD COLUMN guideline_id uuid, ADD COLUMN reviewer_guideline text, ADD COLUMN claims_guideline text;
UPDATE load_item i SET rationale = ${RATIONALE},
       guideline_id = k.guideline_ids[1 + floor(i.r_guide * cardinality(k.guideline_ids))::int],
       reviewer_guideline = 'Decision based on ' || ${guideline("i.r_guide")} || '.',
       claims_guideline = 'Decision based on ' || ${guideline("i.r_claims")} || '.'
  FROM load_case c, load_const k
 WHERE c.id = i.case_id AND c.accept_at <= c.now
`;

export const INSERT_DETERMINATION_ITEMS = `
INSERT INTO "DeterminationItem" ("id", "determinationId", "disputedItemId", "decision", "claimsAdminGuideline",
  "reviewerGuideline", "guidelineId", "rationale")
SELECT gen_random_uuid(), c.determination_id, i.id,
       CASE WHEN c.first_submit_at <= c.now THEN i.decision::"Decision" END,
       i.claims_guideline, i.reviewer_guideline, i.guideline_id,
       CASE WHEN c.first_submit_at <= c.now THEN i.rationale ELSE '' END
  FROM load_item i JOIN load_case c ON c.id = i.case_id
 WHERE c.accept_at <= c.now
`;

export const INSERT_DOCUMENTS_REVIEWED = `
INSERT INTO "DeterminationDocument" ("determinationId", "documentId")
SELECT c.determination_id, r.id FROM load_case c CROSS JOIN LATERAL unnest(c.record_ids) r(id)
 WHERE c.first_submit_at <= c.now AND c.records_at <= c.now
`;

export const INSERT_QA_REVIEWS = `
INSERT INTO "QaReview" ("id", "determinationId", "readerId", "outcome", "comments", "at")
SELECT gen_random_uuid(), c.determination_id, k.qa_id, 'RETURNED'::"QaOutcome", ${pick(QA_RETURN_COMMENTS)}, c.returned_at
  FROM load_case c CROSS JOIN load_const k WHERE c.returned_at <= c.now
UNION ALL
SELECT gen_random_uuid(), c.determination_id, k.qa_id, 'APPROVED'::"QaOutcome", '', c.issue_at
  FROM load_case c CROSS JOIN load_const k WHERE c.issue_at <= c.now
`;

const date = (column: string) => `to_char(${column}, 'FMMonth FMDD, YYYY')`;

/** The searchable text of the published copy, laid out as lib/publication/published-text.ts makes it, names already cut out. */
const PUBLISHED_TEXT = `${literal("Independent Medical Review Final Determination\n\nCase Number: ")} || c.case_number
  || ${literal("\nDate: ")} || ${date("c.issue_at")} || ${literal("\nDate of Injury: ")} || ${date("c.date_of_injury")}
  || ${literal(`\nClaim Number: \n\nThis letter was sent to:\nEmployee: \nRequesting Physician: \nClaims Administrator: \n\n${HEADINGS.howMade}\n\n${organizationName()} sent the complete case file to a physician reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. The physician reviewer is Board Certified in `)}
  || c.reviewer_specialty || ${literal(` and is licensed to practice in California. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The physician reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services.\n\n${HEADINGS.summary}\n\n${SUMMARY_INTRO}\n\n`)}
  || c.summary || ${literal(`\n\n${HEADINGS.documents}\n\n${DOCUMENTS_INTRO}\n\n1. Application for Independent Medical Review (DWC Form IMR)\n2. Utilization review determination, dated `)}
  || to_char(c.ur_decision_date, 'MM/DD/YYYY') || ${literal("\n3. Medical records (")} || (20 + floor(c.r_misc * 400)::int)
  || ${literal(` pages)\n\n${HEADINGS.issues}\n\n${ISSUES_INTRO}\n\n`)}
  || string_agg(i.ordinal || ' ' || i.description || ':  ' || initcap(i.decision) || ${literal("\n\nClaims Administrator guideline: ")}
                || i.claims_guideline || ${literal(`\n\n${organizationName()} guideline: `)} || i.reviewer_guideline
                || ${literal("\n\nDecision rationale: ")} || i.rationale, ${literal("\n\n")} ORDER BY i.ordinal)`;

export const INSERT_PUBLISHED = `
INSERT INTO "PublishedDecision" ("id", "determinationId", "caseId", "caseNumber", "version", "status", "outcome", "decisionDate",
  "dateOfInjury", "receivedDate", "reviewerSpecialty", "categories", "subcategories", "itemDecisions", "redactedText",
  "createdAt", "publishedAt")
SELECT c.publication_id, c.determination_id, c.id, c.case_number, 1, 'PUBLISHED'::"PublicationStatus",
       CASE WHEN bool_and(i.decision = 'UPHELD') THEN 'UPHELD' WHEN bool_and(i.decision = 'OVERTURNED') THEN 'OVERTURNED'
            ELSE 'PARTIALLY_OVERTURNED' END::"CaseOutcome",
       c.issue_at::date, c.date_of_injury, c.received_at::date, c.reviewer_specialty,
       array_agg(DISTINCT i.category), array_agg(DISTINCT i.subcategory), array_agg(i.decision::"Decision" ORDER BY i.ordinal),
       ${PUBLISHED_TEXT},
       c.issue_at, c.issue_at + interval '5 minutes'
  FROM load_case c JOIN load_item i ON i.case_id = c.id
 WHERE c.issue_at <= c.now
 GROUP BY c.publication_id, c.determination_id, c.id, c.case_number, c.issue_at, c.date_of_injury, c.received_at,
          c.reviewer_specialty, c.summary, c.ur_decision_date, c.r_misc
`;
