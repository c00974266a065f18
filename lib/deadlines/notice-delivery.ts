// How a notice reaches a party: electronically (e-mail or the portal) only with the party's
// consent to electronic service (Code Civ. Proc. 1010.6(a)(2)) and, for e-mail, an address; by
// mail otherwise. For the claims administrator this sets the records' due date: 12 days after an
// electronically served notice of assignment, 15 after a mailed one (8 CCR 9792.10.5(a)(1)).
export type ConsentingParty = {
  serviceMethod: "MAIL" | "EMAIL" | "PORTAL";
  electronicServiceConsent: boolean;
  email: string | null;
};

export function noticeDeliveryMethod(party: ConsentingParty | null | undefined): "ELECTRONIC" | "MAIL" {
  if (!party?.electronicServiceConsent) return "MAIL";
  if (party.serviceMethod === "PORTAL") return "ELECTRONIC";
  if (party.serviceMethod === "EMAIL" && party.email?.trim()) return "ELECTRONIC";
  return "MAIL";
}
