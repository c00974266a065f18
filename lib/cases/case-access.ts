// Record access as a where-builder: every read or write of a case goes through the
// `where` returned here. Intake and admin reach every case; a reviewer reaches only cases
// with an assignment of their own: offered (to read the facts and answer the offer),
// accepted or completed. The case file (documents, letters) opens only once the reviewer
// has accepted. Requires a real actor: never widens on undefined. The lists read in SQL
// (./case-rows-sql.ts) take the same rules as SQL conditions (caseAccessSql); a test compares
// both forms for every role and assignment status.
import { Prisma } from "../db/generated/client.ts";
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

/** A reviewer's own assignment in the given statuses, on the case aliased `c`. */
function reviewerSql(actor: StaffActor, statuses: AssignmentStatus[]): Prisma.Sql {
  if (!actor.reviewerId) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" own WHERE own."caseId" = c."id"
    AND own."reviewerId" = ${actor.reviewerId}::uuid AND own."status"::text IN (${Prisma.join(statuses)}))`;
}

/** caseWhereForActor as an SQL condition on the case aliased `c`. */
export function caseAccessSql(actor: StaffActor): Prisma.Sql {
  switch (actor.role) {
    case "ADMIN":
    case "INTAKE":
      return Prisma.sql`TRUE`;
    case "REVIEWER":
      return reviewerSql(actor, OFFERED_OR_ACCEPTED);
  }
}

/** caseFileWhereForActor as an SQL condition on the case aliased `c`. */
export function caseFileAccessSql(actor: StaffActor): Prisma.Sql {
  switch (actor.role) {
    case "ADMIN":
    case "INTAKE":
      return Prisma.sql`TRUE`;
    case "REVIEWER":
      return reviewerSql(actor, ACCEPTED);
  }
}

/** openReviewWhereForActor as an SQL condition on the case aliased `c`. */
export function openReviewAccessSql(actor: StaffActor): Prisma.Sql {
  return actor.role === "REVIEWER" ? reviewerSql(actor, ["ACTIVE"]) : Prisma.sql`TRUE`;
}
