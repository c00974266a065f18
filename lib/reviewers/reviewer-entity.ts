// Every change to a reviewer's record is audited against the reviewer profile, so the
// record's whole history (profile, credentials, affiliations, leaves) reads from one entity.
import type { Prisma } from "../db/generated/client.ts";
import { notFound } from "../errors.ts";

export const reviewerEntity = (reviewerId: string) =>
  ({ entityType: "ReviewerProfile", entityId: reviewerId }) as const;

/** The reviewer profile, or "not found"; locks nothing, reads inside the caller's transaction. */
export async function requireReviewer(tx: Prisma.TransactionClient, reviewerId: string) {
  const found = await tx.reviewerProfile.findUnique({ where: { id: reviewerId }, select: { id: true, userId: true } });
  if (!found) throw notFound("Reviewer");
  return found;
}
