// Party roles in words, for staff pages and the audit trail.
const PARTY_ROLES: Record<string, string> = {
  EMPLOYEE: "Employee",
  REPRESENTATIVE: "Representative",
  REQUESTING_PHYSICIAN: "Requesting physician",
  CLAIMS_ADMINISTRATOR: "Claims administrator",
  EMPLOYER: "Employer",
  UR_ORGANIZATION: "UR organization",
  UR_REVIEWER: "UR reviewer",
  MEDICAL_GROUP: "Medical group",
};

export const partyRoleLabel = (role: string) => PARTY_ROLES[role] ?? role;
