// Stable codes for every eligibility finding, each with the sentence that goes into the
// notice, written for the injured worker. Codes are stored and never renamed; sentences may
// be reworded. Grounds: 8 CCR 9792.10.1(b)(1) (signed form, copy of the UR decision, 30 days
// from service), 9792.10.3 (initial review: timeliness, completeness, earlier IMR, liability
// disputes deferred, 5 business days to answer a request for information), Labor Code
// 4610.5 (IMR resolves disputes over medical necessity).

/** Grounds on which the application is not eligible. */
export type IneligibleCode = "UNSIGNED" | "LATE" | "UR_DECISION_MISSING" | "NOT_MEDICAL_NECESSITY" | "ALREADY_DECIDED";
/** Grounds on which the review waits. */
export type DeferralCode = "LIABILITY_DISPUTED";
export type ReasonCode = IneligibleCode | DeferralCode;

/** Information a party can supply within 5 business days. */
export type InformationCode =
  | "UR_SERVICE_DATE"
  | "UR_SERVICE_METHOD"
  | "UR_DECISION_INCOMPLETE"
  | "DISPUTED_TREATMENT"
  | "CLAIM_NUMBER"
  | "EMPLOYEE_CONTACT"
  | "REQUESTING_PHYSICIAN"
  | "CLAIMS_ADMINISTRATOR";

/** In notice order. */
export const REASON_SENTENCES: Record<ReasonCode, string> = {
  UNSIGNED: "Your application was not signed. The application must be signed by you or by your representative.",
  LATE: "Your application was filed after the deadline. The time limit starts on the day the utilization review decision was served on you; the last day to file is shown in this notice.",
  UR_DECISION_MISSING:
    "Your application did not include a copy of the utilization review decision. A copy of the decision you disagree with must be sent with the application.",
  NOT_MEDICAL_NECESSITY:
    "The decision you sent did not deny or change treatment because it was not medically necessary. Independent Medical Review can only review that kind of decision. A decision that asks for more information is not one.",
  ALREADY_DECIDED:
    "The treatment you asked about was already decided by an earlier Independent Medical Review, so it cannot be reviewed again.",
  LIABILITY_DISPUTED:
    "The claims administrator disputes that your injury, or the part of the body being treated, is covered by workers' compensation. Your review is on hold until that dispute is settled.",
};

/** In request order. */
export const INFORMATION_SENTENCES: Record<InformationCode, string> = {
  UR_SERVICE_DATE:
    "The date the utilization review decision was sent to you, as shown on the decision or its proof of service.",
  UR_SERVICE_METHOD: "How the utilization review decision was sent to you: by mail, fax, e-mail or in person.",
  UR_DECISION_INCOMPLETE: "A complete, readable copy of the utilization review decision, with every page.",
  DISPUTED_TREATMENT: "The treatment you want reviewed, as it is listed in the utilization review decision.",
  CLAIM_NUMBER: "Your workers' compensation claim number.",
  EMPLOYEE_CONTACT: "Your mailing address, so that we can send you the decision.",
  REQUESTING_PHYSICIAN: "The name and address of the doctor who asked for the treatment.",
  CLAIMS_ADMINISTRATOR: "The name and address of the insurance company or claims administrator handling your claim.",
};

export const REASON_CODES = Object.keys(REASON_SENTENCES) as ReasonCode[];
export const INFORMATION_CODES = Object.keys(INFORMATION_SENTENCES) as InformationCode[];

export type Reason = {
  code: ReasonCode;
  sentence: string;
  /** ALREADY_DECIDED: the treatments decided before */
  items?: string[];
  /** LATE: the last day to file, and the day the application was filed (California dates) */
  lastDayToFile?: string;
  filedOn?: string;
};

export type MissingInformation = { code: InformationCode; sentence: string };

export const reason = (code: ReasonCode, extra: Omit<Reason, "code" | "sentence"> = {}): Reason => ({
  code,
  sentence: REASON_SENTENCES[code],
  ...extra,
});
export const missingInformation = (code: InformationCode): MissingInformation => ({
  code,
  sentence: INFORMATION_SENTENCES[code],
});
