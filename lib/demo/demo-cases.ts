// Demo applications. The first is the case of the published sample letter (a 48-year-old
// man, cervical facet medial branch blocks C3 to C5), left ready for assignment.
import type { CreateCaseFormValues } from "../cases/case-input.ts";

export const SAMPLE_CASE: CreateCaseFormValues = {
  employeeName: "Robert Alvarez",
  claimNumber: "PCC-2012-004417",
  dateOfInjury: "2012-03-14",
  employerName: "Golden State Logistics",
  claimsAdministratorName: "Pacific Coast Claims Services, Inc.",
  requestingPhysicianName: "Dr. Helen Park",
  requestingPhysicianNpi: "1234567893",
  representativeName: "Maria Chen, Esq.",
  specialtyCode: "PMR",
  urDecisionDate: "2026-11-09",
  reviewType: "STANDARD",
  items: ["Diagnostic medial branch blocks aimed at C3, C4, C5 medial branches C3-C4 and C4-C5 facet joints under fluoroscopy"],
};

export const ASSIGNED_CASE: CreateCaseFormValues = {
  employeeName: "Linda Okoro",
  claimNumber: "WCF-77120-B",
  dateOfInjury: "2025-05-02",
  employerName: "Sunrise Medical Supply",
  claimsAdministratorName: "Western States Adjusting",
  requestingPhysicianName: "Dr. Victor Huang",
  specialtyCode: "PAIN",
  urDecisionDate: "2026-11-02",
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
  urDecisionDate: "2026-10-20",
  reviewType: "EXPEDITED",
  items: ["Tramadol ER 100 mg, #30"],
};

export const DECIDED_DETERMINATION = {
  clinicalSummary:
    "The patient is a 57-year-old male with chronic low back pain after a lifting injury in 2024. Request is for tramadol ER 100 mg #30. Records describe pain of 6/10, no documented functional improvement on opioids, and no urine drug screening.",
  decision: "UPHELD" as const,
  claimsAdminGuideline: "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 76-80.",
  reviewerGuideline: "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.",
  rationale:
    "MTUS guidelines support continued opioid use only with documented pain relief, functional improvement, and monitoring for aberrant behavior. The records reviewed do not document functional improvement or drug screening. The request is not medically necessary.",
};
