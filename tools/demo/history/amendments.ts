// A few decided cases of each month of the demo history were amended later, as
// lib/determinations/start-amendment.ts and lib/qa/issue-letter.ts do it: an administrator
// states the reason, the reviewer submits version 2 (same decisions, the correction made),
// QA approves it and its letter is issued in office hours; version 1 and its public copy are
// superseded, the amended copy is published, the parties' codes run 180 days from the new
// letter, and the trail records each step. Month statements over load_case (after the
// generator's own rows); no parameters.
import { literal } from "../../load/sql/sql-text.ts";
import { inOfficeHours } from "./business-hours.ts";

/** About one decided case in 60 whose letter is a month old or more. */
export const AMENDED_SHARE = 1 / 60;

const REASONS = [
  "The letter gave the wrong date of the utilization review decision",
  "The guideline citation of item 1 named the wrong section of the MTUS",
  "A medical report the reviewer read was missing from the list of documents reviewed",
  "The claims administrator's name was misspelled in the list of recipients",
];

const REASON = `(ARRAY[${REASONS.map(literal).join(", ")}]::text[])[1 + floor(random() * ${REASONS.length})::int]`;

const CHOOSE = `
CREATE TEMP TABLE demo_amendment ON COMMIT DROP AS
WITH chosen AS (
  SELECT c.id AS case_id, c.case_number, c.determination_id AS old_id, c.publication_id AS old_publication_id,
         c.reviewer_id, c.reviewer_user_id, c.issue_at, c.issue_at + interval '1 day' * (5 + random() * 20) AS asked_at,
         random() AS r_start, random() AS r_submit, random() AS r_issue, ${REASON} AS reason
    FROM load_case c CROSS JOIN load_const k
   WHERE c.status = 'DECIDED' AND c.issue_at < k.now - interval '30 days' AND random() < ${AMENDED_SHARE}
), started AS (
  SELECT ch.*, ${inOfficeHours("ch.asked_at", "ch.r_start")} AS started_at FROM chosen ch
), timed AS (
  SELECT s.*, s.started_at + interval '1 hour' * (20 + s.r_submit * 60) AS submit_at FROM started s WHERE s.started_at IS NOT NULL
)
SELECT t.*, ${inOfficeHours("t.submit_at + interval '1 hour' * (4 + t.r_issue * 24)", "t.r_issue")} AS issued_at,
       gen_random_uuid() AS determination_id, gen_random_uuid() AS letter_id, gen_random_uuid() AS publication_id
  FROM timed t;
DELETE FROM demo_amendment a USING load_const k WHERE a.issued_at IS NULL OR a.issued_at > k.now;
`;

const LETTERS = `
INSERT INTO "Document" ("id", "caseId", "kind", "title", "fileName", "mimeType", "byteSize", "sha256", "pageCount", "documentDate", "storageKey", "uploadedById", "createdAt")
SELECT a.letter_id, a.case_id, 'DETERMINATION_LETTER', 'Final Determination ' || a.case_number || ' (amended, version 2)',
       a.case_number || '-final-determination-v2.pdf', 'application/pdf', k.letter_size, k.letter_sha256, 1, NULL, k.letter_key, NULL, a.issued_at
  FROM demo_amendment a CROSS JOIN load_const k
`;

const DETERMINATIONS = `
INSERT INTO "Determination" ("id", "caseId", "version", "status", "reviewerId", "clinicalSummary", "qualifications", "revision",
  "amendmentReason", "amendsId", "approvedById", "submittedAt", "issuedAt", "letterId", "createdAt", "updatedAt")
SELECT a.determination_id, a.case_id, 2, 'ISSUED', d."reviewerId", d."clinicalSummary", d."qualifications", d."revision" + 2,
       a.reason, d."id", k.qa_id, a.submit_at, a.issued_at, a.letter_id, a.started_at, a.issued_at
  FROM demo_amendment a JOIN "Determination" d ON d."id" = a.old_id CROSS JOIN load_const k;
UPDATE "Determination" d SET "status" = 'SUPERSEDED', "updatedAt" = a.issued_at FROM demo_amendment a WHERE d."id" = a.old_id;
INSERT INTO "DeterminationItem" ("id", "determinationId", "disputedItemId", "decision", "claimsAdminGuideline", "reviewerGuideline", "guidelineId", "rationale")
SELECT gen_random_uuid(), a.determination_id, i."disputedItemId", i."decision", i."claimsAdminGuideline", i."reviewerGuideline", i."guidelineId", i."rationale"
  FROM demo_amendment a JOIN "DeterminationItem" i ON i."determinationId" = a.old_id;
INSERT INTO "DeterminationDocument" ("determinationId", "documentId", "notRelevantReason")
SELECT a.determination_id, dd."documentId", dd."notRelevantReason" FROM demo_amendment a JOIN "DeterminationDocument" dd ON dd."determinationId" = a.old_id;
INSERT INTO "QaReview" ("id", "determinationId", "readerId", "outcome", "comments", "at")
SELECT gen_random_uuid(), a.determination_id, k.qa_id, 'APPROVED', '', a.issued_at FROM demo_amendment a CROSS JOIN load_const k;
`;

const PUBLICATIONS = `
INSERT INTO "PublishedDecision" ("id", "determinationId", "caseId", "caseNumber", "version", "status", "outcome", "decisionDate",
  "dateOfInjury", "receivedDate", "reviewerSpecialty", "categories", "subcategories", "itemDecisions", "redactedText", "createdAt", "publishedAt")
SELECT a.publication_id, a.determination_id, p."caseId", p."caseNumber", 2, 'PUBLISHED', p."outcome", a.issued_at::date,
       p."dateOfInjury", p."receivedDate", p."reviewerSpecialty", p."categories", p."subcategories", p."itemDecisions",
       regexp_replace(p."redactedText", '\\nDate: [^\\n]*', E'\\nDate: ' || to_char(a.issued_at, 'FMMonth FMDD, YYYY')),
       a.issued_at, a.issued_at + interval '5 minutes'
  FROM demo_amendment a JOIN "PublishedDecision" p ON p."id" = a.old_publication_id;
UPDATE "PublishedDecision" p SET "status" = 'SUPERSEDED' FROM demo_amendment a WHERE p."id" = a.old_publication_id;
UPDATE "PartyAccessCode" pac SET "expiresAt" = a.issued_at + interval '180 days'
  FROM demo_amendment a JOIN "Party" pa ON pa."caseId" = a.case_id WHERE pac."partyId" = pa."id" AND pac."revokedAt" IS NULL;
UPDATE "Case" c SET "updatedAt" = a.issued_at FROM demo_amendment a WHERE c."id" = a.case_id;
`;

const iso = (timestamp: string) => `to_char(${timestamp}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const AUDIT = `
INSERT INTO "AuditEvent" ("at", "actorType", "actorId", "actorRole", "action", "entityType", "entityId", "caseId", "ip", "userAgent", "payload")
SELECT e.at, 'USER', e.actor_id, e.actor_role, e.action, 'Determination', a.determination_id::text, a.case_id, '10.0.4.' || (1 + floor(random() * 250))::int,
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', e.payload
  FROM demo_amendment a CROSS JOIN load_const k
  CROSS JOIN LATERAL (VALUES
    (a.started_at, k.admin_id::text, 'ADMIN', 'determination.amendment_started',
     jsonb_build_object('determinationId', a.determination_id, 'amends', a.old_id, 'version', 2, 'reason', a.reason)),
    (a.submit_at, a.reviewer_user_id::text, 'REVIEWER', 'determination.submitted', jsonb_build_object('determinationId', a.determination_id, 'version', 2)),
    (a.issued_at, k.qa_id::text, 'ADMIN', 'determination.issued',
     jsonb_build_object('determinationId', a.determination_id, 'letterId', a.letter_id, 'sha256', k.letter_sha256, 'version', 2,
                        'partyCodesExpireAt', ${iso("a.issued_at + interval '180 days'")}))
  ) e(at, actor_id, actor_role, action, payload)
 ORDER BY e.at
`;

/** In order, after the generator's month rows. */
export const AMENDMENT_STEPS = [CHOOSE, LETTERS, DETERMINATIONS, PUBLICATIONS, AUDIT];
