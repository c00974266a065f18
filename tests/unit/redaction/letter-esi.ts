// Letter B: a lumbar epidural steroid injection case, written with many forms of the same
// names (accents, hyphenated and particle surnames, curly apostrophes, reversed and upper-case
// forms), organizations in several spellings, and every kind of contact detail.
import { known } from "./fixtures.ts";

export const ESI_KNOWN = known({
  keepCaseNumber: "CM19-0045123",
  people: [
    { name: "María Elena García-López", role: "EMPLOYEE" },
    { name: "John Q. Smith, M.D.", role: "REQUESTING_PHYSICIAN" },
    { name: "Dr. Patrick O'Neil", role: "UR_REVIEWER" },
    { name: "Karen Young", role: "PHYSICAL_THERAPIST" },
    { name: "de la Cruz, Antonio", role: "REPRESENTATIVE" },
  ],
  organizations: [
    "ACME INSURANCE CO",
    "Pacific Coast Builders, Inc.",
    "Bay Area Spine & Pain Group",
    "Advanced Pain Management",
  ],
  claimNumbers: ["WC-2019-004417"],
  otherNumbers: ["ADJ10554321"],
  addresses: ["1200 Harbor Blvd, Suite 300, Oakland, CA 94612"],
  phones: ["(510) 555-0100"],
  emails: ["jsmith@bayareaspine.com"],
  datesOfBirth: ["1978-05-21"],
  ssns: ["123-45-6789"],
});

export const ESI_TEMPLATE: Record<string, string> = {
  header: [
    "Employee: {{GARCÍA-LÓPEZ, MARÍA E.}}",
    "Date of Birth: {{05/21/1978}}",
    "SSN: {{123-45-6789}}",
    "Claim Number: {{WC 2019 004417}}",
    "WCAB Case Number: {{ADJ 1055 4321}}",
    "Employer: {{Pacific Coast Builders}}",
    "Claims Administrator: {{Acme Insurance Company}}",
    "Requesting Physician: {{John Q. Smith, M.D.}}",
    "Address: {{1200 Harbor Blvd., Ste. 300, Oakland, CA 94612}}",
    "Phone: {{(510) 555-0100}}  Fax: {{510.555.0199}}",
    "Email: {{jsmith@bayareaspine.com}}",
    "IMR Case Number: CM19-0045123",
    "Date of Injury: 03/14/2019",
  ].join("\n"),
  clinicalSummary:
    "The patient is a 41-year-old female who sustained an industrial injury on 03/14/2019 while lifting a roof truss for " +
    "{{PACIFIC COAST BUILDERS, INC.}}  {{Ms. Garcia Lopez}} reports low back pain radiating to the left lower extremity, rated 7/10.  " +
    "MRI of the lumbar spine dated 06/02/2019 showed a 4 mm disc protrusion at L4-L5 with left L5 nerve root contact and mild " +
    "foraminal narrowing at L5-S1.  {{Dr. Smith}} documented a positive straight leg raise on the left at 40 degrees, decreased " +
    "sensation in the left L5 dermatome and 4+/5 extensor hallucis longus strength.  Electrodiagnostic studies on 08/20/2019 by " +
    "{{J. Smith}} confirmed an acute left L5 radiculopathy.  She completed 12 sessions of physical therapy with {{Ms. Young}} at " +
    "{{Advanced Pain Management}} and was previously referred to advanced pain management for medication management.  She takes " +
    "naproxen 550 mg twice daily and cyclobenzaprine 7.5 mg at bedtime.  {{SMITH, JOHN Q.}} requested a left L4-L5 and L5-S1 " +
    "transforaminal epidural steroid injection under fluoroscopy.  The request was non-certified by utilization review on " +
    "09/10/2019; {{O’Neil’s}} review cited the absence of electrodiagnostic findings.  {{John Quincy Smith, MD}} replied by fax " +
    "from {{(510) 555 0100}} and by email to {{JSmith@BayAreaSpine.com}}.  {{Maria's}} attorney, {{Antonio de la Cruz}}, " +
    "requested IMR on 09/25/2019.",
  issues: "1 Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy:  Overturned",
  guidelines:
    "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid " +
    "injections (ESIs), page 46.\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, " +
    "Epidural steroid injections (ESIs), page 46.  Decision based on Non-MTUS Citation Official Disability Guidelines, Low " +
    "Back Chapter, Epidural steroid injections (ESIs), therapeutic.",
  rationale:
    "Decision rationale: The MTUS Chronic Pain Medical Treatment Guidelines, page 46, recommend epidural steroid injections as " +
    "an option for the treatment of radicular pain, defined as pain in a dermatomal distribution with corroborative findings " +
    "of radiculopathy.  Radiculopathy must be documented by physical examination and corroborated by imaging studies and/or " +
    "electrodiagnostic testing, and the patient must be initially unresponsive to conservative treatment (exercises, physical " +
    "methods, NSAIDs and muscle relaxants).  No more than two nerve root levels should be injected using transforaminal " +
    "blocks.  The records from {{Bay Area Spine and Pain Group}} and {{Dr. O'Neil}} agree that the left L5 radiculopathy is " +
    "corroborated by the MRI and the EMG/NCV study of 08/20/2019, conservative care including 12 sessions of physical " +
    "therapy, naproxen 550 mg and cyclobenzaprine 7.5 mg has failed, and the request is limited to two levels.  A prior " +
    "IMR, {{CM18-0031337}}, concerned a different body part.  {{Garcia-Lopez's}} claim file ({{WC2019004417}}) contains no " +
    "evidence of a previous injection at these levels.  The request is medically necessary.",
};
