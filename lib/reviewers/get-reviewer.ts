// One reviewer's whole record for the edit screen: profile and account, licenses and board
// certifications with their verification records, affiliations, leaves, open assignments,
// and the record's recent history from the audit trail.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { reviewerEntity } from "./reviewer-entity.ts";
import { isUuid } from "../format/ids.ts";

const verification = { verifiedAt: true, verifiedBy: true, verificationSource: true } as const;

export const reviewerDetailSelect = {
  id: true,
  yearsInPractice: true,
  hoursPerWeek: true,
  disciplinaryHistory: true,
  maxOpenCases: true,
  maxCasesPerWeek: true,
  user: { select: { id: true, name: true, email: true, disabledAt: true, createdAt: true } },
  licenses: {
    select: { id: true, state: true, number: true, status: true, restricted: true, expiresOn: true, ...verification },
    orderBy: [{ expiresOn: "desc" }, { id: "asc" }],
  },
  certifications: {
    select: { id: true, board: true, specialtyCode: true, subspecialty: true, expiresOn: true, ...verification },
    orderBy: [{ expiresOn: "desc" }, { id: "asc" }],
  },
  affiliations: {
    select: {
      id: true,
      kind: true,
      name: true,
      normalizedName: true,
      identifier: true,
      note: true,
      organization: { select: { id: true, name: true } },
    },
    orderBy: [{ kind: "asc" }, { normalizedName: "asc" }],
  },
  leaves: { select: { id: true, startsOn: true, endsOn: true, note: true }, orderBy: { startsOn: "desc" } },
  assignments: {
    where: { status: { in: ["OFFERED", "ACTIVE"] } },
    select: { id: true, status: true, assignedAt: true, case: { select: { id: true, caseNumber: true, dueAt: true } } },
    orderBy: { assignedAt: "desc" },
  },
} satisfies Prisma.ReviewerProfileSelect;

export type ReviewerDetail = Prisma.ReviewerProfileGetPayload<{ select: typeof reviewerDetailSelect }>;

export async function getReviewer({ actor, reviewerId }: { actor: Actor | null; reviewerId: string }) {
  requirePermission(actor, "reviewers.read");
  if (!isUuid(reviewerId)) throw notFound("Reviewer");
  const [reviewer, history] = await Promise.all([
    db().reviewerProfile.findUnique({ where: { id: reviewerId }, select: reviewerDetailSelect }),
    db().auditEvent.findMany({
      where: reviewerEntity(reviewerId),
      select: { id: true, at: true, action: true, actorId: true, payload: true },
      orderBy: { id: "desc" },
      take: 30,
    }),
  ]);
  if (!reviewer) throw notFound("Reviewer");
  const actorIds = [...new Set(history.flatMap((h) => (h.actorId ? [h.actorId] : [])))];
  const actors = actorIds.length
    ? await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    reviewer,
    history: history.map((h) => ({
      ...h,
      id: String(h.id),
      actorName: h.actorId ? (names.get(h.actorId) ?? null) : null,
    })),
  };
}
