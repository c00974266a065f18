// The facts of an Application for Independent Medical Review (DWC Form IMR) that the
// eligibility rules read. A plain type: intake maps its form and records onto it.
import type { IsoDate } from "../deadlines/calendar.ts";
import type { InformationCode } from "./reasons.ts";

export type UrDecisionKind =
  | "MEDICAL_NECESSITY_DENIAL"
  | "MEDICAL_NECESSITY_MODIFICATION"
  /** "conditionally non-certified": denied for missing information, not on medical necessity */
  | "CONDITIONAL_NON_CERTIFICATION"
  | "OTHER";

export type ServiceMethod = "MAIL" | "ELECTRONIC" | "PERSONAL" | "FAX";

export type Application = {
  signed: boolean;
  /** when the application reached the portal */
  receivedAt: Date;
  /** when it counts as filed, if proven earlier than receipt (fax or e-mail timestamp); defaults to receivedAt */
  filedAt?: Date | null;
  urDecisionAttached: boolean;
  /** the kind of UR decision, as read from the copy or the form; null when it cannot be told */
  urDecisionKind: UrDecisionKind | null;
  /** the date on the UR decision letter */
  urDecisionDate: IsoDate | null;
  /** when the UR decision was served on the employee; null when unknown */
  urDecisionServedAt: Date | null;
  urServiceMethod: ServiceMethod | null;
  /** the claims administrator disputes liability for the injury or the body part */
  liabilityDisputed: boolean;
  /** the disputed treatments, as written on the application */
  items: string[];
  /** treatments already decided by IMR for this employee (from earlier cases) */
  itemsPreviouslyDecided: string[];
  /** information intake found missing and the parties can supply */
  missingInformation: InformationCode[];
  employee: { name: string; dateOfBirth: IsoDate | null; claimNumber: string | null };
};
