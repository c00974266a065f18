// The proof of service of a final determination: each party's name, address and method of
// service, the date of service, and the last day that party may appeal. The appeal period runs
// from service: 30 days, 5 more when served by mail, a last day on a weekend or holiday moving
// to the next business day (Labor Code 4610.6(h); Code Civ. Proc. 1013(a), 12a; the APPEAL_WINDOW
// rule of lib/deadlines). Electronic service (e-mail, the portal) needs the party's consent
// (Code Civ. Proc. 1010.6(a)(2)); without it, or without an e-mail address, the party is served by mail.
import { computeCaseDeadlines } from "../../deadlines/case-deadlines.ts";
import type { DeadlineSettings } from "../../deadlines/deadline-rules.ts";
import { formatCaliforniaLongDate, formatLongIsoDate } from "../../format/dates.ts";
import type { LetterServedParty, LetterService, LetterServiceMethod } from "./letter-model.ts";

export type PartyForService = {
  /** the label printed, e.g. "Employee" */
  role: string;
  name: string;
  address: string | null;
  email: string | null;
  serviceMethod: LetterServiceMethod;
  electronicServiceConsent: boolean;
};

/** How the party is actually served: what they chose, where the law and their details allow it. */
export function effectiveServiceMethod(
  party: Pick<PartyForService, "serviceMethod" | "electronicServiceConsent" | "email">,
): LetterServiceMethod {
  if (!party.electronicServiceConsent) return "MAIL";
  if (party.serviceMethod === "EMAIL") return party.email?.trim() ? "EMAIL" : "MAIL";
  return party.serviceMethod;
}

/** The party's last day to appeal (a California calendar date, "2027-01-11"). */
export function appealDeadline(servedAt: Date, method: LetterServiceMethod, settings?: DeadlineSettings): string {
  const window = computeCaseDeadlines(
    { reviewType: "STANDARD", letterIssuedAt: servedAt, letterServedBy: method === "MAIL" ? "MAIL" : "ELECTRONIC" },
    settings,
  ).find((d) => d.kind === "APPEAL_WINDOW");
  if (!window?.dueDate) throw new Error("The appeal window could not be computed.");
  return window.dueDate;
}

export type ServedParty = Omit<LetterServedParty, "appealDeadline">;

/** Each party as served: the method used and where it went (the e-mail address for e-mail). */
export function servedParty(party: PartyForService): ServedParty {
  const method = effectiveServiceMethod(party);
  return { role: party.role, name: party.name, address: method === "EMAIL" ? party.email : party.address, method };
}

/** The proof of service of a letter served at `servedAt` (its issue). */
export function buildService(parties: PartyForService[], servedAt: Date, settings?: DeadlineSettings): LetterService {
  return {
    servedOn: formatCaliforniaLongDate(servedAt),
    parties: parties.map((party) => {
      const served = servedParty(party);
      return { ...served, appealDeadline: formatLongIsoDate(appealDeadline(servedAt, served.method, settings)) };
    }),
  };
}
