// Who is acting: a signed-in staff user (with role), a party holding an access code,
// or the system. Every use case takes an Actor; none reads the session itself.
import type { Role } from "../db/generated/enums.ts";

export type RequestMeta = { ip: string | null; userAgent: string | null };

export type StaffActor = {
  kind: "user";
  userId: string;
  role: Role;
  name: string;
  /** set when role is REVIEWER */
  reviewerId: string | null;
  meta: RequestMeta;
};

export type PartyActor = {
  kind: "party";
  partyId: string;
  caseId: string;
  meta: RequestMeta;
  /** the party session of the request (lib/parties/party-sessions.ts), when it came through one */
  sessionId?: string;
};

export type SystemActor = { kind: "system"; meta: RequestMeta };

/** Someone without an account or a case yet: a person filing an application online (lib/filings). */
export type PublicActor = { kind: "public"; meta: RequestMeta };

export type Actor = StaffActor | PartyActor | SystemActor | PublicActor;

export const systemActor: SystemActor = { kind: "system", meta: { ip: null, userAgent: null } };
