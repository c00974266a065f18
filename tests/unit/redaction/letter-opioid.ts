// Letter C: a pharmacy (opioid) case. The employee's surname, "Long", and the pharmacist's,
// "Page", are ordinary words: "Long-term opioid therapy" and "Page(s): 74-96" must survive
// while "Mr. Long", "LONG, ROBERT", "R. Long" and "Daniel Page, PharmD" go; "Long" alone
// and capitalized goes too ("Long acting"), as a known party's name cannot be told from the word.
import { known } from "./fixtures.ts";

export const OPIOID_KNOWN = known({
  keepCaseNumber: "CM20-0101010",
  people: [
    { name: "Robert T. Long", role: "EMPLOYEE" },
    { name: "Dr. Mei-Ling Chen", role: "REQUESTING_PHYSICIAN" },
    { name: "Daniel Page, PharmD", role: "UR_REVIEWER" },
    { name: "Zoë Brontë-Nakamura", role: "CASE_MANAGER" },
  ],
  organizations: ["Golden Gate Logistics Co.", "ACME INSURANCE CO", "Western UR Services LLC", "Kaiser"],
  claimNumbers: ["4410-22-9981"],
  addresses: ["77 Mission Street, San Francisco, CA 94105"],
  phones: ["+1 415 555 0142"],
  emails: ["rlong@example.org"],
  datesOfBirth: ["1967-03-03"],
  ssns: ["321-54-9876"],
});

export const OPIOID_TEMPLATE: Record<string, string> = {
  header: [
    "Employee: {{Robert T. Long}}",
    "D.O.B. {{03/03/67}}   SSN: {{XXX-XX-9876}}",
    "Claim #: {{4410 22 9981}}",
    "Employer: {{GOLDEN GATE LOGISTICS COMPANY}}",
    "Claims Administrator: {{Acme Insurance Co.}}",
    "Utilization Review: {{Western UR Services, L.L.C.}}",
    "Employee address: {{77 Mission St.}}",
    "{{San Francisco, CA 94105-2210}}",
    "Phone: {{415-555-0142}}   Email: {{RLong@example.org}}",
    "IMR Case Number: CM20-0101010",
  ].join("\n"),
  clinicalSummary:
    "The patient is a 52-year-old male warehouse supervisor injured on 11/02/2016 when he fell from a loading dock.  " +
    "{{Mr. Long}} has chronic low back pain after an L4-L5 laminectomy in 2017.  Long-term opioid therapy was started by " +
    "{{Dr. Mei-Ling Chen}} in 2018.  Current medications: oxycodone 10 mg/acetaminophen 325 mg one tablet every 6 hours, " +
    "180 tablets per month, and gabapentin 600 mg three times a day; the morphine equivalent dose is 90 mg/day.  Urine drug " +
    "screens on 01/15/2020 and 04/22/2020 were consistent.  {{Dr. Chen's}} notes of 05/04/2020 record pain of 8/10 without " +
    "and 5/10 with medication and no change in function.  {{LONG, ROBERT}} (born {{March 3rd, 1967}}) signed an opioid " +
    "agreement.  The request for oxycodone/acetaminophen 10/325 mg #180 was modified to #90 for weaning by " +
    "{{Daniel Page, PharmD}}, of {{Western UR Services}}.  {{Kaiser}} records from 2019 were also reviewed.  " +
    "Case manager {{Zoe Bronte-Nakamura}} ({{zoë brontë-nakamura}} in the file index) confirmed the dispensing history.",
  issues: "1 Oxycodone/acetaminophen 10/325 mg #180:  Upheld",
  guidelines:
    "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, " +
    "Page(s): 74-96.\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, " +
    "criteria for use, Page(s): 76-80, and Opioids, long-term assessment, Page(s): 88-89.",
  rationale:
    "Decision rationale: The MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 76-80, support the continued use of " +
    "opioids when there is documented pain relief, improved function, and no aberrant behavior, and recommend " +
    "discontinuing opioids when there is no overall improvement in function.  Long-term use at a morphine equivalent " +
    "dose above 120 mg/day is not recommended.  The records of {{R. Long}} ({{R.T.L.}}) show pain relief from 8/10 to 5/10 " +
    "but no objective functional improvement, no return to work, and no decrease in other medical treatment over more than " +
    "two years.  {{Long}} acting alternatives were not discussed.  {{Chen, M.}} documented urine drug screens but not the " +
    "four domains (pain relief, side effects, physical and psychosocial functioning, aberrant drug-taking behaviors).  " +
    "The modification to #90 allows weaning, as recommended.  The claim file (CLAIM {{4410-22-9981}}) and the pharmacy " +
    "call log ({{(415) 555-0142}}) were reviewed.  The request for oxycodone/acetaminophen 10/325 mg #180 is not " +
    "medically necessary.",
};
