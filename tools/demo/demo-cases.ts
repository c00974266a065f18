// Demo applications. The first is the case of the published sample letter (a 48-year-old
// man, cervical facet medial branch blocks C3 to C5), left ready for assignment.
import type { CreateCaseFormValues } from "../../lib/cases/case-input.ts";

/** Dates relative to today, so that demo applications are always filed in time. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const UR = { urServiceMethod: "ELECTRONIC", urDecisionKind: "MEDICAL_NECESSITY_DENIAL" } as const;

export const SAMPLE_CASE: CreateCaseFormValues = {
  employeeName: "Robert Alvarez",
  claimNumber: "PCC-2012-004417",
  dateOfInjury: "2012-03-14",
  employerName: "Golden State Logistics",
  claimsAdministratorName: "Pacific Coast Claims Services, Inc.",
  requestingPhysicianName: "Dr. Helen Park",
  requestingPhysicianNpi: "1234567893",
  representativeName: "Maria Chen, Esq.",
  representativeAddress: "400 Capitol Mall, Suite 900, Sacramento CA 95814",
  representativeEmail: "mchen@chenlaw.example",
  representativeServiceMethod: "EMAIL",
  representativeElectronicConsent: "on",
  claimsAdministratorAddress: "PO Box 2210, Fresno CA 93720",
  claimsAdministratorServiceMethod: "PORTAL",
  claimsAdministratorElectronicConsent: "on",
  requestingPhysicianAddress: "1200 Medical Plaza Dr, Stockton CA 95204",
  specialtyCode: "PMR",
  urDecisionDate: daysAgo(18),
  urDecisionReference: "UR-PCC-2413-0087",
  ...UR,
  employeeAddress: "2150 Pacific Ave, Stockton CA 95204",
  employeeDateOfBirth: "1978-05-21",
  reviewType: "STANDARD",
  items: [
    "Diagnostic medial branch blocks aimed at C3, C4, C5 medial branches C3-C4 and C4-C5 facet joints under fluoroscopy",
  ],
};

export const ASSIGNED_CASE: CreateCaseFormValues = {
  employeeName: "Linda Okoro",
  claimNumber: "WCF-77120-B",
  dateOfInjury: "2025-05-02",
  employerName: "Sunrise Medical Supply",
  claimsAdministratorName: "Western States Adjusting",
  requestingPhysicianName: "Dr. Victor Huang",
  specialtyCode: "PAIN",
  urDecisionDate: daysAgo(20),
  ...UR,
  employeeAddress: "88 Orchard Rd, Modesto CA",
  reviewType: "STANDARD",
  items: ["Lumbar epidural steroid injection L4-L5, one injection", "Physical therapy, 12 sessions"],
};

export const DECIDED_CASE: CreateCaseFormValues = {
  employeeName: "Thomas Greene",
  claimNumber: "SJ-55120",
  dateOfInjury: "2024-08-19",
  employerName: "Bay Area Transit",
  claimsAdministratorName: "Pacific Coast Claims Services, Inc.",
  requestingPhysicianName: "Dr. Amy Foster",
  specialtyCode: "PMR",
  urDecisionDate: daysAgo(6),
  ...UR,
  employeeAddress: "17 Bayview Ct, Oakland CA",
  reviewType: "EXPEDITED",
  expeditedCertified: true,
  items: ["Tramadol ER 100 mg, #30"],
};

export const DECIDED_DETERMINATION = {
  clinicalSummary:
    "The patient is a 57-year-old male with chronic low back pain after a lifting injury in 2024. Request is for tramadol ER 100 mg #30. Records describe pain of 6/10, no documented functional improvement on opioids, and no urine drug screening.",
  decision: "UPHELD" as const,
  claimsAdminGuideline: "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 76-80.",
  reviewerGuideline:
    "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.",
  rationale:
    "MTUS guidelines support continued opioid use only with documented pain relief, functional improvement, and monitoring for aberrant behavior. The records reviewed do not document functional improvement or drug screening. The request is not medically necessary.",
};

/** A fresh application waiting for intake's eligibility decision. */
export const RECEIVED_CASE: CreateCaseFormValues = {
  employeeName: "Daniel Reyes",
  claimNumber: "SCS-88213",
  dateOfInjury: "2025-09-03",
  employerName: "Central Valley Growers",
  claimsAdministratorName: "Sierra Claims Services",
  requestingPhysicianName: "Dr. Laura Kim",
  specialtyCode: "ORTH",
  urDecisionDate: daysAgo(9),
  urServiceMethod: "MAIL",
  urDecisionKind: "MEDICAL_NECESSITY_MODIFICATION",
  employeeAddress: "512 Vine St, Visalia CA",
  reviewType: "STANDARD",
  items: ["Right shoulder arthroscopic subacromial decompression"],
};

/** Waiting for records: the claims administrator opens it at /access with DEMO_RECORDS_CODE and sends them. */
export const RECORDS_CASE: CreateCaseFormValues = {
  employeeName: "Grace Whitfield",
  claimNumber: "NCA-40917-R",
  dateOfInjury: "2025-02-11",
  employerName: "Redwood Coast Hospitality",
  claimsAdministratorName: "Northern California Adjusters",
  claimsAdministratorServiceMethod: "PORTAL",
  claimsAdministratorElectronicConsent: "on",
  requestingPhysicianName: "Dr. Samuel Ortiz",
  specialtyCode: "ORTH",
  urDecisionDate: daysAgo(12),
  ...UR,
  employeeAddress: "19 Harbor View Dr, Eureka CA",
  reviewType: "STANDARD",
  items: ["MRI of the right knee without contrast"],
};
