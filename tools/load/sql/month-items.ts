// The month's disputed items (load_item: 1 to 3 per case, distinct, from the case's
// clinical profile, or pharmacy items for a formulary dispute), each with its decision drawn
// at the item's overturn rate (about 13% overall, as in the DWC's 2024 figures), then the
// clinical summary of every case that reached a reviewer, written from its facts.
import {
  FORMULARY_ITEMS,
  MECHANISMS,
  OCCUPATIONS,
  PILL_COUNTS,
  SESSION_COUNTS,
  TREATMENT_HISTORY,
} from "../load-vocabulary.ts";
import { pick, textArray } from "./sql-text.ts";

const F = FORMULARY_ITEMS.length;
const pickColumn = (column: string) => `${column}[1 + floor(random() * cardinality(${column}))::int]`;
export const CREATE_MONTH_ITEMS = `
CREATE TEMP TABLE load_item ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, c.id AS case_id, g.ordinal,
       split_part(x.spec, '|', 1) AS category,
       split_part(x.spec, '|', 2) AS subcategory,
       replace(replace(split_part(x.spec, '|', 4), '{n}', ${pick(SESSION_COUNTS)}), '{q}', ${pick(PILL_COUNTS)}) AS description,
       CASE WHEN random() < split_part(x.spec, '|', 3)::float8 THEN 'OVERTURNED' ELSE 'UPHELD' END AS decision,
       random() AS r_guide, random() AS r_claims, random() AS r_reason,
       c.diagnosis
  FROM load_case c
  JOIN load_profile p ON p.idx = c.profile
  CROSS JOIN LATERAL generate_series(1, c.n_items) g(ordinal)
  CROSS JOIN LATERAL (
    SELECT CASE WHEN c.review_type = 'FORMULARY'
                THEN ${textArray(FORMULARY_ITEMS)}[1 + (floor(c.r_item * ${F})::int + g.ordinal - 1) % ${F}]
                ELSE p.items[1 + (floor(c.r_item * cardinality(p.items))::int + g.ordinal - 1) % cardinality(p.items)] END AS spec) x
`;

export const ADD_CASE_SUMMARIES = `
ANALYZE load_item;
ALTER TABLE load_case ADD COLUMN summary text;
UPDATE load_case c SET summary = format(
    'The patient is a %s-year-old %s %s who was injured on %s after %s.  Diagnoses include %s and %s.  %s.  '
    || 'Examination on %s showed %s.  Request is for %s.  This request was %s per utilization review, %s.',
    c.age, CASE WHEN c.sex = 'M' THEN 'male' ELSE 'female' END, ${pick(OCCUPATIONS)},
    to_char(c.date_of_injury, 'MM/DD/YYYY'), ${pick(MECHANISMS)}, c.diagnosis, ${pickColumn("p.diagnoses")},
    ${pick(TREATMENT_HISTORY)}, to_char(c.ur_decision_date - 12, 'MM/DD/YYYY'), ${pickColumn("p.findings")},
    items.list, CASE WHEN c.ur_kind = 'MEDICAL_NECESSITY_MODIFICATION' THEN 'modified' ELSE 'denied' END,
    to_char(c.ur_decision_date, 'MM/DD/YYYY'))
  FROM load_profile p,
       (SELECT case_id, string_agg(description, '; ' ORDER BY ordinal) AS list FROM load_item GROUP BY case_id) items
 WHERE p.idx = c.profile AND items.case_id = c.id AND c.accept_at <= c.now
`;
