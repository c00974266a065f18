// Extra test data for matching: workload, leaves, unverified credentials, more parties,
// appeals. Written straight to the tables the matching loader reads.
import { db } from "@/lib/db/client.ts";
import type { AssignmentStatus, PartyRole } from "@/lib/db/generated/enums.ts";

const DAY = 86_400_000;
export const daysFromNow = (days: number, now = new Date()) => new Date(now.getTime() + days * DAY);
export const dateOnly = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);

export async function addAssignment(input: {
  caseId: string;
  reviewerId: string;
  status: AssignmentStatus;
  assignedAt?: Date;
  endedAt?: Date | null;
}) {
  return db().assignment.create({
    data: {
      caseId: input.caseId,
      reviewerId: input.reviewerId,
      status: input.status,
      assignedAt: input.assignedAt ?? new Date(),
      endedAt: input.endedAt ?? null,
    },
  });
}

export async function setCapacity(reviewerId: string, capacity: { maxOpenCases?: number; maxCasesPerWeek?: number }) {
  await db().reviewerProfile.update({ where: { id: reviewerId }, data: capacity });
}

export async function addLeave(reviewerId: string, startsInDays: number, endsInDays: number) {
  await db().reviewerLeave.create({
    data: { reviewerId, startsOn: dateOnly(daysFromNow(startsInDays)), endsOn: dateOnly(daysFromNow(endsInDays)) },
  });
}

export async function unverifyLicenses(reviewerId: string) {
  await db().license.updateMany({
    where: { reviewerId },
    data: { verifiedAt: null, verifiedBy: null, verificationSource: null },
  });
}

export async function addParty(caseId: string, role: PartyRole, name: string, identifier: string | null = null) {
  await db().party.create({ data: { caseId, role, name, identifier } });
}

/** Makes `caseId` the new review ordered after a successful appeal of `priorCaseId`. */
export async function markAsNewReviewOf(caseId: string, priorCaseId: string) {
  await db().case.update({ where: { id: caseId }, data: { priorCaseId } });
}
