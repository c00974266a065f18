// Record access as a where-builder: every read or write of a case goes through the
// `where` returned here. Intake and admin reach every case; a reviewer reaches only cases
// with an assignment of their own: offered (to read the facts and answer the offer),
// accepted or completed. The case file (documents, letters) opens only once the reviewer
// has accepted. Requires a real actor: never widens on undefined.
import type { Prisma } from "../db/generated/client.ts";
import type { AssignmentStatus } from "../db/generated/enums.ts";
import type { StaffActor } from "../auth/actor.ts";

const OFFERED_OR_ACCEPTED: AssignmentStatus[] = ["OFFERED", "ACTIVE", "COMPLETED"];
const ACCEPTED: AssignmentStatus[] = ["ACTIVE", "COMPLETED"];

function reviewerWhere(actor: StaffActor, statuses: AssignmentStatus[]): Prisma.CaseWhereInput {
  if (!actor.reviewerId) return { id: { in: [] } };
  return { assignments: { some: { reviewerId: actor.reviewerId, status: { in: statuses } } } };
}

export function caseWhereForActor(actor: StaffActor): Prisma.CaseWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "INTAKE":
      return {};
    case "REVIEWER":
      return reviewerWhere(actor, OFFERED_OR_ACCEPTED);
  }
}

/** A reviewer's open reviews: cases they accepted and have not decided yet. Everything for other staff. */
export function openReviewWhereForActor(actor: StaffActor): Prisma.CaseWhereInput {
  return actor.role === "REVIEWER" ? reviewerWhere(actor, ["ACTIVE"]) : {};
}

/** Cases whose file (medical records, letters) the actor may open: a reviewer only after accepting. */
export function caseFileWhereForActor(actor: StaffActor): Prisma.CaseWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "INTAKE":
      return {};
    case "REVIEWER":
      return reviewerWhere(actor, ACCEPTED);
  }
}
