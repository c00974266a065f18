// One month of generated applications as a temporary table (load_case): each case draws its
// path through the pipeline and the time of every step, then its status is where "now"
// falls on that path. So old cases are mostly DECIDED (or ineligible, deferred, terminated)
// and recent ones sit in every stage. Steps and their clocks follow IMR-DOMAIN.md:
// eligibility within days of receipt (5 business days to answer a request for information),
// records requested at the notice and the decision due 30 days after complete records
// (3 expedited, 5 working days formulary, here 7 calendar days), acceptance by the reviewer,
// QA, then the letter. Shares: about 72% of applications reach a final determination (DWC
// 2024: 141,621 letters for 199,651 applications).
//
// Parameters: $1 month start, $2 month end (ISO, UTC), $3 number of cases, $4 the last case
// number already used in the month's year, $5 the two-digit year of the case numbers.
// The employee's and the claims administrator's names are drawn here, for both the case
// (the lists' copies, Case.employeeName) and its parties.
import { CLAIMS_ADMINISTRATORS, FIRST_NAMES, LAST_NAMES } from "../load-vocabulary.ts";
import { pick } from "./sql-text.ts";

export const CREATE_MONTH_CASES = `
CREATE TEMP TABLE load_case ON COMMIT DROP AS
WITH raw AS (
  SELECT ($1::timestamptz AT TIME ZONE 'UTC') + random() * ($2::timestamptz - $1::timestamptz) AS received_at,
         random() AS r_type, random() AS r_profile, random() AS r_spec, random() AS r_first, random() AS r_ni,
         random() AS r_term, random() AS r_elig, random() AS r_info, random() AS r_records, random() AS r_slow,
         random() AS r_assign, random() AS r_decline, random() AS r_decline_h, random() AS r_accept, random() AS r_review,
         random() AS r_return, random() AS r_qa, random() AS r_deferred, random() AS r_rev, random() AS r_rev2,
         random() AS r_method, random() AS r_item, random() AS r_misc, random() AS r_dx
    FROM generate_series(1, $3::int)
), typed AS (
  SELECT raw.*, p.idx AS profile,
         CASE WHEN r_type < 0.86 THEN 'STANDARD' WHEN r_type < 0.93 THEN 'EXPEDITED' ELSE 'FORMULARY' END AS review_type,
         p.specialties[1 + floor(r_spec * cardinality(p.specialties))::int] AS specialty,
         CASE WHEN r_first < 0.13 THEN 'INELIGIBLE' WHEN r_first < 0.16 THEN 'DEFERRED'
              WHEN r_first < 0.22 THEN 'NEEDS_INFORMATION' ELSE 'ELIGIBLE' END AS first_outcome,
         p.diagnoses[1 + floor(r_dx * cardinality(p.diagnoses))::int] AS diagnosis,
         1 + (r_misc * 100)::int % 100 / 60 + (r_misc * 1000)::int % 10 / 8 AS n_items,
         1 + (r_misc * 10000)::int % 3 AS n_records
    FROM raw JOIN load_profile p ON raw.r_profile >= p.lo AND raw.r_profile < p.hi
), steps AS (
  SELECT t.*, e.elig_at, e.elig_at + interval '1 day' * (3 + t.r_info * 9) AS elig2_at,
         e.elig_at + interval '1 day' * (150 + t.r_deferred * 250) AS deferred_end
    FROM typed t CROSS JOIN LATERAL (SELECT t.received_at + interval '1 hour' * (12 + t.r_elig * 84) AS elig_at) e
), eligible AS (
  SELECT s.*, CASE WHEN first_outcome = 'ELIGIBLE' THEN elig_at
                   WHEN first_outcome = 'NEEDS_INFORMATION' AND r_ni < 0.75 THEN elig2_at END AS eligible_at
    FROM steps s
), records AS (
  SELECT e.*, r.records_at,
         CASE WHEN e.r_term < 0.12 THEN e.eligible_at + (r.records_at - e.eligible_at) * (0.2 + e.r_deferred) END AS term_at
    FROM eligible e CROSS JOIN LATERAL (
      SELECT e.eligible_at + CASE WHEN e.review_type = 'EXPEDITED' THEN interval '1 hour' * (6 + e.r_records * 42)
                                  ELSE interval '1 day' * (4 + e.r_records * 14) END AS records_at) r
), assigned AS (
  SELECT r.*, a.assign_at, r.r_decline < 0.06 AS declined,
         a.assign_at + interval '1 hour' * (3 + r.r_decline_h * 27) AS decline_at
    FROM records r CROSS JOIN LATERAL (
      SELECT CASE WHEN r.term_at IS NULL THEN r.records_at +
               CASE WHEN r.r_slow < 0.08 THEN interval '1 day' * (2 + r.r_assign * 8)
                    WHEN r.review_type = 'EXPEDITED' THEN interval '1 hour' * (1 + r.r_assign * 8)
                    ELSE interval '1 hour' * (2 + r.r_assign * 46) END END AS assign_at) a
), accepted AS (
  SELECT a.*, f.final_assign_at,
         f.final_assign_at + CASE WHEN a.review_type = 'EXPEDITED' THEN interval '1 hour' * (1 + a.r_accept * 5)
                                  ELSE interval '1 hour' * (2 + a.r_accept * 38) END AS accept_at
    FROM assigned a CROSS JOIN LATERAL (
      SELECT CASE WHEN a.declined THEN a.decline_at + interval '2 minutes' ELSE a.assign_at END AS final_assign_at) f
), reviewed AS (
  SELECT a.*, s.first_submit_at,
         CASE WHEN a.r_return < 0.04 THEN s.first_submit_at + interval '1 hour' * (4 + a.r_qa * 20) END AS returned_at
    FROM accepted a CROSS JOIN LATERAL (
      SELECT a.accept_at + CASE a.review_type WHEN 'EXPEDITED' THEN interval '1 hour' * (8 + a.r_review * 24)
                                              WHEN 'FORMULARY' THEN interval '1 day' * (1 + a.r_review * 2)
                                              ELSE interval '1 day' * (3 + a.r_review * 16) END AS first_submit_at) s
), issued AS (
  SELECT r.*, s.submit_at,
         s.submit_at + CASE WHEN r.review_type = 'EXPEDITED' THEN interval '1 hour' * (2 + r.r_qa * 8)
                            ELSE interval '1 hour' * (4 + r.r_qa * 60) END AS issue_at,
         r.records_at + CASE r.review_type WHEN 'STANDARD' THEN interval '30 days' WHEN 'EXPEDITED' THEN interval '3 days'
                                           ELSE interval '7 days' END AS due_at
    FROM reviewed r CROSS JOIN LATERAL (
      SELECT COALESCE(r.returned_at + interval '1 hour' * (6 + r.r_qa * 30), r.first_submit_at) AS submit_at) s
)
SELECT i.*, k.now,
       gen_random_uuid() AS id, gen_random_uuid() AS assignment_id, gen_random_uuid() AS declined_assignment_id,
       gen_random_uuid() AS determination_id, gen_random_uuid() AS letter_id, gen_random_uuid() AS notice_id,
       gen_random_uuid() AS publication_id, gen_random_uuid() AS employee_party_id,
       ARRAY(SELECT gen_random_uuid() FROM generate_series(1, i.n_records)) AS record_ids,
       'CM' || $5::text || '-' || lpad(($4::int + row_number() OVER (ORDER BY i.received_at))::text, 7, '0') AS case_number,
       20 + floor(random() * 46)::int AS age, CASE WHEN random() < 0.58 THEN 'M' ELSE 'F' END AS sex,
       i.received_at::date - (120 + floor(random() * 3500))::int AS date_of_injury,
       i.received_at::date - (3 + floor(random() * 22))::int AS ur_decision_date,
       CASE WHEN random() < 0.8 THEN 'MEDICAL_NECESSITY_DENIAL' ELSE 'MEDICAL_NECESSITY_MODIFICATION' END AS ur_kind,
       CASE WHEN random() < 0.55 THEN 'ELECTRONIC' ELSE 'MAIL' END AS ur_method,
       (ARRAY['ONLINE', 'ONLINE', 'ONLINE', 'MAIL', 'MAIL', 'FAX'])[1 + floor(random() * 6)::int] AS arrival,
       CASE WHEN random() < 0.7 THEN 'ELECTRONIC' ELSE 'MAIL' END AS notice_method,
       random() < 0.45 AS has_representative, random() < 0.6 AS has_ur_organization,
       ${pick(FIRST_NAMES)} || ' ' || ${pick(LAST_NAMES)} AS employee_name, ${pick(CLAIMS_ADMINISTRATORS)} AS claims_administrator_name,
       CASE floor(random() * 3)::int
         WHEN 0 THEN lpad(floor(random() * 10000)::text, 4, '0') || '-' || lpad(floor(random() * 100)::text, 2, '0') || '-' || lpad(floor(random() * 10000)::text, 4, '0')
         WHEN 1 THEN 'WC' || lpad(floor(random() * 1000000000)::text, 9, '0')
         ELSE upper(substr(md5(random()::text), 1, 3)) || '-' || extract(year FROM i.received_at)::int || '-' || lpad(floor(random() * 1000000)::text, 6, '0')
       END AS claim_number,
       rv.reviewer_id, rv.user_id AS reviewer_user_id, rv.specialty_name AS reviewer_specialty,
       rv2.reviewer_id AS reviewer2_id, rv2.user_id AS reviewer2_user_id,
       CASE WHEN i.declined THEN 'AUTO' WHEN i.r_method < 0.7 THEN 'BATCH' WHEN i.r_method < 0.9 THEN 'AUTO' ELSE 'MANUAL' END AS method,
       CASE
         WHEN i.first_outcome = 'DEFERRED' THEN
           CASE WHEN i.elig_at > k.now THEN 'RECEIVED' WHEN i.deferred_end <= k.now THEN 'TERMINATED' ELSE 'DEFERRED' END
         WHEN i.first_outcome = 'INELIGIBLE' THEN CASE WHEN i.elig_at <= k.now THEN 'INELIGIBLE' ELSE 'RECEIVED' END
         WHEN i.eligible_at IS NULL THEN
           CASE WHEN i.elig2_at <= k.now THEN 'INELIGIBLE' WHEN i.elig_at <= k.now THEN 'NEEDS_INFORMATION' ELSE 'RECEIVED' END
         WHEN i.eligible_at > k.now THEN CASE WHEN i.elig_at <= k.now THEN 'NEEDS_INFORMATION' ELSE 'RECEIVED' END
         WHEN i.term_at <= k.now THEN 'TERMINATED'
         WHEN i.issue_at <= k.now THEN 'DECIDED'
         WHEN i.submit_at <= k.now THEN 'IN_QA'
         WHEN i.returned_at <= k.now THEN 'ASSIGNED'
         WHEN i.first_submit_at <= k.now THEN 'IN_QA'
         WHEN i.assign_at <= k.now THEN 'ASSIGNED'
         WHEN i.records_at <= k.now THEN 'READY_FOR_ASSIGNMENT'
         ELSE 'AWAITING_RECORDS'
       END AS status,
       CASE
         WHEN i.first_outcome IN ('DEFERRED', 'INELIGIBLE') THEN CASE WHEN i.elig_at <= k.now THEN i.first_outcome END
         WHEN i.eligible_at IS NULL THEN
           CASE WHEN i.elig2_at <= k.now THEN 'INELIGIBLE' WHEN i.elig_at <= k.now THEN 'NEEDS_INFORMATION' END
         WHEN i.eligible_at <= k.now THEN 'ELIGIBLE'
         WHEN i.elig_at <= k.now THEN 'NEEDS_INFORMATION'
       END AS eligibility_outcome
  FROM issued i
  CROSS JOIN load_const k
  JOIN load_specialty_count sc ON sc.specialty = i.specialty
  JOIN load_reviewer rv ON rv.specialty = i.specialty AND rv.idx = floor(i.r_rev * sc.n)::int
  JOIN load_reviewer rv2 ON rv2.specialty = i.specialty AND rv2.idx = (floor(i.r_rev * sc.n)::int + 1 + floor(i.r_rev2 * (sc.n - 1))::int) % sc.n
`;

/** The case's eligibility decision time (the latest one reached), in SQL over load_case c. */
export const ELIGIBILITY_DECIDED_AT = `CASE c.eligibility_outcome
    WHEN 'ELIGIBLE' THEN c.eligible_at
    WHEN 'NEEDS_INFORMATION' THEN c.elig_at
    ELSE CASE WHEN c.first_outcome = 'NEEDS_INFORMATION' THEN c.elig2_at ELSE c.elig_at END END`;
