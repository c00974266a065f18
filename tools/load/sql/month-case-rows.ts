// The month's rows up to the records: cases, parties with access codes for the parties who
// receive letters, disputed items, records requests and documents (eligibility notice,
// medical records, final determination letter). Documents point at the shared blobs
// (load_const), never at bytes of their own. Over load_case c and load_item, after
// month-cases.ts and month-items.ts; no parameters ("now" is load_const.now).
import { CITIES, EMPLOYERS, FIRST_NAMES, LAST_NAMES, STREETS, UR_ORGANIZATIONS } from "../load-vocabulary.ts";
import { ELIGIBILITY_DECIDED_AT } from "./month-cases.ts";
import { pick } from "./sql-text.ts";

const PERSON = `${pick(FIRST_NAMES)} || ' ' || ${pick(LAST_NAMES)}`;

const reached = (column: string) => `CASE WHEN ${column} <= c.now THEN ${column} END`;

export const INSERT_CASES = `
INSERT INTO "Case" ("id", "caseNumber", "status", "reviewType", "receivedAt", "dueAt", "dateOfInjury", "urDecisionDate",
  "claimNumber", "employeeName", "claimsAdministratorName", "specialtyCode", "employeeAge", "employeeSex", "urServiceMethod", "urDecisionServedOn", "urDecisionKind",
  "expeditedCertified", "liabilityDisputed", "arrivalChannel", "eligibilityOutcome", "eligibilityFindings",
  "eligibilityDecidedAt", "eligibilityDecidedById", "informationDueAt", "noticeSentAt", "noticeMethod", "recordsDueAt",
  "recordsCompleteAt", "createdById", "createdAt", "updatedAt")
SELECT c.id, c.case_number, c.status::"CaseStatus", c.review_type::"ReviewType", c.received_at,
       CASE WHEN c.records_at <= c.now THEN c.due_at END,
       c.date_of_injury, c.ur_decision_date, c.claim_number, c.employee_name, c.claims_administrator_name, c.specialty, c.age, c.sex, c.ur_method::"ServiceMethod",
       c.ur_decision_date + 1, c.ur_kind::"UrDecisionKind", c.review_type = 'EXPEDITED', c.first_outcome = 'DEFERRED',
       c.arrival::"ArrivalChannel", c.eligibility_outcome::"EligibilityOutcome",
       CASE c.eligibility_outcome
         WHEN 'ELIGIBLE' THEN '{"outcome":"ELIGIBLE","itemsAlreadyDecided":[]}'::jsonb
         WHEN 'DEFERRED' THEN '{"outcome":"DEFERRED","reasons":[{"code":"LIABILITY_DISPUTED"}],"itemsAlreadyDecided":[]}'::jsonb
         WHEN 'NEEDS_INFORMATION' THEN '{"outcome":"NEEDS_INFORMATION","missing":[{"code":"UR_SERVICE_DATE"}],"itemsAlreadyDecided":[]}'::jsonb
         WHEN 'INELIGIBLE' THEN jsonb_build_object('outcome', 'INELIGIBLE', 'reasons', jsonb_build_array(jsonb_build_object('code',
           CASE WHEN c.first_outcome = 'NEEDS_INFORMATION' THEN 'UR_DECISION_MISSING'
                ELSE (ARRAY['LATE', 'LATE', 'NOT_MEDICAL_NECESSITY', 'UNSIGNED', 'ALREADY_DECIDED'])[1 + floor(c.r_misc * 5)::int] END)))
       END,
       ${ELIGIBILITY_DECIDED_AT},
       CASE WHEN c.eligibility_outcome IS NOT NULL THEN k.intake_id END,
       CASE WHEN c.eligibility_outcome = 'NEEDS_INFORMATION' THEN c.elig_at + interval '7 days' END,
       ${ELIGIBILITY_DECIDED_AT},
       CASE WHEN c.eligibility_outcome IS NOT NULL THEN c.notice_method::"ServiceMethod" END,
       CASE WHEN c.eligible_at <= c.now THEN c.eligible_at + CASE WHEN c.review_type = 'EXPEDITED' THEN interval '1 day'
            WHEN c.notice_method = 'ELECTRONIC' THEN interval '12 days' ELSE interval '15 days' END END,
       ${reached("c.records_at")}, k.intake_id, c.received_at,
       GREATEST(c.received_at, ${reached("c.elig_at")}, ${reached("c.eligible_at")}, ${reached("c.records_at")},
                ${reached("c.final_assign_at")}, ${reached("c.accept_at")}, ${reached("c.submit_at")}, ${reached("c.issue_at")})
  FROM load_case c CROSS JOIN load_const k
 ORDER BY c.case_number
`;

export const INSERT_PARTIES = `
WITH parties AS (
  INSERT INTO "Party" ("id", "caseId", "role", "name", "organization", "identifier", "address", "phone", "dateOfBirth")
  SELECT CASE WHEN r.role = 'EMPLOYEE' THEN c.employee_party_id ELSE gen_random_uuid() END, c.id, r.role::"PartyRole",
         CASE r.role
           WHEN 'EMPLOYEE' THEN c.employee_name
           WHEN 'EMPLOYER' THEN ${pick(EMPLOYERS)}
           WHEN 'CLAIMS_ADMINISTRATOR' THEN c.claims_administrator_name
           WHEN 'REQUESTING_PHYSICIAN' THEN 'Dr. ' || ${PERSON}
           WHEN 'REPRESENTATIVE' THEN ${PERSON} || ', Esq.'
           ELSE ${pick(UR_ORGANIZATIONS)} END,
         CASE WHEN r.role = 'REPRESENTATIVE' THEN 'Law Offices of ' || ${pick(LAST_NAMES)} END,
         CASE WHEN r.role = 'REQUESTING_PHYSICIAN' THEN (1000000000 + floor(random() * 899999999))::bigint::text END,
         CASE WHEN r.role IN ('EMPLOYEE', 'CLAIMS_ADMINISTRATOR', 'REQUESTING_PHYSICIAN')
              THEN (100 + floor(random() * 9800))::int || ' ' || ${pick(STREETS)} || ', ' || ${pick(CITIES)} || ' CA' END,
         CASE WHEN r.role = 'EMPLOYEE' THEN '(209) 555-' || lpad(floor(random() * 10000)::text, 4, '0') END,
         CASE WHEN r.role = 'EMPLOYEE' THEN c.date_of_injury - (c.age * 365 + floor(random() * 365))::int END
    FROM load_case c
    CROSS JOIN LATERAL (VALUES ('EMPLOYEE'), ('EMPLOYER'), ('CLAIMS_ADMINISTRATOR'), ('REQUESTING_PHYSICIAN'),
                               ('REPRESENTATIVE'), ('UR_ORGANIZATION')) r(role)
   WHERE (r.role <> 'REPRESENTATIVE' OR c.has_representative) AND (r.role <> 'UR_ORGANIZATION' OR c.has_ur_organization)
  RETURNING "id", "caseId", "role"
)
INSERT INTO "PartyAccessCode" ("id", "partyId", "codeHash", "createdAt", "expiresAt")
SELECT gen_random_uuid(), p."id", encode(sha256(uuid_send(gen_random_uuid())), 'hex'), c.received_at,
       CASE WHEN c.issue_at <= c.now THEN c.issue_at + interval '180 days' END
  FROM parties p JOIN load_case c ON c.id = p."caseId"
 WHERE p."role" IN ('EMPLOYEE', 'REPRESENTATIVE', 'REQUESTING_PHYSICIAN', 'CLAIMS_ADMINISTRATOR')
`;

export const INSERT_ITEMS = `
INSERT INTO "DisputedItem" ("id", "caseId", "ordinal", "description", "category", "subcategory")
SELECT i.id, i.case_id, i.ordinal, i.description, i.category, i.subcategory FROM load_item i
`;

export const INSERT_RECORDS_REQUESTS = `
INSERT INTO "RecordsRequest" ("id", "caseId", "requestedAt", "dueAt", "description", "receivedAt")
SELECT gen_random_uuid(), c.id, c.eligible_at,
       c.eligible_at + CASE WHEN c.review_type = 'EXPEDITED' THEN interval '1 day'
                            WHEN c.notice_method = 'ELECTRONIC' THEN interval '12 days' ELSE interval '15 days' END,
       'Medical records and the utilization review file (notice of assignment)', ${reached("c.records_at")}
  FROM load_case c WHERE c.eligible_at <= c.now
`;

const DOCUMENT_COLUMNS = `("id", "caseId", "kind", "title", "fileName", "mimeType", "byteSize", "sha256", "pageCount", "documentDate", "storageKey", "uploadedById", "createdAt")`;

export const INSERT_NOTICES = `
INSERT INTO "Document" ${DOCUMENT_COLUMNS}
SELECT c.notice_id, c.id, 'NOTICE',
       CASE c.eligibility_outcome WHEN 'ELIGIBLE' THEN 'Notice of assignment and request for records'
            WHEN 'NEEDS_INFORMATION' THEN 'Request for information' WHEN 'DEFERRED' THEN 'Notice of deferral'
            ELSE 'Notice of ineligibility' END,
       c.case_number || '-notice.pdf', 'application/pdf', k.notice_size, k.notice_sha256, 1,
       (${ELIGIBILITY_DECIDED_AT})::date, k.notice_key, k.intake_id, ${ELIGIBILITY_DECIDED_AT}
  FROM load_case c CROSS JOIN load_const k WHERE c.eligibility_outcome IS NOT NULL
`;

export const INSERT_RECORDS = `
INSERT INTO "Document" ${DOCUMENT_COLUMNS}
SELECT r.id, c.id, 'MEDICAL_REPORT',
       (ARRAY['Progress report', 'Utilization review file', 'MRI report', 'Agreed medical evaluation', 'Physical therapy notes',
              'Primary treating physician report'])[1 + (floor(c.r_misc * 97)::int + r.n::int) % 6],
       c.case_number || '-records-' || r.n || '.pdf', 'application/pdf', k.records_size, k.records_sha256,
       3 + floor(random() * 240)::int, c.ur_decision_date - floor(random() * 200)::int, k.records_key, k.intake_id,
       c.eligible_at + (c.records_at - c.eligible_at) * (r.n::float8 / (c.n_records + 1))
  FROM load_case c CROSS JOIN load_const k CROSS JOIN LATERAL unnest(c.record_ids) WITH ORDINALITY r(id, n)
 WHERE c.records_at <= c.now
`;

export const INSERT_LETTERS = `
INSERT INTO "Document" ${DOCUMENT_COLUMNS}
SELECT c.letter_id, c.id, 'DETERMINATION_LETTER', 'Final Determination ' || c.case_number,
       c.case_number || '-final-determination.pdf', 'application/pdf', k.letter_size, k.letter_sha256, 1,
       NULL, k.letter_key, NULL, c.issue_at
  FROM load_case c CROSS JOIN load_const k WHERE c.issue_at <= c.now
`;
