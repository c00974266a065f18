// Record access as a where-builder: every read or write of a case goes through the
// `where` returned here. Intake and admin reach every case; a reviewer reaches only cases
// with an assignment of their own. Requires a real actor: never widens on undefined.
import type { Prisma } from "../db/generated/client.ts";
import type { StaffActor } from "../auth/actor.ts";

export function caseWhereForActor(actor: StaffActor): Prisma.CaseWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "INTAKE":
      return {};
    case "REVIEWER":
      if (!actor.reviewerId) return { id: { in: [] } };
      return { assignments: { some: { reviewerId: actor.reviewerId, status: { in: ["ACTIVE", "COMPLETED"] } } } };
  }
}
