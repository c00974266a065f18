// An administrator removes a similarity: both directions go, in one transaction. Cases
// already assigned keep their reviewer; new matching no longer accepts the pair.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { bothWays, similarPairInput } from "./similar-pair-input.ts";

export async function removeSimilarSpecialty({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ removed: true }> {
  const admin = requirePermission(actor, "specialties.manage");
  const pair = similarPairInput.parse(input);
  return db().$transaction(async (tx) => {
    const removed = await tx.specialtySimilarity.deleteMany({ where: { OR: bothWays(pair) } });
    if (removed.count === 0) throw notFound("Similar specialty pair");
    await recordAudit(tx, admin, {
      action: "specialty.similarity_removed",
      entityType: "Specialty",
      entityId: pair.specialtyCode,
      payload: pair,
    });
    return { removed: true };
  });
}
