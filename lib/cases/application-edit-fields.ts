// The fields of a case's application that intake may correct (lib/cases/edit-application.ts),
// with their names in words (pure: shared by the edit form and the audit trail).
import type { PartyRole } from "../db/generated/enums.ts";

/** The parties whose details intake corrects: those served with the letter in full, the others by name. */
export const EDITABLE_PARTIES = [
  { key: "employee", role: "EMPLOYEE", label: "Employee", served: true },
  { key: "representative", role: "REPRESENTATIVE", label: "Employee's representative", served: true },
  { key: "requestingPhysician", role: "REQUESTING_PHYSICIAN", label: "Requesting physician", served: true },
  { key: "claimsAdministrator", role: "CLAIMS_ADMINISTRATOR", label: "Claims administrator", served: true },
  { key: "employer", role: "EMPLOYER", label: "Employer", served: false },
  { key: "urOrganization", role: "UR_ORGANIZATION", label: "UR organization", served: false },
  { key: "urReviewer", role: "UR_REVIEWER", label: "UR reviewing physician", served: false },
  { key: "medicalGroup", role: "MEDICAL_GROUP", label: "Physician's medical group", served: false },
  { key: "facility", role: "FACILITY", label: "Facility", served: false },
  { key: "manufacturer", role: "MANUFACTURER", label: "Manufacturer", served: false },
] as const satisfies readonly { key: string; role: PartyRole; label: string; served: boolean }[];

export type EditableParty = (typeof EDITABLE_PARTIES)[number];
export type PartyField = "Name" | "Address" | "Email" | "ServiceMethod" | "ElectronicConsent";
const SERVED_FIELDS: PartyField[] = ["Name", "Address", "Email", "ServiceMethod", "ElectronicConsent"];
/** A served party's name, address, e-mail and service; any other party's name. */
export const fieldsOf = (party: { served: boolean }): PartyField[] => (party.served ? SERVED_FIELDS : ["Name"]);

const CASE_LABELS: Record<string, string> = {
  claimNumber: "Claim number",
  dateOfInjury: "Date of injury",
  urDecisionDate: "UR decision date",
  urDecisionReference: "UR decision reference",
  reason: "Reason for the correction",
};

/** Each field's name in words: in the form's errors and in the audit trail. */
export function editFieldLabel(field: string): string {
  if (CASE_LABELS[field]) return CASE_LABELS[field];
  const item = /^items\.(\d+)$/.exec(field);
  if (item) return `Disputed item ${Number(item[1]) + 1}`;
  for (const party of EDITABLE_PARTIES) {
    if (!field.startsWith(party.key)) continue;
    const rest = field.slice(party.key.length);
    if (rest === "Name") return party.key === "employee" ? "Employee name" : party.label;
    if (rest === "Address") return `${party.label}: address`;
    if (rest === "Email") return `${party.label}: e-mail`;
    if (rest === "ServiceMethod") return `${party.label}: served by`;
    if (rest === "ElectronicConsent") return `${party.label}: consent to electronic service`;
  }
  return field;
}

/** The order of the edit form: the case's facts, each party's fields, then the items and the reason. */
export function editFieldOrder(field: string): number {
  const order = [
    "claimNumber",
    "dateOfInjury",
    "urDecisionDate",
    "urDecisionReference",
    ...EDITABLE_PARTIES.flatMap((p) => fieldsOf(p).map((f) => `${p.key}${f}`)),
  ];
  const item = /^items\.(\d+)$/.exec(field);
  if (item) return order.length + Number(item[1]);
  if (field === "reason") return order.length + 100;
  const at = order.indexOf(field);
  return at === -1 ? order.length + 200 : at;
}
