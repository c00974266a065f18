// The case of the published sample final determination (redacted; names removed as in the
// original), as a LetterModel: the reference letter of the tests and of the rendering
// benchmark (scripts/bench-pdf.ts). The documents list itemizes the records the sample's
// summary and rationale cite (the sample itself predates the list).
import type { LetterModel, ReviewerQualifications } from "../../lib/determinations/letter/letter-model.ts";
import { describeReviewerQualifications } from "../../lib/determinations/letter/qualifications.ts";

export const SAMPLE_ORGANIZATION = "MAXIMUS Federal Services";

export const sampleReviewer: ReviewerQualifications = {
  certifications: [
    {
      board: "American Board of Physical Medicine and Rehabilitation",
      specialtyName: "Physical Medicine & Rehabilitation",
      subspecialty: "Interventional Spine",
    },
  ],
  licenseStates: ["CA"],
  yearsInPractice: 8,
  hoursPerWeek: 32,
};

export const SAMPLE_CLINICAL_SUMMARY =
  "The patient is a 48-year-old male. Request is for left C3, C4, and C5 dorsal median branch diagnostic blocks. This request was denied per utilization review, 07/09/2013. Unfortunately, the second page of the utilization reviewed letter is missing and I am not able to read the physician's rationale for denial. report from 07/03/2013 listed diagnoses of chronic pain syndrome, cervical spondylosis, shoulder pain, obesity, diabetes. The patient presented with left-sided neck pain with radiation to suprascapular and scapular region on the left side. Examination showed restricted range of motion with extension and painful, some tenderness appreciated in the paraspinal musculature on the left side upper and mid thoracic region, moderately tender over the mid cervical facets on the left side. EMG/NCV studies from 02/16/2012 was negative. Review of the 272 pages of reports did not contain report of cervical MRI but there is a reference to cervical MRI per AME report from 10/27/2004. MRI is referenced from 07/30/2003 was negative.";

export const SAMPLE_RATIONALE =
  'This patient presents with chronic left shoulder and left-sided neck pain. The patient has had left shoulder surgery in the past. The request for left C3, C4, C5 dorsal median branch diagnostic blocks were denied by utilization review. Review of the medical records including progress reports from 03/04/2013 to 07/03/2013, AME report from 10/27/2004, and EMG/NCV studies report from 02/16/2012, show that this patient has failed an extensive conservative care. The patient was referred to who is recommending cervical facet joint diagnostic evaluation. The location of pain is left side of the neck and exam showed left-sided cervical facet tenderness upon palpation. ACOEM Guidelines page 174 states "There is limited evidence that RF neurotomy may be effective in relieving or reducing cervical facet joint pain among patients who had a positive response to facet injections." ACOEM Guidelines make reference to diagnostic facet injections. No additional discussions are provided in ACOEM regarding cervical facet joint evaluation. ODG Guidelines provide more thorough discussion regarding this request. For diagnostic evaluation of cervical facet joints the patient must present with normal sensory examination, absence of radicular findings, but tenderness to palpation of the paravertebral areas over the facet joints must be present. There also needs be documentation of failure of conservative treatments and no more than two joint levels can be addressed. The current request for left C3, C4, C5 dorsal median branch blocks satisfy ODG Guidelines criteria that include paravertebral cervical facet tenderness, failure to improve with conservative care, lack of cervical radiculopathy given negative MRI in the past. Recommendation is for authorization.';

export const SAMPLE_DOCUMENTS: NonNullable<LetterModel["documentsReviewed"]> = [
  { title: "Application for Independent Medical Review (DWC Form IMR)", date: "07/22/2013", pages: 3 },
  { title: "Utilization review determination", date: "07/09/2013", pages: 1 },
  { title: "Progress report", date: "03/04/2013", pages: 9 },
  { title: "Progress report", date: "04/15/2013", pages: 8 },
  { title: "Progress report", date: "05/28/2013", pages: 10 },
  { title: "Progress report", date: "07/03/2013", pages: 14 },
  { title: "Request for authorization", date: "07/03/2013", pages: null },
  { title: "EMG/NCV studies report", date: "02/16/2012", pages: 4 },
  { title: "Agreed medical evaluator (AME) report", date: "10/27/2004", pages: 38 },
  { title: "Other medical records", date: null, pages: 185 },
];

/** A fresh copy of the sample letter. */
export function sampleLetter(): LetterModel {
  return {
    organizationName: SAMPLE_ORGANIZATION,
    caseNumber: "CM13-0001234",
    issuedOn: "August 20, 2013",
    dateOfInjury: "October 14, 2002",
    claimNumber: "CLM-0042-7781",
    recipients: [
      { role: "Employee", name: "Employee Name" },
      { role: "Requesting Physician", name: "Requesting Physician Name" },
      { role: "Claims Administrator", name: "Claims Administrator Name" },
    ],
    howDeterminationWasMade: describeReviewerQualifications(sampleReviewer, SAMPLE_ORGANIZATION),
    clinicalSummary: SAMPLE_CLINICAL_SUMMARY,
    documentsReviewed: SAMPLE_DOCUMENTS.map((d) => ({ ...d })),
    items: [
      {
        number: 1,
        description:
          "diagnostic medial branch blocks aimed at C3, C4, C5 medial branches C3-C4 and C4-C5 facet joints under fluoroscopy",
        decision: "Overturned",
        claimsAdministratorGuideline:
          "The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines, Neck and Upper Back, Diagnostic facet blocks.",
        reviewerGuideline:
          'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 174. Decision based on Non-MTUS Citation Official Disability Guidelines, Neck and Upper Back, Criteria for the use of diagnostic blocks for facet "mediated" pain.',
        rationale: SAMPLE_RATIONALE,
      },
    ],
  };
}
