// Whether a signed session still stands: the user exists, is enabled, has the role the
// session was issued for, and the session version has not been bumped since (which is how
// a password or role change, or a disable, ends existing sessions).
import type { Role } from "../db/generated/enums.ts";

export type SessionClaims = { uid?: unknown; role?: unknown; sv?: unknown };
export type SessionUser = { disabledAt: Date | null; role: Role; sessionVersion: number };

export function sessionStillValid(claims: SessionClaims, user: SessionUser | null): boolean {
  return user !== null && user.disabledAt === null && user.role === claims.role && user.sessionVersion === claims.sv;
}
