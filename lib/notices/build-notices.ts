// The wording of the notices. Written for an injured worker: what was decided, why, and
// what happens next.
import type { EligibilityResult } from "../eligibility/check-eligibility.ts";
import type { NoticeModel } from "./notice-model.ts";

type Base = Omit<NoticeModel, "title" | "paragraphs" | "list" | "closing">;

export function eligibilityNotice(
  base: Base,
  result: Exclude<EligibilityResult, { outcome: "ELIGIBLE" }>,
  answerDue: string | null,
): NoticeModel {
  switch (result.outcome) {
    case "INELIGIBLE":
      return {
        ...base,
        title: "Notice: Application for Independent Medical Review Not Eligible",
        paragraphs: [
          `${base.organizationName} reviewed the Application for Independent Medical Review in this case. The application cannot go forward, for the reasons below.`,
        ],
        list: { heading: "Reasons", entries: result.reasons.map((r) => r.sentence) },
        closing: [
          "If you believe this is wrong, you may send the missing or corrected documents, or ask the Division of Workers' Compensation to reconsider. You may also talk to an Information and Assistance officer of the Division.",
        ],
      };
    case "DEFERRED":
      return {
        ...base,
        title: "Notice: Independent Medical Review Deferred",
        paragraphs: [
          `The claims administrator disputes liability for the injury or the body part. Independent Medical Review waits until that dispute is resolved by agreement or by the Workers' Compensation Appeals Board.`,
        ],
        list: { heading: "Reasons", entries: result.reasons.map((r) => r.sentence) },
        closing: ["When the dispute is resolved, send the decision to us and the review will continue."],
      };
    case "NEEDS_INFORMATION":
      return {
        ...base,
        title: "Notice: Request for Information",
        paragraphs: [
          `${base.organizationName} needs more information to decide whether the Application for Independent Medical Review can go forward.${answerDue ? ` Please send it by ${answerDue}.` : ""}`,
        ],
        list: { heading: "Information needed", entries: result.missing.map((m) => m.sentence) },
        closing: ["If the information is not received in time, the application may be found ineligible."],
      };
  }
}

export function assignmentNotice(
  base: Base,
  opts: { reviewType: string; recordsDue: string; recordsBasis: string },
): NoticeModel {
  return {
    ...base,
    title: "Notice of Assignment and Request for Information",
    paragraphs: [
      `The Application for Independent Medical Review in this case is eligible and has been assigned to ${base.organizationName} for a ${opts.reviewType.toLowerCase()} review.`,
      `The claims administrator must send the medical records listed below by ${opts.recordsDue} (${opts.recordsBasis}). The employee and the requesting physician may also send records that support the request.`,
    ],
    list: {
      heading: "Records requested",
      entries: [
        "The utilization review decision and the complete utilization review file, including all information considered.",
        "The treating physician's reports from the six months before the request for treatment.",
        "The Application for Independent Medical Review and any other documents the parties wish to be considered.",
      ],
    },
    closing: [
      "The review begins when the records are complete. The parties will receive the final determination in writing.",
    ],
  };
}

/**
 * Where the parties read the notice and follow the case. A notice is one document served on
 * every party, so it names the portal and points to each party's own code letter rather than
 * carrying a code (a code printed on it would open the case to every other recipient).
 */
export function portalPointer(portalAddress: string): string {
  return `Each party can read this notice, the case's other letters and any request for information at ${portalAddress}, with the case number and the access code in the code letter sent to that party separately. If you have no code letter, ask us for one.`;
}
