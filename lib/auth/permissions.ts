// Permissions are data: each names the roles that hold it. A use case asks for one
// permission; record access (which cases) is decided separately by lib/cases/case-access.ts.
import type { Role } from "../db/generated/enums.ts";
import { AppError, SIGN_IN_REQUIRED } from "../errors.ts";
import type { Actor, StaffActor } from "./actor.ts";

export const PERMISSIONS = {
  "cases.create": ["INTAKE", "ADMIN"],
  /** the queue of applications filed online: open, accept as a case, reject (lib/filings) */
  "filings.verify": ["INTAKE", "ADMIN"],
  /** correct a case's application (until its letter is issued; lib/cases/edit-application.ts) */
  "cases.edit": ["INTAKE", "ADMIN"],
  "cases.list": ["INTAKE", "ADMIN"],
  "cases.read": ["INTAKE", "ADMIN", "REVIEWER"],
  "cases.assign": ["ADMIN"],
  "cases.eligibility": ["INTAKE", "ADMIN"],
  "records.manage": ["INTAKE", "ADMIN"],
  "documents.upload": ["INTAKE", "ADMIN"],
  "dashboard.read": ["INTAKE", "ADMIN"],
  "assignments.respond": ["REVIEWER"],
  "reviewers.read": ["ADMIN"],
  "reviewers.manage": ["ADMIN"],
  "credentials.verify": ["ADMIN"],
  "specialties.manage": ["ADMIN"],
  "organizations.read": ["INTAKE", "ADMIN"],
  "organizations.manage": ["ADMIN"],
  "organizations.add_from_intake": ["INTAKE", "ADMIN"],
  "conflicts.decide": ["ADMIN"],
  "determinations.draft": ["REVIEWER"],
  "determinations.submit": ["REVIEWER"],
  "determinations.amend": ["ADMIN"],
  /** the reader: private notes pinned to a page, and the pages opened (a reviewer's own accepted case) */
  "notes.write": ["REVIEWER"],
  "notes.read_own": ["REVIEWER"],
  "reader.record_pages": ["REVIEWER"],
  /** QA reads a reviewer's notes on a case */
  "notes.read_qa": ["ADMIN"],
  "qa.read": ["ADMIN"],
  "qa.decide": ["ADMIN"],
  "letters.download": ["INTAKE", "ADMIN", "REVIEWER"],
  "documents.view": ["INTAKE", "ADMIN", "REVIEWER"],
  "publications.manage": ["ADMIN"],
  "publications.review": ["ADMIN"],
  "reports.read": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "parties.reissue_code": ["INTAKE", "ADMIN"],
  /** ask a party for information, and read the answers (lib/information-requests) */
  "information_requests.manage": ["INTAKE", "ADMIN"],
  "parties.lift_lockout": ["ADMIN"],
  "users.manage": ["ADMIN"],
  "operations.read": ["ADMIN"],
  "account.manage_own": ["INTAKE", "ADMIN", "REVIEWER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The staff actor, if it holds the permission; otherwise a 404-style denial. */
export function requirePermission(actor: Actor | null, permission: Permission): StaffActor {
  if (!actor || actor.kind !== "user") {
    throw new AppError("UNAUTHENTICATED", SIGN_IN_REQUIRED);
  }
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  return actor;
}
