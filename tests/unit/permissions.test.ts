// Role x permission matrix, written out in full so a change to PERMISSIONS must be deliberate.
import type { Actor, PartyActor, StaffActor } from "@/lib/auth/actor.ts";
import { systemActor } from "@/lib/auth/actor.ts";
import { PERMISSIONS, can, requirePermission, type Permission } from "@/lib/auth/permissions.ts";
import type { Role } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors.ts";

const ROLES: Role[] = ["INTAKE", "REVIEWER", "ADMIN"];

//                                    INTAKE REVIEWER ADMIN
const MATRIX: Record<Permission, [boolean, boolean, boolean]> = {
  "cases.create": [true, false, true],
  "filings.verify": [true, false, true],
  "cases.edit": [true, false, true],
  "cases.list": [true, false, true],
  "cases.read": [true, true, true],
  "cases.assign": [false, false, true],
  "cases.eligibility": [true, false, true],
  "records.manage": [true, false, true],
  "documents.upload": [true, false, true],
  "dashboard.read": [true, false, true],
  "assignments.respond": [false, true, false],
  "reviewers.read": [false, false, true],
  "reviewers.manage": [false, false, true],
  "credentials.verify": [false, false, true],
  "specialties.manage": [false, false, true],
  "organizations.read": [true, false, true],
  "organizations.manage": [false, false, true],
  "organizations.add_from_intake": [true, false, true],
  "conflicts.decide": [false, false, true],
  "determinations.draft": [false, true, false],
  "determinations.submit": [false, true, false],
  "determinations.amend": [false, false, true],
  "notes.write": [false, true, false],
  "notes.read_own": [false, true, false],
  "reader.record_pages": [false, true, false],
  "notes.read_qa": [false, false, true],
  "qa.read": [false, false, true],
  "qa.decide": [false, false, true],
  "letters.download": [true, true, true],
  "documents.view": [true, true, true],
  "publications.manage": [false, false, true],
  "publications.review": [false, false, true],
  "reports.read": [false, false, true],
  "audit.read": [false, false, true],
  "parties.reissue_code": [true, false, true],
  "information_requests.manage": [true, false, true],
  "parties.lift_lockout": [false, false, true],
  "users.manage": [false, false, true],
  "operations.read": [false, false, true],
  "account.manage_own": [true, true, true],
};

const ROWS = (Object.keys(MATRIX) as Permission[]).flatMap((permission) =>
  ROLES.map((role, i) => [role, permission, MATRIX[permission][i]] as const),
);

const meta = { ip: null, userAgent: null };
const staff = (role: Role): StaffActor => ({
  kind: "user",
  userId: `u-${role}`,
  role,
  name: role,
  reviewerId: role === "REVIEWER" ? "r-1" : null,
  meta,
});
const party: PartyActor = { kind: "party", partyId: "p-1", caseId: "c-1", meta };

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("permissions", () => {
  it("covers exactly the permissions of the table", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(ROWS)("%s / %s -> %s", (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it.each(ROWS.filter(([, , allowed]) => allowed))("requirePermission lets %s do %s", (role, permission) => {
    const actor = staff(role);
    expect(requirePermission(actor, permission)).toBe(actor);
  });

  it.each(ROWS.filter(([, , allowed]) => !allowed))("requirePermission forbids %s to do %s", (role, permission) => {
    const error = thrown(() => requirePermission(staff(role), permission));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.userMessage).toBe("You do not have permission to do that.");
  });

  it.each<[string, Actor | null]>([
    ["no actor", null],
    ["a party", party],
    ["the system", systemActor],
  ])("requirePermission asks %s to sign in", (_label, actor) => {
    for (const permission of ["cases.read", "letters.download"] as const) {
      const error = thrown(() => requirePermission(actor, permission));
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(error.userMessage).toBe("Please sign in to continue.");
    }
  });
});
